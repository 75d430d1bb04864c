package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.LevitateSfException;
import ai.levitate.sf.core.spi.NewerFormatException;
import ai.levitate.sf.core.spi.SyncLease;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One write-back run: walks the activities, keeps the counts, and tolerates failed lookups. */
final class WritebackRun {
  private static final Logger log = LoggerFactory.getLogger(WritebackRun.class);
  private static final int MAX_FAILURES_LISTED = 50;

  private final WritebackEngine engine;
  private final Optional<SyncLease> lease;
  private long written;
  private long recovered;
  private long alreadyWritten;
  private final Map<ActivitySkipReason, Long> skipped = new EnumMap<>(ActivitySkipReason.class);
  private final Map<WritebackReport.Failure, Long> failed =
      new EnumMap<>(WritebackReport.Failure.class);
  private final List<String> failures = new ArrayList<>();

  WritebackRun(WritebackEngine engine, Optional<SyncLease> lease) {
    this.engine = engine;
    this.lease = lease;
  }

  WritebackReport run(ActivitySource source) {
    Instant start = engine.clock().instant();
    long callsBefore = engine.noteWriter().requestCount();
    int failuresInARow = 0;
    Instant renewed = start;
    for (Activity activity : source.pendingActivities()) {
      try {
        engine.process(activity, this);
        failuresInARow = 0;
      } catch (NewerFormatException e) {
        // A newer levitate-sf wrote the ledger: this worker must be upgraded before it writes back.
        throw e;
      } catch (LevitateSfException e) {
        failuresInARow++;
        fail(WritebackReport.Failure.FAILED, activity, e.getMessage());
        log.warn(
            "Write-back of activity {} v{} failed and will be retried: {}",
            activity.id(),
            activity.version(),
            e.getMessage());
        if (failuresInARow >= WritebackEngine.MAX_FAILURES_IN_A_ROW) {
          throw e;
        }
      }
      Instant now = engine.clock().instant();
      if (lease.isPresent()
          && Duration.between(renewed, now).compareTo(engine.leaseDuration().dividedBy(3)) >= 0) {
        engine.renew(lease.get());
        renewed = now;
      }
    }
    return WritebackReport.builder()
        .written(written)
        .recovered(recovered)
        .alreadyWritten(alreadyWritten)
        .skipped(skipped)
        .failed(failed)
        .failures(failures)
        .calls(engine.noteWriter().requestCount() - callsBefore)
        .duration(Duration.between(start, engine.clock().instant()))
        .build();
  }

  void written() {
    written++;
  }

  void recovered() {
    recovered++;
  }

  void alreadyWritten() {
    alreadyWritten++;
  }

  void skip(ActivitySkipReason reason) {
    skipped.merge(reason, 1L, Long::sum);
  }

  void fail(WritebackReport.Failure failure, Activity activity, String reason) {
    failed.merge(failure, 1L, Long::sum);
    if (failures.size() < MAX_FAILURES_LISTED) {
      failures.add(
          activity.type() + " " + activity.id() + " v" + activity.version() + ": " + reason);
    }
  }
}
