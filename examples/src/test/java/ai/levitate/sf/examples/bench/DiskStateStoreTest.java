package ai.levitate.sf.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.spi.SyncBatch;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DiskStateStoreTest {
  @TempDir Path directory;

  private static ContactState state(String id, ContactStatus status, long seen) {
    return ContactState.builder()
        .salesforceId(id)
        .mergeId("m-" + id)
        .fingerprint("f-" + id)
        .addOwnedTags("Salesforce", "Interests: Golf")
        .addOwnedKeyFacts(OwnedKeyFact.of("Birthdate", LocalDate.of(1980, 2, 29)))
        .status(status)
        .lastSeenRun(seen)
        .build();
  }

  private static SyncBatch batch(List<ContactState> states) {
    return SyncBatch.builder()
        .runId("run-1")
        .fencingToken(1)
        .states(states)
        .runState(RunState.initial())
        .build();
  }

  @Test
  void keepsEveryPartOfAStateInItsFile() {
    ContactState archived =
        ContactState.builder()
            .from(state("003A", ContactStatus.ARCHIVED, 2))
            .statusReason(StatusReason.DECEASED)
            .statusSetBy(StatusSetBy.PERSON)
            .accountMergeId("a-1")
            .ownerMergeId("u-1")
            .heldInRun(3L)
            .build();
    ContactState plain = state("003B", ContactStatus.ACTIVE, 1);
    try (DiskStateStore store = new DiskStateStore(directory.resolve("states.mv.db"))) {
      store.commit(batch(List.of(archived, plain)));

      assertThat(store.contacts(List.of("003A", "003B", "003C")))
          .isEqualTo(Map.of("003A", archived, "003B", plain));
    }
  }

  @Test
  void listsAndCountsStatesInSalesforceIdOrderAPageAtATime() {
    try (DiskStateStore store = new DiskStateStore(directory.resolve("states.mv.db"))) {
      store.commit(
          batch(
              List.of(
                  state("003C", ContactStatus.ACTIVE, 1),
                  state("003A", ContactStatus.ACTIVE, 2),
                  state("003B", ContactStatus.REMOVED, 1),
                  state("003D", ContactStatus.ACTIVE, 1))));
      ContactStateQuery unseen =
          ContactStateQuery.builder()
              .status(ContactStatus.ACTIVE)
              .seenBeforeRun(2L)
              .limit(1)
              .build();

      assertThat(store.contacts(unseen))
          .extracting(ContactState::salesforceId)
          .containsExactly("003C");
      assertThat(store.contacts(ContactStateQuery.builder().from(unseen).after("003C").build()))
          .extracting(ContactState::salesforceId)
          .containsExactly("003D");
      assertThat(store.count(unseen)).isEqualTo(2);
      assertThat(store.stateCount()).isEqualTo(4);
    }
  }
}
