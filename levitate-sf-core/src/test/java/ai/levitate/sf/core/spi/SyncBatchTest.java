package ai.levitate.sf.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Provenance;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class SyncBatchTest {
  private static final String ID = "0035e00000Abc01AAA";
  private static final OwnedKeyFact MET = OwnedKeyFact.of("Met", LocalDate.of(2019, 4, 2));

  private static SyncBatch update(ContactState state) {
    LevitateContact contact = LevitateContact.builder().salesforceId(ID).mergeId("m-1").build();
    return SyncBatch.builder()
        .runId("run-2")
        .fencingToken(1)
        .addChanges(
            ContactChange.builder()
                .runId("run-2")
                .position(0)
                .type(ChangeType.UPDATE)
                .salesforceId(ID)
                .mergeId("m-1")
                .contact(contact)
                .addTagsAdded("VIP", "Region: West")
                .addKeyFactsAdded(KeyFact.of(MET.label(), MET.date(), Provenance.constant()))
                .build())
        .addStates(state)
        .runState(RunState.initial())
        .build();
  }

  private static ContactState state() {
    return ContactState.builder()
        .salesforceId(ID)
        .mergeId("m-1")
        .fingerprint("f")
        .lastSeenRun(2)
        .addOwnedTags("Salesforce", "VIP", "Region: West")
        .addOwnedKeyFacts(MET)
        .version(3)
        .build();
  }

  @Test
  void aTagOrKeyFactAChangeAddsThatTheContactShowedStaysThePersons() {
    SyncBatch batch = update(state());

    List<ContactState> after =
        batch.statesAfter(
            Map.of(ID, ShownTags.of(List.of("Salesforce", "VIP", "Golf buddy"), List.of(MET))));

    assertThat(after)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.ownedTags()).containsExactly("Salesforce", "Region: West");
              assertThat(s.personTags()).containsExactly("VIP");
              assertThat(s.ownedKeyFacts()).isEmpty();
              assertThat(s.personKeyFacts()).containsExactly(MET);
              assertThat(s.version()).isEqualTo(3);
            });
  }

  @Test
  void aTagTheContactShowedThatTheChangeDoesNotAddStaysTheSyncs() {
    SyncBatch batch = update(state());

    List<ContactState> after =
        batch.statesAfter(Map.of(ID, ShownTags.of(List.of("Salesforce", "Golf buddy"), List.of())));

    assertThat(after).containsExactly(state());
  }

  @Test
  void aContactLevitateDidNotHoldKeepsItsState() {
    assertThat(update(state()).statesAfter(Map.of())).containsExactly(state());
  }
}
