package ai.levitate.sf.core.spi;

/** The kinds of sync run. */
public enum RunKind {
  /** The first run of an account: reads every contact. */
  INITIAL,
  /**
   * Reads what Merge changed since the previous successful run's start (less an overlap), plus the
   * contacts of accounts and owners that changed.
   */
  INCREMENTAL,
  /**
   * Reads every contact and compares it with what the sync wrote: catches formula-field drift,
   * missed deletions, contacts Merge no longer returns and renamed accounts.
   */
  FULL_RECONCILIATION,
  /** Emits (or discards) the archives and removals the brake held, after a person decided. */
  HELD_DECISION
}
