package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.settings.DeceasedAction;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.StatusSetBy;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deceased contacts on first sight, and a person's restore against the reason in force. */
final class RestoreAndDeceasedTest {
  private static final SyncSettings ARCHIVE = Contacts.settings();
  private static final SyncSettings REMOVE = Contacts.settings(DeceasedAction.REMOVE, false);

  private static Decision decide(
      SourceContact contact, Optional<ContactState> prev, SyncSettings settings) {
    return new Reconciler(settings).decide(contact, Contacts.transform(contact, settings), prev, 5);
  }

  private static SourceContact deceased() {
    return Contacts.ada().putFields("Deceased__c", FieldValue.bool(true)).build();
  }

  /** Ada as the sync left her after archiving her for {@code reason}, as of run 3. */
  private static ContactState archivedFor(SourceContact source, StatusReason reason) {
    ContactState created =
        new Reconciler(ARCHIVE)
            .decide(
                Contacts.ada().build(),
                Contacts.transform(Contacts.ada().build(), ARCHIVE),
                Optional.empty(),
                2)
            .state()
            .orElseThrow();
    Decision archive =
        new Reconciler(ARCHIVE)
            .decide(source, Contacts.transform(source, ARCHIVE), Optional.of(created), 3);
    ContactState after = archive.stateAfter().orElseThrow();
    assertThat(after.statusReason()).hasValue(reason);
    return after;
  }

  @Test
  void aContactDeceasedWhenFirstSeenIsCreatedArchivedWithEverythingElse() {
    Decision decision = decide(deceased(), Optional.empty(), ARCHIVE);

    assertThat(decision.action()).isEqualTo(Decision.Action.EMIT);
    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.type()).isEqualTo(ChangeType.CREATE);
    assertThat(diff.statusAfter()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(diff.reason()).hasValue(StatusReason.DECEASED);
    assertThat(diff.contact().orElseThrow().jobTitle()).hasValue("Countess");
    assertThat(diff.tagsAdded())
        .containsExactly("Salesforce", "Interests: Golf", "Interests: Opera");
    assertThat(diff.keyFactsAdded()).hasSize(1);
    assertThat(diff.explanation())
        .containsExactly("New in Salesforce.", "Created archived: deceased (Deceased__c = true).");
    ContactState state = decision.state().orElseThrow();
    assertThat(state.status()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(state.statusReason()).hasValue(StatusReason.DECEASED);
    assertThat(state.statusSetBy()).isEqualTo(StatusSetBy.SYNC);
  }

  @Test
  void aContactDeceasedWhenFirstSeenIsNotCreatedWhenTheActionIsRemoveNorOneDeleted() {
    Decision removed = decide(deceased(), Optional.empty(), REMOVE);
    Decision deleted =
        decide(
            SourceContact.builder().from(deceased()).remoteWasDeleted(true).build(),
            Optional.empty(),
            ARCHIVE);

    assertThat(removed.skip()).hasValue(ContactSkipReason.INACTIVE_WHEN_FIRST_SEEN);
    assertThat(deleted.skip()).hasValue(ContactSkipReason.INACTIVE_WHEN_FIRST_SEEN);
    assertThat(removed.state()).isEmpty();
  }

  @Test
  void aRestoreRecordsTheReasonTheSyncArchivedFor() {
    ContactState restored = archivedFor(deceased(), StatusReason.DECEASED).restoredByPerson();

    assertThat(restored.restoredAgainst()).containsExactly(StatusReason.DECEASED);
    assertThat(restored.statusSetBy()).isEqualTo(StatusSetBy.PERSON);
    assertThat(restored.archivedByPerson().restoredAgainst()).isEmpty();
  }

  @Test
  void aRestoreHoldsWhileItsReasonStaysInForceAndFieldsStillUpdate() {
    ContactState restored = archivedFor(deceased(), StatusReason.DECEASED).restoredByPerson();

    Decision decision =
        decide(
            SourceContact.builder()
                .from(deceased())
                .putFields("Title", FieldValue.text("Mathematician"))
                .build(),
            Optional.of(restored),
            ARCHIVE);

    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.type()).isEqualTo(ChangeType.UPDATE);
    assertThat(diff.contact().orElseThrow().status()).isEqualTo(ContactStatus.ACTIVE);
    ContactState state = decision.state().orElseThrow();
    assertThat(state.statusSetBy()).isEqualTo(StatusSetBy.PERSON);
    assertThat(state.restoredAgainst()).containsExactly(StatusReason.DECEASED);
  }

