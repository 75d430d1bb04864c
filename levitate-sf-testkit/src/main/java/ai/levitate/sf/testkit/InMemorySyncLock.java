package ai.levitate.sf.testkit;

import ai.levitate.sf.core.spi.SyncLease;
import ai.levitate.sf.core.spi.SyncLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link SyncLock} for one account in memory: one lease at a time, which lapses on the given
 * clock when not renewed, with a fencing token that grows with each lease granted.
 */
public final class InMemorySyncLock implements SyncLock {
  private final Clock clock;
  private Lease current;
  private long tokens;

  public InMemorySyncLock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  public synchronized Optional<SyncLease> tryAcquire(String holder, Duration timeToLive) {
    Instant now = clock.instant();
    if (current != null && current.expires.isAfter(now)) {
      return Optional.empty();
    }
    current = new Lease(holder, ++tokens, now.plus(timeToLive));
    return Optional.of(current);
  }

  /** The holder of the lease that has not lapsed, if any. */
  public synchronized Optional<String> holder() {
    return current != null && current.expires.isAfter(clock.instant())
        ? Optional.of(current.holder)
        : Optional.empty();
  }

  private final class Lease implements SyncLease {
    private final String holder;
    private final long token;
    private Instant expires;

    Lease(String holder, long token, Instant expires) {
      this.holder = holder;
      this.token = token;
      this.expires = expires;
    }

    @Override
    public long fencingToken() {
      return token;
    }

    @Override
    public boolean renew(Duration timeToLive) {
      synchronized (InMemorySyncLock.this) {
        Instant now = clock.instant();
        if (current != this || !expires.isAfter(now)) {
          return false;
        }
        expires = now.plus(timeToLive);
        return true;
      }
    }

    @Override
    public void close() {
      synchronized (InMemorySyncLock.this) {
        if (current == this) {
          current = null;
        }
      }
    }
  }
}
