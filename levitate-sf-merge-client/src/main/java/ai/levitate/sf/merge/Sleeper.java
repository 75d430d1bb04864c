package ai.levitate.sf.merge;

import java.time.Duration;

/**
 * Waits for a while: between retries and while the rate limiter holds a request back. Tests pass a
 * sleeper that advances a fake clock instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  /** Sleeps the calling thread for real. */
  static Sleeper system() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}
