package ai.levitate.sf.merge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when something sleeps on it; records every sleep. Thread-safe. */
public final class ManualTime extends Clock implements Sleeper {
  private final AtomicReference<Instant> now;
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
    now.updateAndGet(i -> i.plus(duration));
  }

  public void advance(Duration duration) {
    now.updateAndGet(i -> i.plus(duration));
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
