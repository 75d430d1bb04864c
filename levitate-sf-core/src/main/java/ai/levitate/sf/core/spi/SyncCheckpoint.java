package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.SourceSyncStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a run in progress stands, committed with every page: its plan (the read positions), its
 * phase, its counts and how many changes it emitted. A run killed at any point resumes from here
 * and ends exactly as a run that was never killed. Opaque to the host: store it and hand it back.
 */
@Value.Immutable
public abstract class SyncCheckpoint {
  SyncCheckpoint() {}

  public abstract long runNumber();

  public abstract RunKind kind();

  /** The kind the host asked for; {@link #kind()} differs when the engine had to choose another. */
  public abstract RunKind requestedKind();

  /** Why {@link #kind()} differs from {@link #requestedKind()}. */
  public abstract Optional<String> kindReason();

  /** When the run started, on the worker's clock: the run's duration is counted from here. */
  public abstract Instant startedAt();

  /**
   * The source's clock when the run started, when the source tells it ({@link
   * ContactSource#sourceNow()}); empty in checkpoints of runs that began before the engine asked.
   */
  public abstract Optional<Instant> sourceStartedAt();

  /**
   * The upper bound of what the run reads and where the next incremental run's window begins (less
   * the overlap): the source's clock at the start when known, else the worker's.
   */
  public Instant readsUntil() {
    return sourceStartedAt().orElse(startedAt());
  }

  /** A digest of the settings and field catalog the run transforms with. */
  public abstract String settingsFingerprint();

  /** Active contacts the sync had written when the run started; the brake's base. */
  public abstract long knownAtStart();

  /**
   * How many contacts the read phase will read, when a cheap count tells: for a full
   * reconciliation, the contacts the sync knows of, in any status (Merge reports no totals). Empty
   * for initial and incremental runs.
   */
  public abstract Optional<Long> expectedContacts();

  @Value.Default
  public RunPhase phase() {
    return RunPhase.READ;
  }

  public abstract List<ReadPosition> positions();

  /** In {@link RunPhase#SWEEP}: the last Salesforce id swept. */
  public abstract Optional<String> sweepAfter();

  /**
   * Whether the sweep looks up, one by one, the contacts the read phase did not see. Contacts Merge
   * changed during the run are read before the sweep, so these are contacts Merge no longer lists.
   * Decided when the sweep begins: not when their number alone would trip the brake, or Merge's
   * copy is incomplete, or the source was empty; they are then held as missing without a lookup.
   */
  @Value.Default
  public boolean sweepLookups() {
    return true;
  }

  /** Whether a full pass read no contact at all although the sync knew some. */
  @Value.Default
  public boolean sourceEmpty() {
    return false;
  }

  /** In {@link RunPhase#RELEASE}: the last Salesforce id whose held change was handled. */
  public abstract Optional<String> releaseAfter();

  /** Merge's contact sync state when the run started, if Merge reported one. */
  public abstract Optional<SourceSyncStatus.State> mergeSyncState();

  /** Whether Merge said its copy may be incomplete; deletions are not trusted then. */
  @Value.Default
  public boolean mergeSyncIncomplete() {
    return false;
  }

  /**
   * For a {@link RunKind#HELD_DECISION}: the run whose held archives and removals a person
   * approved. Only that run's held changes are emitted, so an approval never reaches changes the
   * person did not see.
   */
  public abstract Optional<Long> approvedRun();

  /** Decided when reading ends; tells the release phase whether to emit or keep holding. */
  public abstract Optional<BrakeDecision> brake();

  @Value.Default
  public RunCounts counts() {
    return RunCounts.zero();
  }

  /** Records the run could not read so far, for the next run to read again. */
  @Value.Default
  public UnreadRecords unread() {
    return UnreadRecords.none();
  }

  /** Changes emitted so far: the position of the next one. */
  @Value.Default
  public long changesEmitted() {
    return 0;
  }

  /** How many times the run was resumed after it stopped. */
  @Value.Default
  public int resumes() {
    return 0;
  }

  public String runId() {
    return "run-" + runNumber();
  }

  @Value.Check
  protected void check() {
    boolean decision = kind() == RunKind.HELD_DECISION;
    if (decision != approvedRun().isPresent()) {
      throw new IllegalArgumentException(
          decision
              ? "a HELD_DECISION checkpoint must name its approvedRun"
              : "only a HELD_DECISION checkpoint names an approvedRun, not a " + kind() + " one");
    }
  }

  /**
   * Builds a {@link SyncCheckpoint}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableSyncCheckpoint.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
