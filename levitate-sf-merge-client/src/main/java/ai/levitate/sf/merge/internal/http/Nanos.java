package ai.levitate.sf.merge.internal.http;

import java.time.Clock;
import java.time.Instant;

/** Instants as nanoseconds since the epoch, for arithmetic on the injected clock. */
final class Nanos {
  private Nanos() {}

  static long now(Clock clock) {
    Instant now = clock.instant();
    return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
  }
}
