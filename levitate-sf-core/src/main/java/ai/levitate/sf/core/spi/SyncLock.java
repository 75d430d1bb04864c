package ai.levitate.sf.core.spi;

import java.time.Duration;
import java.util.Optional;

/**
 * A lease on one linked account, so two workers never sync it at once. The engine takes it before a
 * run, renews it before a commit once a third of its time to live has passed since the last
 * renewal, and gives it back at the end; a lease that is not renewed within its time to live
 * lapses, so a dead worker does not block the account forever.
 */
public interface SyncLock {
  /** A lease for {@code holder}, or empty when another holder's lease has not lapsed. */
  Optional<SyncLease> tryAcquire(String holder, Duration timeToLive);
}
