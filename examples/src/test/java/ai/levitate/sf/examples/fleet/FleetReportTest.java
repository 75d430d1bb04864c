package ai.levitate.sf.examples.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class FleetReportTest {
  private static final String A = "{\"salesforceId\":\"003A\",\"status\":\"ACTIVE\"}";
  private static final String B = "{\"salesforceId\":\"003B\",\"status\":\"ACTIVE\"}";
  private static final String B_ARCHIVED = "{\"salesforceId\":\"003B\",\"status\":\"ARCHIVED\"}";

  @Test
  void fleetJsonHasExactlyTheIssuesKeysInOrder() {
    FleetReport report =
        new FleetReport(
            List.of(
                new FleetReport.Account(
                    "fleet-01",
                    98,
                    98,
                    30,
                    30,
                    0,
                    3,
                    List.of("worker-1", "worker-2"),
                    Optional.empty())),
            1,
            0,
            41.84);

    assertThat(report.json())
        .isEqualToIgnoringWhitespace(
            "{\"accounts\":[{\"account\":"
                + "\"fleet-01\",\"contacts\":98,\"expectedContacts\":98,\"notesWritten\":30,"
                + "\"notesExpected\":30,\"duplicateNotes\":0,\"runsCompleted\":3,\"workers\":"
                + "[\"worker-1\",\"worker-2\"]}],\"workersKilled\":1,\"overlappingRuns\":0,"
                + "\"seconds\":41.8}");
    assertThat(report.passes()).isTrue();
  }

  @Test
  void anAccountPassesOnlyWhenItEndsExactlyAsItsFaultFreeRun() {
    assertThat(FleetReport.difference(List.of(A, B), List.of(A, B), 10, 10, 0, 2, 2)).isEmpty();
    assertThat(FleetReport.difference(List.of(A, B_ARCHIVED), List.of(A, B), 10, 10, 0, 2, 2))
        .contains("contact 003B differs from the fault-free run's 003B");
    assertThat(FleetReport.difference(List.of(A), List.of(A, B), 10, 10, 0, 2, 2))
        .contains("1 contacts instead of 2");
    assertThat(FleetReport.difference(List.of(A, B), List.of(A, B), 11, 10, 1, 2, 2))
        .contains("1 notes written twice");
    assertThat(FleetReport.difference(List.of(A, B), List.of(A, B), 9, 10, 0, 2, 2))
        .contains("9 notes instead of 10");
    assertThat(FleetReport.difference(List.of(A, B), List.of(A, B), 10, 10, 0, 1, 2))
        .contains("finished round 1 of 2");
  }

  @Test
  void overlappingRunsFailTheFleetEvenWhenEveryAccountPasses() {
    FleetReport report =
        new FleetReport(
            List.of(
                new FleetReport.Account(
                    "fleet-01", 1, 1, 0, 0, 0, 1, List.of("worker-1"), Optional.empty())),
            0,
            1,
            1.0);

    assertThat(report.passes()).isFalse();
  }

  @Test
  void aDuplicateNoteIsOneWithAReferenceSeenBefore() {
    List<String> notes =
        List.of(
            "Met for coffee\n\nLevitate activity n1 (version 1), ref LEV-0123456789ABCDEF",
            "Called\n\nLevitate activity n2 (version 1), ref LEV-FEDCBA9876543210",
            "Met for coffee (sent again)\n\nLevitate activity n1 (version 1), ref LEV-0123456789ABCDEF",
            "a note without a reference",
            "a note without a reference");

    assertThat(FleetReport.duplicates(notes)).isEqualTo(2);
  }
}
