package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.NanoClock;
import ai.levitate.sf.core.spi.LeaseLostException;
import ai.levitate.sf.core.spi.SyncLease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The run's lease, renewed before a commit once a third of it has passed since it was last renewed
 * (or taken): a worker that stalled past its lease still finds out before it writes, and a run of
 * short pages does not spend a transaction on the lock for each. Time passed is read on the
 * monotonic clock, so a wall clock stepped back cannot hide a stall, and on the wall clock too, so
 * a host whose tests move only the wall clock sees the same; either clock saying a third has
 * passed, or the wall clock going back, renews. The fencing token on every batch refuses a stale
 * worker's writes in any case. A dry run has no lease. Used by the run's thread only.
 */
final class LeaseKeeper {
  private final Optional<SyncLease> lease;
  private final Duration duration;
  private final Duration renewAfter;
  private final Clock clock;
  private final NanoClock nanoClock;
  private Instant renewed;
  private long renewedNanos;

  /**
   * @param taken when the lease was asked for, on {@code clock}
   * @param takenNanos the same moment on {@code nanoClock}: the lease lasts {@code duration} from
   *     then, at the latest
   */
  LeaseKeeper(
      Optional<SyncLease> lease,
      Duration duration,
      Clock clock,
      Instant taken,
      NanoClock nanoClock,
      long takenNanos) {
    this.lease = lease;
    this.duration = duration;
    this.renewAfter = duration.dividedBy(3);
    this.clock = clock;
    this.nanoClock = nanoClock;
    this.renewed = taken;
    this.renewedNanos = takenNanos;
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
    long nowNanos = nanoClock.nanoTime();
    Duration since = Duration.between(renewed, now);
    boolean due =
        since.isNegative()
            || since.compareTo(renewAfter) >= 0
            || nowNanos - renewedNanos >= renewAfter.toNanos();
    if (!due) {
      return;
    }
    if (!lease.get().renew(duration)) {
      throw new LeaseLostException(
          "The sync lease lapsed during "
              + runId
              + "; the run stopped before its next commit and resumes on the next call.");
    }
    renewed = now;
    renewedNanos = nowNanos;
  }
}
