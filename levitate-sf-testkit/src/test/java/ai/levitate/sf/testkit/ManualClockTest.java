package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

final class ManualClockTest {
  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void standsStillUntilAdvanced() {
    ManualClock clock = ManualClock.at(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.advance(Duration.ofSeconds(90))).isEqualTo(START.plusSeconds(90));
    assertThat(clock.millis()).isEqualTo(START.plusSeconds(90).toEpochMilli());
  }

  @Test
  void sharesItsTimeWithViewsInOtherZones() {
    ManualClock clock = ManualClock.at(START);
    var pacific = clock.withZone(ZoneId.of("America/Los_Angeles"));

    clock.advance(Duration.ofHours(1));

    assertThat(pacific.instant()).isEqualTo(START.plus(Duration.ofHours(1)));
    assertThat(pacific.getZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
  }

  @Test
  void refusesToRunBackwardsThroughAdvance() {
    ManualClock clock = ManualClock.at(START);

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration must not be negative, was PT-1S");
  }

  @Test
  void keepsEveryAdvanceFromConcurrentThreads() throws InterruptedException {
    ManualClock clock = ManualClock.at(START);
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 1_000; i++) {
                  clock.advance(Duration.ofMillis(1));
                }
              });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(clock.instant()).isEqualTo(START.plusSeconds(4));
  }
}
