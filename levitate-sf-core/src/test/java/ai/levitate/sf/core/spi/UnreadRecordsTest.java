package ai.levitate.sf.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.ContactProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

final class UnreadRecordsTest {

  private static ContactProblem problem(String salesforceId, String mergeId) {
    var problem =
        ContactProblem.builder()
            .kind(ContactProblem.Kind.UNREADABLE_RECORD)
            .message("first_name is an object, not text");
    if (salesforceId != null) {
      problem.salesforceId(salesforceId);
    }
    if (mergeId != null) {
      problem.mergeId(mergeId);
    }
    return problem.build();
  }

  @Test
  void keepsEachRecordOnceBySalesforceIdElseByMergeId() {
    UnreadRecords unread =
        UnreadRecords.none()
            .plus(List.of(problem("003A", "m-1"), problem(null, "m-2"), problem("003A", "m-1")))
            .plus(List.of(problem(null, "m-2"), problem("003B", null)));

    assertThat(unread.salesforceIds()).containsExactly("003A", "003B");
    assertThat(unread.mergeIds()).containsExactly("m-2");
    assertThat(unread.overflowed()).isFalse();
  }

  @Test
  void aRecordWithoutAnyIdCannotBeAskedForAgain() {
    assertThat(UnreadRecords.none().plus(List.of(problem(null, null))).isEmpty()).isTrue();
  }

  @Test
  void overflowsPastTheMostIdsItKeeps() {
    List<ContactProblem> problems = new ArrayList<>();
    for (int i = 0; i < UnreadRecords.MAX_IDS; i++) {
      problems.add(problem(String.format(Locale.ROOT, "003%012d", i), null));
    }
    UnreadRecords full = UnreadRecords.none().plus(problems);
    assertThat(full.salesforceIds()).hasSize(UnreadRecords.MAX_IDS);
    assertThat(full.overflowed()).isFalse();

    UnreadRecords over = full.plus(List.of(problem(null, "m-1")));

    assertThat(over.overflowed()).isTrue();
    assertThat(over.salesforceIds()).isEmpty();
    assertThat(over.plus(List.of(problem("003X", null)))).isEqualTo(over);
    assertThat(over.isEmpty()).isFalse();
  }
}
