package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.SourceSyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one run went: its kind, outcome, counts (created, updated, unchanged, archived, restored,
 * removed, held, skipped by reason, unassigned owners, Merge requests), the brake's decision, its
 * duration, and warnings for a person (the one place a run reports what went well but looks wrong,
 * each with a {@link RunWarning.Kind}). A resumed run reports the whole run, pages before the stop
 * included.
 */
@Value.Immutable
public abstract class SyncReport {
  SyncReport() {}

  public abstract String runId();

  public abstract long runNumber();

  public abstract RunKind kind();

  public abstract RunKind requestedKind();

  /** Why {@link #kind()} differs from {@link #requestedKind()}, e.g. a settings change. */
  public abstract Optional<String> kindReason();

  public abstract RunOutcome outcome();

  /** Whether this was a dry run, which emitted and stored nothing. */
  @Value.Default
  public boolean dryRun() {
    return false;
  }

  /** How many times the run was resumed after it stopped. */
  @Value.Default
  public int resumes() {
    return 0;
  }

  public abstract Instant startedAt();

  public abstract Instant finishedAt();

  public abstract RunCounts counts();

  /** The brake's decision; empty for runs that cannot archive (held decisions). */
  public abstract Optional<BrakeDecision> brake();

  /** Merge's own contact sync state when the run started, if Merge reported one. */
  public abstract Optional<SourceSyncStatus.State> mergeSyncState();

  /**
   * How far the worker's clock was ahead of the source's when the run started (negative: behind),
   * when the source tells its time ({@link ContactSource#sourceNow()}). The run's window comes from
   * the source's clock either way.
   */
  public abstract Optional<Duration> sourceClockSkew();

  /** What a person should know although the run ended as it did, e.g. a skewed clock. */
  public abstract List<RunWarning> warnings();

  /** From start to finish, a stop and resume included. */
  public Duration duration() {
    return Duration.between(startedAt(), finishedAt());
  }

  /**
   * Builds a {@link SyncReport}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableSyncReport.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