  @Test
  void aNewReasonArchivesARestoredContactAgainThroughTheBrake() {
    ContactState restored = archivedFor(deceased(), StatusReason.DECEASED).restoredByPerson();

    Decision decision =
        decide(
            SourceContact.builder().from(deceased()).remoteWasDeleted(true).build(),
            Optional.of(restored),
            ARCHIVE);

    assertThat(decision.action())
        .as("held until the run knows how many")
        .isEqualTo(Decision.Action.HOLD);
    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.type()).isEqualTo(ChangeType.ARCHIVE);
    assertThat(diff.reason()).hasValue(StatusReason.DELETED_IN_SALESFORCE);
    assertThat(diff.explanation())
        .contains(
            "A person restored the contact against deceased; deleted in Salesforce is a new reason.");
    ContactState held = decision.state().orElseThrow();
    assertThat(held.statusSetBy())
        .as("the sync's again, so the brake's release emits it")
        .isEqualTo(StatusSetBy.SYNC);
    assertThat(held.heldInRun()).hasValue(5L);
    assertThat(decision.stateAfter().orElseThrow().status()).isEqualTo(ContactStatus.ARCHIVED);
  }

  @Test
  void onceItsReasonClearsTheRestoreEndsAndTheReasonComingBackArchivesAgain() {
    ContactState restored = archivedFor(deceased(), StatusReason.DECEASED).restoredByPerson();

    Decision cleared = decide(Contacts.ada().build(), Optional.of(restored), ARCHIVE);
    ContactState afterClear = cleared.state().orElseThrow();
    Decision again = decide(deceased(), Optional.of(afterClear), ARCHIVE);

    assertThat(cleared.diff().map(DiffDraft::type))
        .as("the status written once more")
        .hasValue(ChangeType.UPDATE);
    assertThat(cleared.contact().orElseThrow().status()).isEqualTo(ContactStatus.ACTIVE);
    assertThat(afterClear.statusSetBy()).isEqualTo(StatusSetBy.SYNC);
    assertThat(afterClear.restoredAgainst()).isEmpty();
    assertThat(again.action()).isEqualTo(Decision.Action.HOLD);
    assertThat(again.diff().orElseThrow().reason()).hasValue(StatusReason.DECEASED);
  }

  @Test
  void aRestoreRecordedWithoutItsReasonHoldsAgainstTheReasonsFoundNext() {
    ContactState legacy =
        ContactState.builder()
            .from(archivedFor(deceased(), StatusReason.DECEASED).restoredByPerson())
            .restoredAgainst(Set.of())
            .build();

    Decision decision =
        decide(
            SourceContact.builder().from(deceased()).remoteWasDeleted(true).build(),
            Optional.of(legacy),
            ARCHIVE);

    assertThat(decision.diff().map(DiffDraft::type)).hasValue(ChangeType.UPDATE);
    assertThat(decision.contact().orElseThrow().status()).isEqualTo(ContactStatus.ACTIVE);
    assertThat(decision.state().orElseThrow().restoredAgainst())
        .containsExactlyInAnyOrder(StatusReason.DECEASED, StatusReason.DELETED_IN_SALESFORCE);
    assertThat(decision.state().orElseThrow().statusSetBy()).isEqualTo(StatusSetBy.PERSON);
  }

  @Test
  void aRestoredContactDeceasedLaterIsRemovedAgainWhenTheActionIsRemove() {
    ContactState deleted =
        archivedFor(
            SourceContact.builder().from(Contacts.ada().build()).remoteWasDeleted(true).build(),
            StatusReason.DELETED_IN_SALESFORCE);
    ContactState restored = deleted.restoredByPerson();

    Decision decision =
        decide(
            SourceContact.builder().from(deceased()).remoteWasDeleted(true).build(),
            Optional.of(restored),
            REMOVE);

    assertThat(decision.action()).isEqualTo(Decision.Action.HOLD);
    assertThat(decision.diff().orElseThrow().type()).isEqualTo(ChangeType.REMOVE);
    assertThat(decision.diff().orElseThrow().reason()).hasValue(StatusReason.DECEASED);
  }

  @Test
  void aContactARestoreHeldAgainstBeingMissingStaysWhenMissingAndOneAgainstAnotherIsArchived() {
    ContactState againstMissing =
        ContactState.builder()
            .from(archivedFor(deceased(), StatusReason.DECEASED).restoredByPerson())
            .restoredAgainst(Set.of(StatusReason.MISSING_FROM_SOURCE))
            .build();
    ContactState againstDeceased =
        archivedFor(deceased(), StatusReason.DECEASED).restoredByPerson();

    Decision kept = new Reconciler(ARCHIVE).missing(againstMissing, 5);
    Decision archived = new Reconciler(ARCHIVE).missing(againstDeceased, 5);

    assertThat(kept.action()).isEqualTo(Decision.Action.UNCHANGED);
    assertThat(archived.action()).isEqualTo(Decision.Action.HOLD);
    assertThat(archived.diff().orElseThrow().reason()).hasValue(StatusReason.MISSING_FROM_SOURCE);
    assertThat(archived.state().orElseThrow().statusSetBy()).isEqualTo(StatusSetBy.SYNC);
    assertThat(archived.stateAfter().orElseThrow().restoredAgainst()).isEmpty();
  }
}
