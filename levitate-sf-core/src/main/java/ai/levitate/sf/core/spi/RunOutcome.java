package ai.levitate.sf.core.spi;

/** How a run ended. */
public enum RunOutcome {
  /** Every change was emitted. */
  COMPLETED,
  /**
   * The safe changes were emitted; the brake held archives and removals back for a person to
   * approve (see {@link SyncReport#brake()}).
   */
  BRAKED,
  /**
   * The run stopped early, cancelled or at its deadline ({@code RunControl}), at a page boundary
   * with its checkpoint committed; the account's next run resumes it.
   */
  CANCELLED
}
