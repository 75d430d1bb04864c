package ai.levitate.sf.core.spi;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** A run's progress after a committed page, for a progress bar: pages, contacts, an estimate. */
@Value.Immutable
public abstract class SyncProgress {
  SyncProgress() {}

  public abstract String runId();

  public abstract RunKind kind();

  public abstract RunPhase phase();

  public abstract long pages();

  public abstract long contactsRead();

  public abstract long changesEmitted();

  /**
   * How many contacts the run will read, when it can tell; empty rather than a guess. While a full
   * reconciliation reads, the contacts the sync knew when it started (Merge reports no totals),
   * until it reads more than that; once reading is over, the contacts read. Empty while an initial
   * or incremental run reads.
   */
  public abstract Optional<Long> estimatedTotal();

  /** Since the run started, a stop and resume included. */
  public abstract Duration elapsed();

  /**
   * Of reading, at the pace so far, when {@link #estimatedTotal()} is known and reading goes on.
   */
  public abstract Optional<Duration> estimatedTimeLeft();

  /** Pages the run reads at once now (1 outside the reading phase): its readers. */
  @Value.Default
  public int readers() {
    return 1;
  }

  /**
   * Builds a {@link SyncProgress}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableSyncProgress.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
