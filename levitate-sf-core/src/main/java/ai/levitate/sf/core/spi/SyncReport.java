package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.SourceSyncStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one run went: its kind, outcome, counts (created, updated, unchanged, archived, restored,
 * removed, held, skipped by reason, unassigned owners, Merge requests), the brake's decision and
 * its duration. A resumed run reports the whole run, pages before the stop included.
 */
@Value.Immutable
public abstract class SyncReport {
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

  /** From start to finish, a stop and resume included. */
  public Duration duration() {
    return Duration.between(startedAt(), finishedAt());
  }

  public static ImmutableSyncReport.Builder builder() {
    return ImmutableSyncReport.builder();
  }
}
