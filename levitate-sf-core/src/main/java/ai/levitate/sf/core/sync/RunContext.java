package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.NanoClock;
import ai.levitate.sf.core.settings.MassArchiveBrake;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.transform.ContactTransformer;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What stays the same through one run. */
record RunContext(
    ContactSource source,
    StateView view,
    ContactTransformer transformer,
    MassArchiveBrake brake,
    SyncListener listener,
    Clock clock,
    LeaseKeeper lease,
    Duration overlap,
    int pageSize,
    boolean dryRun,
    ReadPace pace,
    ReaderThreads readers,
    NanoClock nanoClock,
    Duration sourceClockTolerance,
    RunControl control) {

  private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);

  long fencingToken() {
    return lease.fencingToken();
  }

  /**
   * Commits one batch of {@code runId} through the view, the lease renewed first when it is due
   * ({@link LeaseKeeper}): a worker whose lease lapsed stops before it writes.
   */
  void commit(SyncBatch batch, String runId) {
    lease.beforeCommit(runId);
    view.commit(batch);
  }

  /** Calls the listener; what it throws is logged, never passed on. */
  void tell(Consumer<SyncListener> call) {
    try {
      call.accept(listener);
    } catch (RuntimeException e) {
      log.warn("A sync listener failed; the run goes on.", e);
    }
  }
}
