package ai.levitate.sf.testkit;

import ai.levitate.sf.core.NanoClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that moves only when a test moves it: a wall clock and, as a {@link NanoClock}, the
 * monotonic clock that rate limits and backoff are timed on. {@link #advance} moves both, as time
 * passing does; {@link #set} moves only the wall clock, as a person or NTP setting the system time
 * does. Thread-safe: the fake server's threads read it while the test advances it.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
 * clock.advance(Duration.ofMinutes(1));
 * }</pre>
 */
public final class ManualClock extends Clock implements NanoClock {
  private final Time time;
  private final ZoneId zone;

  /** The wall clock's instant and the monotonic nanoseconds, moved together under one lock. */
  private static final class Time {
    private Instant now;
    private long nanos;

    Time(Instant now) {
      this.now = now;
    }
  }

  private ManualClock(Time time, ZoneId zone) {
    this.time = time;
    this.zone = zone;
  }

  /** A clock standing at {@code instant}, in UTC. */
  public static ManualClock at(Instant instant) {
    return new ManualClock(
        new Time(Objects.requireNonNull(instant, "instant == null")), ZoneOffset.UTC);
  }

  /**
   * Moves the wall and the monotonic clock forward by {@code duration}; returns the new instant.
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, was " + duration);
    }
    synchronized (time) {
      time.now = time.now.plus(duration);
      time.nanos += duration.toNanos();
      return time.now;
    }
  }

  /**
   * Sets the wall clock to {@code instant}, which may be earlier than now; the monotonic clock
   * stands still, as it does when a system's time is set.
   */
  public void set(Instant instant) {
    Objects.requireNonNull(instant, "instant == null");
    synchronized (time) {
      time.now = instant;
    }
  }

  @Override
  public Instant instant() {
    synchronized (time) {
      return time.now;
    }
  }

  /** The monotonic clock: nanoseconds that {@link #advance} has moved it, from 0. */
  @Override
  public long nanoTime() {
    synchronized (time) {
      return time.nanos;
    }
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's time. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new ManualClock(time, Objects.requireNonNull(zone, "zone == null"));
  }

  @Override
  public String toString() {
    return "ManualClock[" + instant() + "," + zone + "]";
  }
}
