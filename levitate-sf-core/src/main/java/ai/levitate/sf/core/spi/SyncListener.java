package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.FieldProblem;

/**
 * Follows a run as it goes: progress after each committed page, each skipped contact's reason, each
 * value left out, and the report at the end. Called on the run's thread; keep it quick. An
 * exception it throws is logged and never stops the run.
 */
public interface SyncListener {
  /** A listener that ignores everything. */
  SyncListener NONE = new SyncListener() {};

  default void runStarted(SyncProgress progress) {}

  default void pageCommitted(SyncProgress progress) {}

  /** A contact the run could not sync, e.g. a record Merge sent that could not be read. */
  default void contactSkipped(String runId, ContactProblem problem) {}

  /**
   * A value the run left out or cut while its contact synced, e.g. an impossible date; told once
   * the contact's page is committed. The report counts them by field and kind.
   */
  default void fieldProblem(String runId, FieldProblem problem) {}

  default void runFinished(SyncReport report) {}
}
