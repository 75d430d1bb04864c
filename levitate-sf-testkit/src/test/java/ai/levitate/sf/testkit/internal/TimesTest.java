package ai.levitate.sf.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

final class TimesTest {
  private static final DateTimeFormatter MERGE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  @Test
  void writesMergeTimestampsAsTheFormatterDoes() {
    SplittableRandom random = new SplittableRandom(17);
    // years 0001 to 9999 on the fast path, and beyond on either side
    long low = -62_135_596_800_000_000L - 86_400_000_000L * 400;
    long high = 253_402_300_799_999_999L + 86_400_000_000L * 400;
    for (int i = 0; i < 20_000; i++) {
      long micros = random.nextLong(low, high);
      assertThat(Times.merge(micros)).isEqualTo(MERGE.format(Times.instant(micros)));
    }
    assertThat(Times.merge(0)).isEqualTo("1970-01-01T00:00:00.000000Z");
    assertThat(Times.merge(-1)).isEqualTo("1969-12-31T23:59:59.999999Z");
  }
}
