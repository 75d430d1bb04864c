package ai.levitate.sf.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when a test moves it. Thread-safe: the fake server's threads read it while
 * the test advances it.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
 * clock.advance(Duration.ofMinutes(1));
 * }</pre>
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock standing at {@code instant}, in UTC. */
  public static ManualClock at(Instant instant) {
    return new ManualClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant == null")),
        ZoneOffset.UTC);
  }

  /** Moves the clock forward by {@code duration}; returns the new instant. */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration == null");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, was " + duration);
    }
    return now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Moves the clock to {@code instant}, which may be earlier than now. */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant == null"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's time. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new ManualClock(now, Objects.requireNonNull(zone, "zone == null"));
  }

  @Override
  public String toString() {
    return "ManualClock[" + now.get() + "," + zone + "]";
  }
}
