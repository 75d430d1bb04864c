package ai.levitate.sf.core;

/**
 * A monotonic clock for measuring how long things take: nanoseconds from an arbitrary origin, which
 * only ever move forward, whatever happens to the wall clock. Rate limits, backoff and latency are
 * timed on it, so setting the system time (by hand, by NTP, at a leap second) never lets a burst
 * through or stalls a client; instants that are stored or shown stay on a {@link java.time.Clock}.
 *
 * <pre>{@code
 * long start = nanoClock.nanoTime();
 * ...
 * Duration took = Duration.ofNanos(nanoClock.nanoTime() - start);
 * }</pre>
 *
 * <p>Tests pass one they move by hand (the testkit's {@code ManualClock} is both clocks).
 */
@FunctionalInterface
public interface NanoClock {
  /** Nanoseconds since an arbitrary origin; compare only differences, which may be large. */
  long nanoTime();

  /** {@link System#nanoTime()}. */
  static NanoClock system() {
    return System::nanoTime;
  }
}
