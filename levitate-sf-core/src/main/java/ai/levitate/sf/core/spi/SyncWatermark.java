package ai.levitate.sf.core.spi;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the last successful read of an account leaves for the next: when it started, on the source's
 * clock where it tells (the next incremental run reads what Merge changed after that, less an
 * overlap), the settings it used (a settings change turns the next incremental run into a full
 * pass), when the last full pass finished (one is due every so often), and the records it could not
 * read (the next run reads them again).
 */
@Value.Immutable
public abstract class SyncWatermark {
  SyncWatermark() {}

  public abstract long runNumber();

  public abstract RunKind kind();

  /** When the run started, on the worker's clock. */
  public abstract Instant startedAt();

  /** The source's clock when the run started, when the source told it. */
  public abstract Optional<Instant> sourceStartedAt();

  /**
   * Where the next incremental run's window begins, less the overlap: the source's clock at this
   * run's start when known, else the worker's.
   */
  public Instant windowStart() {
    return sourceStartedAt().orElse(startedAt());
  }

  public abstract Instant finishedAt();

  public abstract String settingsFingerprint();

  public abstract RunOutcome outcome();

  /**
   * When the last full pass (an initial run or a full reconciliation) finished, this run or an
   * earlier one; the engine schedules the next from it.
   */
  public abstract Optional<Instant> lastFullPassFinishedAt();

  /** Records the run could not read; the next run reads them again. */
  @Value.Default
  public UnreadRecords unread() {
    return UnreadRecords.none();
  }

  /**
   * Builds a {@link SyncWatermark}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableSyncWatermark.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
