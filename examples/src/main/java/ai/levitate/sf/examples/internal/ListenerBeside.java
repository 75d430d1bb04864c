package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncProgress;
import ai.levitate.sf.core.spi.SyncReport;
import java.util.Objects;

/**
 * A listener that follows runs beside another, which it tells everything first: a subclass
 * overrides what it keeps for itself and calls {@code super} first.
 */
abstract class ListenerBeside implements SyncListener {
  private final SyncListener beside;

  ListenerBeside(SyncListener beside) {
    this.beside = Objects.requireNonNull(beside, "beside == null");
  }

  @Override
  public void runStarted(SyncProgress progress) {
    beside.runStarted(progress);
  }

  @Override
  public void pageCommitted(SyncProgress progress) {
    beside.pageCommitted(progress);
  }

  @Override
  public void contactSkipped(String runId, ContactProblem problem) {
    beside.contactSkipped(runId, problem);
  }

  @Override
  public void fieldProblem(String runId, FieldProblem problem) {
    beside.fieldProblem(runId, problem);
  }

  @Override
  public void runFinished(SyncReport report) {
    beside.runFinished(report);
  }
}
