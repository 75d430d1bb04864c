package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.LeaseLostException;
import ai.levitate.sf.core.spi.SyncLease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The run's lease, renewed before a commit once a third of it has passed since it was last renewed
 * (or taken), and whenever the clock went back: a worker that stalled past its lease still finds
 * out before it writes, and a run of short pages does not spend a transaction on the lock for each.
 * The fencing token on every batch refuses a stale worker's writes in any case. A dry run has no
 * lease. Used by the run's thread only.
 */
final class LeaseKeeper {
  private final Optional<SyncLease> lease;
  private final Duration duration;
  private final Duration renewAfter;
  private final Clock clock;
  private Instant renewed;

  /**
   * @param taken when the lease was asked for, on {@code clock}: it lasts {@code duration} from
   *     then, at the latest
   */
  LeaseKeeper(Optional<SyncLease> lease, Duration duration, Clock clock, Instant taken) {
    this.lease = lease;
    this.duration = duration;
    this.renewAfter = duration.dividedBy(3);
    this.clock = clock;
    this.renewed = taken;
  }

  long fencingToken() {
    return lease.map(SyncLease::fencingToken).orElse(0L);
  }

  /**
   * Renews the lease when it is due.
   *
   * @throws LeaseLostException when it lapsed and another worker may hold it
   */
  void beforeCommit(String runId) {
    if (lease.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    Duration since = Duration.between(renewed, now);
    if (!since.isNegative() && since.compareTo(renewAfter) < 0) {
      return;
    }
    if (!lease.get().renew(duration)) {
      throw new LeaseLostException(
          "The sync lease lapsed during "
              + runId
              + "; the run stopped before its next commit and resumes on the next call.");
    }
    renewed = now;
  }
}
