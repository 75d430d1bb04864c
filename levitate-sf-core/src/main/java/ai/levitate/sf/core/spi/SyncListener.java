package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.ContactProblem;

/**
 * Follows a run as it goes: progress after each committed page, each skipped contact's reason, and
 * the report at the end. Called on the run's thread; keep it quick. An exception it throws is
 * logged and never stops the run.
 */
public interface SyncListener {
  /** A listener that ignores everything. */
  SyncListener NONE = new SyncListener() {};

  default void runStarted(SyncProgress progress) {}

  default void pageCommitted(SyncProgress progress) {}

  /** A contact the run could not sync, e.g. a value that does not fit its field. */
  default void contactSkipped(String runId, ContactProblem problem) {}

  default void runFinished(SyncReport report) {}
}
