package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.settings.MassArchiveBrake;
import ai.levitate.sf.core.spi.BrakeDecision;
import ai.levitate.sf.core.spi.BrakeReason;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.spi.SyncWatermark;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What a run decides and leaves as it ends: the brake's decision, the watermark, the report. */
final class RunEnd {
  private RunEnd() {}

  /** The brake's decision on the archives and removals a run holds once it has read everything. */
  static BrakeDecision brake(SyncCheckpoint checkpoint, Counter counter, MassArchiveBrake brake) {
    long held = counter.held;
    Set<BrakeReason> reasons = EnumSet.noneOf(BrakeReason.class);
    if (held > 0) {
      if (brake.trips(held, checkpoint.knownAtStart())) {
        reasons.add(BrakeReason.TOO_MANY_ARCHIVES);
      }
      if (checkpoint.mergeSyncIncomplete()) {
        reasons.add(BrakeReason.MERGE_SYNC_INCOMPLETE);
      }
      if (checkpoint.sourceEmpty()) {
        reasons.add(BrakeReason.EMPTY_SOURCE);
      }
    }
    return BrakeDecision.builder()
        .tripped(!reasons.isEmpty())
        .reasons(reasons)
        .changes(held)
        .known(checkpoint.knownAtStart())
        .read(counter.read)
        .maxShare(brake.maxShare())
        .maxCount(brake.maxCount())
        .mergeSyncState(checkpoint.mergeSyncState())
        .build();
  }

  static boolean fullPass(SyncCheckpoint checkpoint) {
    return checkpoint.kind() == RunKind.INITIAL || checkpoint.kind() == RunKind.FULL_RECONCILIATION;
  }

  /** The watermark a read run leaves, after {@code previous}. */
  static SyncWatermark watermark(SyncCheckpoint last, RunOutcome outcome, Instant now,
      Optional<SyncWatermark> previous) {
    return SyncWatermark.builder()
        .runNumber(last.runNumber())
        .kind(last.kind())
        .startedAt(last.startedAt())
        .finishedAt(now)
        .settingsFingerprint(last.settingsFingerprint())
        .outcome(outcome)
        .lastFullPassFinishedAt(fullPass(last) ? Optional.of(now)
            : previous.flatMap(SyncWatermark::lastFullPassFinishedAt))
        .unread(last.unread())
        .build();
  }

  static SyncReport report(SyncCheckpoint last, RunOutcome outcome, Instant now, Counter counter,
      boolean dryRun) {
    return SyncReport.builder()
        .runId(last.runId())
        .runNumber(last.runNumber())
        .kind(last.kind())
        .requestedKind(last.requestedKind())
        .kindReason(last.kindReason())
        .outcome(outcome)
        .dryRun(dryRun)
        .resumes(last.resumes())
        .startedAt(last.startedAt())
        .finishedAt(now)
        .counts(counter.snapshot())
        .brake(last.brake())
        .mergeSyncState(last.mergeSyncState())
        .build();
  }
}
