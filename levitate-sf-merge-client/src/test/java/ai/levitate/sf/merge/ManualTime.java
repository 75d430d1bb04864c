package ai.levitate.sf.merge;

import ai.levitate.sf.core.NanoClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A wall clock and a monotonic clock that only move when something sleeps on them or a test
 * advances them (both), or a test sets the wall clock ({@link #jumpWall}: the wall clock alone);
 * records every sleep. Thread-safe.
 */
public final class ManualTime extends Clock implements NanoClock, Sleeper {
  private final AtomicReference<Instant> now;
  private final AtomicLong nanos = new AtomicLong();
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  public ManualTime(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  public static ManualTime startingAt(String instant) {
    return new ManualTime(Instant.parse(instant));
  }

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  public void advance(Duration duration) {
    now.updateAndGet(i -> i.plus(duration));
    nanos.addAndGet(duration.toNanos());
  }

  /**
   * Sets the wall clock {@code by} later (or earlier, when negative); the monotonic clock stays.
   */
  public void jumpWall(Duration by) {
    now.updateAndGet(i -> i.plus(by));
  }

  @Override
  public long nanoTime() {
    return nanos.get();
  }

  public List<Duration> sleeps() {
    synchronized (sleeps) {
      return List.copyOf(sleeps);
    }
  }

  public Duration slept() {
    return sleeps().stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
