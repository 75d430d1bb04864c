package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.settings.MassArchiveBrake;
import ai.levitate.sf.core.spi.BrakeDecision;
import ai.levitate.sf.core.spi.BrakeReason;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.RunWarning;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.spi.SyncWatermark;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
  static SyncWatermark watermark(
      SyncCheckpoint last, RunOutcome outcome, Instant now, Optional<SyncWatermark> previous) {
    return SyncWatermark.builder()
        .runNumber(last.runNumber())
        .kind(last.kind())
        .startedAt(last.startedAt())
        .sourceStartedAt(last.sourceStartedAt())
        .finishedAt(now)
        .settingsFingerprint(last.settingsFingerprint())
        .outcome(outcome)
        .lastFullPassFinishedAt(
            fullPass(last)
                ? Optional.of(now)
                : previous.flatMap(SyncWatermark::lastFullPassFinishedAt))
        .unread(last.unread())
        .build();
  }

  /**
   * A skew as a person reads it: {@code about 10 minutes}, or seconds under two minutes. The source
   * tells its time to the second, so a finer figure would be noise.
   */
  private static String about(Duration skew) {
    long seconds = Math.round(skew.toMillis() / 1000.0);
    if (seconds < 120) {
      return "about " + seconds + " seconds";
    }
    return "about " + Math.round(seconds / 60.0) + " minutes";
  }

  /**
   * The run's report; {@code noFields} says the run's field catalog was empty, which the report
   * warns of in one sentence naming the rules that could not apply.
   */
  static SyncReport report(
      SyncCheckpoint last,
      RunOutcome outcome,
      Instant now,
      Counter counter,
      boolean dryRun,
      Duration clockTolerance,
      boolean noFields) {
    Optional<Duration> skew =
        last.sourceStartedAt().map(source -> Duration.between(source, last.startedAt()));
    List<RunWarning> warnings = new ArrayList<>();
    skew.filter(s -> s.abs().compareTo(clockTolerance) > 0)
        .ifPresent(
            s ->
                warnings.add(
                    RunWarning.of(
                        RunWarning.Kind.SOURCE_CLOCK_SKEW,
                        "This worker's clock was "
                            + about(s.abs())
                            + (s.isNegative() ? " behind" : " ahead of")
                            + " the source's when "
                            + last.runId()
                            + " started (more than "
                            + Planner.describe(clockTolerance)
                            + "). The run read up to"
                            + " the source's own time, so no change was missed; check the worker's time"
                            + " service.")));
    if (noFields) {
      warnings.add(
          RunWarning.of(
              RunWarning.Kind.NO_SOURCE_FIELDS,
              "The source sends no Contact"
                  + " fields for this account, "
                  + FieldCatalog.WITHOUT_FIELDS));
    }
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
        .sourceClockSkew(skew)
        .warnings(warnings)
        .build();
  }
}
