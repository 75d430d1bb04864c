package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.spi.BrakeDecision;
import ai.levitate.sf.core.spi.BrakeReason;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.FieldProblemCount;
import ai.levitate.sf.core.spi.RunCounts;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.RunWarning;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.writeback.WritebackReport;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ReportJsonTest {
  @Test
  void syncReportIsOneLineWithCountsAndTheBrakeDecision() {
    SyncReport report =
        SyncReport.builder()
            .runId("run-7")
            .runNumber(7)
            .kind(RunKind.FULL_RECONCILIATION)
            .requestedKind(RunKind.INCREMENTAL)
            .kindReason("settings changed")
            .outcome(RunOutcome.BRAKED)
            .startedAt(Instant.parse("2026-01-05T09:00:00Z"))
            .finishedAt(Instant.parse("2026-01-05T09:01:30Z"))
            .counts(
                RunCounts.builder()
                    .created(2)
                    .updated(3)
                    .unchanged(95)
                    .held(40)
                    .skipped(
                        Map.of(
                            ContactSkipReason.SHELL_RECORD,
                            1L,
                            ContactSkipReason.INVALID_FIELD_VALUE,
                            2L))
                    .contactsRead(140)
                    .pages(2)
                    .mergeRequests(5)
                    .build())
            .brake(
                BrakeDecision.builder()
                    .tripped(true)
                    .addReasons(BrakeReason.TOO_MANY_ARCHIVES)
                    .changes(40)
                    .known(140)
                    .read(100)
                    .maxShare(0.1)
                    .maxCount(500)
                    .build())
            .mergeSyncState(SourceSyncStatus.State.DONE)
            .sourceClockSkew(Duration.ofMinutes(-10))
            .addWarnings(RunWarning.of(RunWarning.Kind.SOURCE_CLOCK_SKEW, "behind"))
            .build();

    String json = LevitateJson.writeReport(report);

    assertThat(json)
        .doesNotContain("\n")
        .startsWith(
            "{\"formatVersion\":2,\"runId\":\"run-7\",\"runNumber\":7,"
                + "\"kind\":\"FULL_RECONCILIATION\",\"requestedKind\":\"INCREMENTAL\","
                + "\"kindReason\":\"settings changed\",\"outcome\":\"BRAKED\",\"dryRun\":false,\"resumes\":0,"
                + "\"startedAt\":\"2026-01-05T09:00:00Z\",\"finishedAt\":\"2026-01-05T09:01:30Z\","
                + "\"durationMillis\":90000,\"counts\":{\"created\":2,\"updated\":3,\"unchanged\":95,"
                + "\"archived\":0,\"restored\":0,\"removed\":0,\"held\":40,"
                + "\"skipped\":{\"INVALID_FIELD_VALUE\":2,\"SHELL_RECORD\":1},");
    assertThat(json)
        .contains(
            "\"brake\":{\"tripped\":true,\"reasons\":[\"TOO_MANY_ARCHIVES\"],"
                + "\"changes\":40,\"known\":140,\"read\":100,\"maxShare\":0.1,\"maxCount\":500,");
    assertThat(json)
        .endsWith(
            "\"mergeSyncState\":\"DONE\",\"sourceClockSkewMillis\":-600000,"
                + "\"warnings\":[{\"kind\":\"SOURCE_CLOCK_SKEW\",\"message\":\"behind\"}]}");
  }

  @Test
  void fieldProblemsAreListedByFieldAndKindWithTheirExamples() {
    FieldProblem collision =
        FieldProblem.builder()
            .salesforceId("003A")
            .field("Interests__c")
            .kind(FieldProblem.Kind.TAG_COLLISION)
            .value("x".repeat(70) + "1")
            .otherValue("x".repeat(70) + "2")
            .message("Two values cut to one tag.")
            .build();
    FieldProblem date =
        FieldProblem.builder()
            .salesforceId("003B")
            .field("Birthdate")
            .kind(FieldProblem.Kind.UNREADABLE)
            .value("2023-02-30")
            .message("Birthdate holds \"2023-02-30\", which is not a date.")
            .build();
    SyncReport report =
        SyncReport.builder()
            .runId("run-1")
            .runNumber(1)
            .kind(RunKind.INITIAL)
            .requestedKind(RunKind.INITIAL)
            .outcome(RunOutcome.COMPLETED)
            .startedAt(Instant.parse("2026-01-05T09:00:00Z"))
            .finishedAt(Instant.parse("2026-01-05T09:00:01Z"))
            .counts(
                RunCounts.builder()
                    .created(2)
                    .addFieldProblems(
                        FieldProblemCount.builder()
                            .field("Birthdate")
                            .kind(FieldProblem.Kind.UNREADABLE)
                            .count(4)
                            .addExamples(date)
                            .build())
                    .addFieldProblems(
                        FieldProblemCount.builder()
                            .field("Interests__c")
                            .kind(FieldProblem.Kind.TAG_COLLISION)
                            .count(1)
                            .addExamples(collision)
                            .build())
                    .build())
            .build();

    String json = LevitateJson.writeReport(report);

    String x70 = "x".repeat(70);
    assertThat(json)
        .contains(
            "\"skipped\":{},\"fieldProblems\":[{\"field\":\"Birthdate\","
                + "\"kind\":\"UNREADABLE\",\"count\":4,\"examples\":[{\"salesforceId\":\"003B\","
                + "\"value\":\"2023-02-30\",\"message\":\"Birthdate holds \\\"2023-02-30\\\", which is not a"
                + " date.\"}]},{\"field\":\"Interests__c\",\"kind\":\"TAG_COLLISION\",\"count\":1,"
                + "\"examples\":[{\"salesforceId\":\"003A\",\"value\":\""
                + x70
                + "1\",\"otherValue\":\""
                + x70
                + "2\",\"message\":\"Two values cut to one tag.\"}]}],\"unassignedOwners\":0,");
  }

  @Test
  void aReportWithoutFieldProblemsSaysSo() {
    SyncReport report =
        SyncReport.builder()
            .runId("run-1")
            .runNumber(1)
            .kind(RunKind.INITIAL)
            .requestedKind(RunKind.INITIAL)
            .outcome(RunOutcome.COMPLETED)
            .startedAt(Instant.parse("2026-01-05T09:00:00Z"))
            .finishedAt(Instant.parse("2026-01-05T09:00:01Z"))
            .counts(RunCounts.zero())
            .build();

    assertThat(LevitateJson.writeReport(report)).contains("\"skipped\":{},\"fieldProblems\":[],");
  }

  @Test
  void writebackReportListsSkipsAndFailuresByName() {
    WritebackReport report =
        WritebackReport.builder()
            .written(4)
            .recovered(1)
            .alreadyWritten(10)
            .skipped(Map.of(ai.levitate.sf.core.writeback.ActivitySkipReason.TYPE_DISABLED, 3L))
            .failed(Map.of(WritebackReport.Failure.REJECTED, 1L))
            .addFailures("NOTE n-1 v1: INVALID_REFERENCE")
            .calls(9)
            .duration(Duration.ofMillis(1234))
            .build();

    assertThat(LevitateJson.writeReport(report))
        .isEqualTo(
            "{\"formatVersion\":1,\"written\":4,\"recovered\":1,"
                + "\"alreadyWritten\":10,\"skipped\":{\"TYPE_DISABLED\":3},\"failed\":{\"REJECTED\":1},"
                + "\"failures\":[\"NOTE n-1 v1: INVALID_REFERENCE\"],\"calls\":9,\"durationMillis\":1234}");
  }
}
