package ai.levitate.sf.merge.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.merge.ManualTime;
import ai.levitate.sf.merge.RateLimit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class TokenBucketTest {
  private final ManualTime time = ManualTime.startingAt("2024-05-01T10:00:00Z");

  @Test
  void aFullBucketServesItsBurstAtOnce() throws InterruptedException {
    TokenBucket bucket = new TokenBucket(RateLimit.PROFESSIONAL, time, time);

    for (int i = 0; i < 20; i++) {
      bucket.acquire();
    }

    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void anEmptyBucketSpacesRequestsEvenly() throws InterruptedException {
    TokenBucket bucket = new TokenBucket(RateLimit.PROFESSIONAL, time, time);
    for (int i = 0; i < 20; i++) {
      bucket.acquire();
    }

    bucket.acquire();
    bucket.acquire();

    // 380 tokens every 61 seconds after the burst of 20: one every 160.5 ms
    assertThat(time.sleeps())
        .allSatisfy(
            d ->
                assertThat(d)
                    .isBetween(Duration.ofNanos(160_526_315), Duration.ofNanos(160_526_317)));
  }

  @Test
  void waitersReserveTokensInTurn() {
    TokenBucket bucket = new TokenBucket(RateLimit.perMinute(60), time, time);
    for (int i = 0; i < 3; i++) {
      assertThat(bucket.reserve()).isZero();
    }

    Duration first = bucket.reserve();
    Duration second = bucket.reserve();

    // 57 tokens every 61 seconds after the burst of 3
    assertThat(second.minus(first)).isBetween(Duration.ofMillis(1070), Duration.ofMillis(1071));
  }

  @Test
  void idleTimeRefillsNoMoreThanTheBurst() throws InterruptedException {
    TokenBucket bucket = new TokenBucket(RateLimit.LAUNCH, time, time);
    time.advance(Duration.ofHours(1));

    for (int i = 0; i < 6; i++) {
      bucket.acquire();
    }

    assertThat(time.sleeps()).hasSize(1);
  }

  @Test
  void aWallClockStepForwardRefillsNothing() throws InterruptedException {
    TokenBucket bucket = new TokenBucket(RateLimit.LAUNCH, time, time);
    for (int i = 0; i < 5; i++) {
      bucket.acquire();
    }

    time.jumpWall(Duration.ofHours(1));
    bucket.acquire();

    // still empty: the sixth request waits for its token, 61 s / 95 after the burst
    assertThat(time.sleeps())
        .singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(642), Duration.ofMillis(643)));
  }

  @Test
  void aWallClockStepBackStallsNothing() throws InterruptedException {
    TokenBucket bucket = new TokenBucket(RateLimit.LAUNCH, time, time);
    for (int i = 0; i < 5; i++) {
      bucket.acquire();
    }

    time.jumpWall(Duration.ofHours(-1));
    for (int i = 0; i < 3; i++) {
      bucket.acquire();
    }

    // the bucket refills at its pace as before, not an hour later
    assertThat(time.sleeps())
        .hasSize(3)
        .allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(642), Duration.ofMillis(643)));
  }
}
