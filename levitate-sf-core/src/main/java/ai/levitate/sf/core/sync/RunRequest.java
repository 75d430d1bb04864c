package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.RunKind;

/**
 * The run a host asks {@link SyncEngine#run(RunRequest)} for. The engine decides the {@link
 * RunKind} it actually runs and reports it: an account never synced gets its {@link
 * RunKind#INITIAL} run whatever is asked, an unfinished run is resumed first, and an incremental
 * run becomes a full reconciliation when the settings changed or one is due.
 */
public enum RunRequest {
  /** What changed since the last run, or whatever the account needs more (the default). */
  INCREMENTAL(RunKind.INCREMENTAL),
  /** Every contact read and compared with what the sync wrote, whatever the schedule says. */
  FULL_RECONCILIATION(RunKind.FULL_RECONCILIATION);

  private final RunKind kind;

  RunRequest(RunKind kind) {
    this.kind = kind;
  }

  /** The kind a report names as {@link ai.levitate.sf.core.spi.SyncReport#requestedKind()}. */
  RunKind kind() {
    return kind;
  }
}
