package ai.levitate.sf.core.spi;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** A run's progress after a committed page, for a progress bar: pages, contacts, an estimate. */
@Value.Immutable
public abstract class SyncProgress {
  public abstract String runId();

  public abstract RunKind kind();

  public abstract RunPhase phase();

  public abstract long pages();

  public abstract long contactsRead();

  public abstract long changesEmitted();

  /**
   * How many contacts the run will read, when it can tell: for a full pass, the contacts the sync
   * knows (Merge reports no totals). Empty for incremental runs.
   */
  public abstract Optional<Long> estimatedTotal();

  /** Since the run started, a stop and resume included. */
  public abstract Duration elapsed();

  /** At the pace so far, when {@link #estimatedTotal()} is known. */
  public abstract Optional<Duration> estimatedTimeLeft();

  public static ImmutableSyncProgress.Builder builder() {
    return ImmutableSyncProgress.builder();
  }
}
