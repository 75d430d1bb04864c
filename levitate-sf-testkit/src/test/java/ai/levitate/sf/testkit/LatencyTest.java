package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class LatencyTest {
  @Test
  void drawsUniformDelaysWithinBoundsTheSameWayForTheSameSeed() {
    Latency latency = Latency.uniform(Duration.ofMillis(40), Duration.ofMillis(120));
    Random first = new Random(3);
    Random second = new Random(3);

    for (int i = 0; i < 1_000; i++) {
      long nanos = latency.nextNanos(first);
      assertThat(nanos).isBetween(40_000_000L, 120_000_000L).isEqualTo(latency.nextNanos(second));
    }
  }

  @Test
  void rejectsBoundsTheWrongWayRound() {
    assertThatThrownBy(() -> Latency.uniform(Duration.ofMillis(10), Duration.ofMillis(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max must not be less than min, was PT0.005S < PT0.01S");
  }

  @Test
  void delaysTheAnswerForRealOnTheSocket() throws IOException {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
    try (FakeMergeServer server =
        FakeMergeServer.builder()
            .clock(clock)
            .latency(Latency.fixed(Duration.ofMillis(60)))
            .start()) {
      server.addLinkedAccount("token", MergeDataSet.empty(1, clock));
      TestHttp http = new TestHttp(server, "token");
      http.get("account-details");

      long start = System.nanoTime();
      http.get("account-details");
      long elapsed = System.nanoTime() - start;

      assertThat(Duration.ofNanos(elapsed)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
    }
  }
}
