package ai.levitate.sf.merge.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  @Test
  void readsDelaySecondsAndHttpDatesInAnyLocale() {
    assertThat(RetryAfter.parse("120", NOW)).contains(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse(" 0 ", NOW)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("Wed, 01 May 2024 10:01:30 GMT", NOW))
        .contains(Duration.ofSeconds(90));
  }

  @Test
  void aDateInThePastMeansNowAndGarbageMeansNothing() {
    assertThat(RetryAfter.parse("Wed, 01 May 2024 09:00:00 GMT", NOW)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW)).isEmpty();
    assertThat(RetryAfter.parse("99999999999999999999", NOW)).isEmpty();
    assertThat(RetryAfter.parse(null, NOW)).isEmpty();
  }
}
