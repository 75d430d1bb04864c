package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.settings.DeceasedAction;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactField;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.transform.TransformResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

final class ReconcilerTest {
  private static final String ID = "003000000000001";

  private static Decision decide(SourceContact contact, Optional<ContactState> prev) {
    return decide(contact, prev, Contacts.settings(), 2);
  }

  private static Decision decide(
      SourceContact contact, Optional<ContactState> prev, SyncSettings settings, long run) {
    return new Reconciler(settings)
        .decide(contact, Contacts.transform(contact, settings), prev, run);
  }

  /** The state run 1 left after it created Ada as she is built by {@code change}. */
  private static ContactState synced(
      UnaryOperator<ai.levitate.sf.core.model.SourceContact.Builder> change) {
    return decide(change.apply(Contacts.ada()).build(), Optional.empty(), Contacts.settings(), 1)
        .state()
        .orElseThrow();
  }

  @Test
  void createsANewContactWithEveryTagAndKeyFactAdded() {
    Decision decision = decide(Contacts.ada().build(), Optional.empty());

    assertThat(decision.action()).isEqualTo(Decision.Action.EMIT);
    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.type()).isEqualTo(ChangeType.CREATE);
    assertThat(diff.tagsAdded())
        .containsExactly("Salesforce", "Interests: Golf", "Interests: Opera");
    assertThat(diff.keyFactsAdded())
        .extracting(f -> f.date())
        .containsExactly(LocalDate.of(1815, 12, 10));
    assertThat(diff.changedFields()).isEmpty();
    ContactState state = decision.state().orElseThrow();
    assertThat(state.ownedTags()).isEqualTo(diff.tagsAdded());
    assertThat(state.accountMergeId()).hasValue("ma-1");
    assertThat(state.ownerMergeId()).hasValue("mu-1");
    assertThat(state.lastSeenRun()).isEqualTo(2);
    assertThat(state.statusSetBy()).isEqualTo(StatusSetBy.SYNC);
  }

  @Test
  void aNewContactKeepsTheFingerprintWorkedOutBesideItsTransform() {
    SourceContact ada = Contacts.ada().build();
    TransformResult result = Contacts.transform(ada, Contacts.settings());
    String fingerprint = Fingerprints.contact(((TransformResult.Transformed) result).contact());

    Decision given =
        new Reconciler(Contacts.settings())
            .decide(ada, result, Optional.of("given"), Optional.empty(), 2);

    assertThat(given.state().orElseThrow().fingerprint()).isEqualTo("given");
    assertThat(decide(ada, Optional.empty()).state().orElseThrow().fingerprint())
        .isEqualTo(fingerprint);
  }

  @Test
  void aContactTheDecisionChangedGetsItsOwnFingerprint() {
    ContactState optedOut = synced(c -> c.putFields("HasOptedOutOfEmail", FieldValue.bool(true)));
    SourceContact ada = Contacts.ada().build();

    Decision decision =
        new Reconciler(Contacts.settings())
            .decide(
                ada,
                Contacts.transform(ada, Contacts.settings()),
                Optional.of("of the transform"),
                Optional.of(optedOut),
                2);

    // Unsubscribe stays on: the contact kept is not the transform's.
    assertThat(decision.state().orElseThrow().fingerprint())
        .isEqualTo(Fingerprints.contact(decision.contact().orElseThrow()));
  }

  @Test
  void neverCreatesAContactOnlyToHideIt() {
    Decision decision = decide(Contacts.ada().remoteWasDeleted(true).build(), Optional.empty());

    assertThat(decision.action()).isEqualTo(Decision.Action.SKIP);
    assertThat(decision.skip()).hasValue(ContactSkipReason.INACTIVE_WHEN_FIRST_SEEN);
    assertThat(decision.state()).isEmpty();
  }

  @Test
  void emitsNothingWhenTheOutputDidNotChange() {
    ContactState prev = synced(c -> c);

    Decision decision = decide(Contacts.ada().build(), Optional.of(prev));

    assertThat(decision.action()).isEqualTo(Decision.Action.UNCHANGED);
    assertThat(decision.state().orElseThrow().lastSeenRun()).isEqualTo(2);
  }

  @Test
  void updateSaysWhatChangedAndWhichOwnedTagsAndFactsToAddAndRemove() {
    ContactState prev = synced(c -> c);

    Decision decision =
        decide(
            Contacts.ada()
                .putFields("Interests__c", FieldValue.text("Golf;Sailing"))
                .putFields("Birthdate", FieldValue.date(LocalDate.of(1815, 12, 11)))
                .build(),
            Optional.of(prev));

    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.type()).isEqualTo(ChangeType.UPDATE);
    assertThat(diff.changedFields())
        .containsExactlyInAnyOrder(ContactField.TAGS, ContactField.KEY_FACTS);
    assertThat(diff.tagsAdded()).containsExactly("Interests: Sailing");
    assertThat(diff.tagsRemoved()).containsExactly("Interests: Opera");
    assertThat(diff.keyFactsRemoved())
        .containsExactly(OwnedKeyFact.of("Birthdate", LocalDate.of(1815, 12, 10)));
    assertThat(diff.explanation())
        .containsExactly(
            "Changed: KEY_FACTS, TAGS.",
            "Adds tag \"Interests: Sailing\" from Interests__c = Golf;Sailing.",
            "Removes tag \"Interests: Opera\", which Salesforce no longer gives.",
            "Adds key fact Birthdate 1815-12-11 from Birthdate = 1815-12-11.",
            "Removes key fact Birthdate 1815-12-10, which Salesforce no longer gives.");
  }

  @Test
  void holdsTheArchiveOfAContactDeletedInSalesforce() {
    ContactState prev = synced(c -> c);

    Decision decision = decide(Contacts.ada().remoteWasDeleted(true).build(), Optional.of(prev));

    assertThat(decision.action()).isEqualTo(Decision.Action.HOLD);
    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.type()).isEqualTo(ChangeType.ARCHIVE);
    assertThat(diff.reason()).hasValue(StatusReason.DELETED_IN_SALESFORCE);
    assertThat(diff.explanation())
        .first()
        .isEqualTo("Archived: deleted in Salesforce (remote_was_deleted = true).");
    ContactState held = decision.state().orElseThrow();
    assertThat(held.status()).isEqualTo(ContactStatus.ACTIVE);
    assertThat(held.heldInRun()).hasValue(2L);
    assertThat(held.fingerprint()).isEqualTo(prev.fingerprint());
    assertThat(decision.stateAfter().orElseThrow().status()).isEqualTo(ContactStatus.ARCHIVED);
  }

  @Test
  void restoresAContactTheSyncArchivedWhenItsReasonClears() {
    ContactState archived = archived(StatusReason.DECEASED, StatusSetBy.SYNC);

    Decision decision = decide(Contacts.ada().build(), Optional.of(archived));

    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.type()).isEqualTo(ChangeType.RESTORE);
    assertThat(diff.reason()).hasValue(StatusReason.DECEASED);
    assertThat(diff.explanation()).first().isEqualTo("Restored: the deceased indicator cleared.");
    assertThat(decision.state().orElseThrow().status()).isEqualTo(ContactStatus.ACTIVE);
  }

  @Test
  void leavesAContactAPersonArchivedAlone() {
    ContactState archived = synced(c -> c).archivedByPerson();

    Decision decision = decide(Contacts.ada().firstName("Augusta").build(), Optional.of(archived));

    assertThat(decision.action()).isEqualTo(Decision.Action.SKIP);
    assertThat(decision.skip()).hasValue(ContactSkipReason.STATUS_SET_BY_PERSON);
    assertThat(decision.state().orElseThrow().status()).isEqualTo(ContactStatus.ARCHIVED);
  }

  @Test
  void updatesButNeverArchivesAContactAPersonRestored() {
    ContactState restored =
        archived(StatusReason.DELETED_IN_SALESFORCE, StatusSetBy.SYNC).restoredByPerson();

    Decision decision =
        decide(
            Contacts.ada().remoteWasDeleted(true).firstName("Augusta").build(),
            Optional.of(restored));

    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.type()).isEqualTo(ChangeType.UPDATE);
    assertThat(diff.contact().orElseThrow().status()).isEqualTo(ContactStatus.ACTIVE);
    assertThat(decision.state().orElseThrow().statusSetBy()).isEqualTo(StatusSetBy.PERSON);
  }

  @Test
  void keepsUnsubscribeWhenTheOptOutClears() {
    ContactState optedOut = synced(c -> c.putFields("HasOptedOutOfEmail", FieldValue.bool(true)));

    Decision decision = decide(Contacts.ada().build(), Optional.of(optedOut));

    assertThat(decision.action()).isEqualTo(Decision.Action.UNCHANGED);
    var contact = decision.contact().orElseThrow();
    assertThat(contact.tagNames()).endsWith("Unsubscribe");
    assertThat(contact.tags().get(contact.tags().size() - 1).source())
        .isEqualTo(Provenance.sticky());
  }

  @Test
  void removesUnsubscribeWhenTheSettingsAllowIt() {
    ContactState optedOut = synced(c -> c.putFields("HasOptedOutOfEmail", FieldValue.bool(true)));

    Decision decision =
        decide(
            Contacts.ada().build(),
            Optional.of(optedOut),
            Contacts.settings(DeceasedAction.ARCHIVE, true),
            2);

    assertThat(decision.diff().orElseThrow().tagsRemoved()).containsExactly("Unsubscribe");
  }

  @Test
  void holdsTheRemovalOfADeceasedContactWhenTheActionIsRemove() {
    SyncSettings remove = Contacts.settings(DeceasedAction.REMOVE, false);
    ContactState prev = synced(c -> c);

    Decision decision =
        decide(
            Contacts.ada().putFields("Deceased__c", FieldValue.bool(true)).build(),
            Optional.of(prev),
            remove,
            2);

    assertThat(decision.action()).isEqualTo(Decision.Action.HOLD);
    assertThat(decision.diff().orElseThrow().type()).isEqualTo(ChangeType.REMOVE);
    assertThat(decision.diff().orElseThrow().explanation())
        .first()
        .isEqualTo("Removed: deceased (Deceased__c = true).");
  }

  @Test
  void aRemovedContactStaysRemovedUntilItsReasonClears() {
    SyncSettings remove = Contacts.settings(DeceasedAction.REMOVE, false);
    ContactState removed =
        ContactState.builder()
            .from(synced(c -> c))
            .status(ContactStatus.REMOVED)
            .statusReason(StatusReason.DECEASED)
            .build();
    SourceContact deceased =
        Contacts.ada().putFields("Deceased__c", FieldValue.bool(true)).firstName("Augusta").build();

    assertThat(decide(deceased, Optional.of(removed), remove, 2).action())
        .isEqualTo(Decision.Action.UNCHANGED);
    assertThat(
            decide(Contacts.ada().build(), Optional.of(removed), remove, 2)
                .diff()
                .orElseThrow()
                .type())
        .isEqualTo(ChangeType.RESTORE);
  }

  @Test
  void aRemovalTakesEveryTagAndKeyFactTheSyncWroteOffWithTheContact() {
    SyncSettings remove = Contacts.settings(DeceasedAction.REMOVE, false);

    Decision decision =
        decide(
            Contacts.ada().putFields("Deceased__c", FieldValue.bool(true)).build(),
            Optional.of(synced(c -> c)),
            remove,
            2);

    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.tagsAdded()).isEmpty();
    assertThat(diff.tagsRemoved())
        .containsExactly("Salesforce", "Interests: Golf", "Interests: Opera");
    assertThat(diff.keyFactsAdded()).isEmpty();
    assertThat(diff.keyFactsRemoved())
        .containsExactly(OwnedKeyFact.of("Birthdate", LocalDate.of(1815, 12, 10)));
    assertThat(diff.explanation())
        .containsExactly("Removed: deceased (Deceased__c = true).", "Changed: STATUS.");
    ContactState after = decision.stateAfter().orElseThrow();
    assertThat(after.ownedTags()).isEmpty();
    assertThat(after.ownedKeyFacts()).isEmpty();
  }

  @Test
  void aRestoreOfARemovedContactAddsEveryTagAndKeyFactAsACreateDoes() {
    SyncSettings remove = Contacts.settings(DeceasedAction.REMOVE, false);
    ContactState removed =
        decide(
                Contacts.ada().putFields("Deceased__c", FieldValue.bool(true)).build(),
                Optional.of(synced(c -> c)),
                remove,
                2)
            .stateAfter()
            .orElseThrow();

    DiffDraft diff =
        decide(Contacts.ada().build(), Optional.of(removed), remove, 3).diff().orElseThrow();

    assertThat(diff.type()).isEqualTo(ChangeType.RESTORE);
    assertThat(diff.tagsAdded())
        .containsExactly("Salesforce", "Interests: Golf", "Interests: Opera");
    assertThat(diff.tagsRemoved()).isEmpty();
    assertThat(diff.keyFactsAdded())
        .extracting(f -> f.date())
        .containsExactly(LocalDate.of(1815, 12, 10));
    assertThat(diff.keyFactsRemoved()).isEmpty();
  }

  @Test
  void aRestoreOfAContactRemovedWhileItsStateKeptItsTagsStillAddsThemAll() {
    SyncSettings remove = Contacts.settings(DeceasedAction.REMOVE, false);
    ContactState removed =
        ContactState.builder()
            .from(synced(c -> c))
            .status(ContactStatus.REMOVED)
            .statusReason(StatusReason.DECEASED)
            .build();

    DiffDraft diff =
        decide(
                Contacts.ada().putFields("Interests__c", FieldValue.text("Golf")).build(),
                Optional.of(removed),
                remove,
                2)
            .diff()
            .orElseThrow();

    assertThat(diff.tagsAdded()).containsExactly("Salesforce", "Interests: Golf");
    assertThat(diff.tagsRemoved()).containsExactly("Interests: Opera");
    assertThat(diff.keyFactsAdded()).hasSize(1);
  }

  @Test
  void anOptOutOutlivesARemovalAndItsRestore() {
    SyncSettings remove = Contacts.settings(DeceasedAction.REMOVE, false);
    ContactState optedOut = synced(c -> c.putFields("HasOptedOutOfEmail", FieldValue.bool(true)));
    Decision removal =
        decide(
            Contacts.ada().putFields("Deceased__c", FieldValue.bool(true)).build(),
            Optional.of(optedOut),
            remove,
            2);

    assertThat(removal.diff().orElseThrow().tagsRemoved()).doesNotContain("Unsubscribe");
    assertThat(removal.stateAfter().orElseThrow().ownedTags()).containsExactly("Unsubscribe");
    DiffDraft restore =
        decide(Contacts.ada().build(), removal.stateAfter(), remove, 3).diff().orElseThrow();
    assertThat(restore.tagsAdded()).contains("Salesforce", "Unsubscribe");
  }

  @Test
  void aPersonsTagIsNeitherAddedNorRemovedNorOwnedAndIsForgottenWhenNoLongerProduced() {
    ContactState prev =
        ContactState.builder()
            .from(synced(c -> c))
            .ownedTags(List.of("Salesforce", "Interests: Opera"))
            .personTags(List.of("Interests: Golf"))
            .build();

    Decision stillGolf = decide(Contacts.ada().firstName("Augusta").build(), Optional.of(prev));
    Decision noGolf =
        decide(
            Contacts.ada().putFields("Interests__c", FieldValue.text("Opera")).build(),
            Optional.of(prev));

    assertThat(stillGolf.diff().orElseThrow().tagsAdded()).isEmpty();
    assertThat(stillGolf.state().orElseThrow().ownedTags())
        .containsExactly("Salesforce", "Interests: Opera");
    assertThat(stillGolf.state().orElseThrow().personTags()).containsExactly("Interests: Golf");
    assertThat(noGolf.diff().orElseThrow().tagsRemoved()).isEmpty();
    assertThat(noGolf.state().orElseThrow().personTags()).isEmpty();
  }

  @Test
  void holdsAnArchiveWithoutAContactForOneMergeNoLongerReturns() {
    ContactState prev = synced(c -> c);

    Decision decision = new Reconciler(Contacts.settings()).missing(prev, 2);

    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.type()).isEqualTo(ChangeType.ARCHIVE);
    assertThat(diff.contact()).isEmpty();
    assertThat(diff.reason()).hasValue(StatusReason.MISSING_FROM_SOURCE);
    ContactState after = decision.stateAfter().orElseThrow();
    assertThat(after.status()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(Fingerprints.differences(prev.fingerprint(), after.fingerprint()))
        .containsExactly(ContactField.STATUS);
  }

  @Test
  void updatesAContactWithAnUnreadableValueLeavingOnlyThatValueOut() {
    ContactState prev = synced(c -> c);

    Decision decision =
        decide(
            Contacts.ada()
                .putFields("Title", FieldValue.text("Duchess"))
                .putFields("Birthdate", FieldValue.invalid("2023-02-30", "no such day"))
                .build(),
            Optional.of(prev));

    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.type()).isEqualTo(ChangeType.UPDATE);
    assertThat(diff.changedFields())
        .containsExactlyInAnyOrder(ContactField.JOB_TITLE, ContactField.KEY_FACTS);
    assertThat(diff.contact().orElseThrow().jobTitle()).hasValue("Duchess");
    assertThat(diff.contact().orElseThrow().keyFacts()).isEmpty();
  }

  @Test
  void doesNotCreateANewContactWhoseDeceasedIndicatorCannotBeRead() {
    Decision decision =
        decide(
            Contacts.ada().putFields("Deceased__c", FieldValue.text("maybe")).build(),
            Optional.empty());

    assertThat(decision.action()).isEqualTo(Decision.Action.SKIP);
    assertThat(decision.skip()).hasValue(ContactSkipReason.INVALID_FIELD_VALUE);
    assertThat(decision.state()).isEmpty();
    ContactProblem problem = decision.problem().orElseThrow();
    assertThat(problem.field()).hasValue("Deceased__c");
    assertThat(problem.salesforceId()).hasValue(ID);
    assertThat(problem.message())
        .isEqualTo(
            "Deceased__c holds \"maybe\", which is not true or"
                + " false; the CHECKBOX field is used as the deceased indicator: a new contact is not"
                + " created and an existing one keeps its status.");
  }

  @Test
  void doesNotCreateANewContactWhoseOptOutIndicatorCannotBeRead() {
    Decision decision =
        decide(
            Contacts.ada()
                .putFields(
                    "HasOptedOutOfEmail", FieldValue.invalid("{\"a\":1}", "expected true or false"))
                .build(),
            Optional.empty());

    assertThat(decision.skip()).hasValue(ContactSkipReason.INVALID_FIELD_VALUE);
    assertThat(decision.problem().orElseThrow().field()).hasValue("HasOptedOutOfEmail");
  }

  @Test
  void anArchivedContactKeepsItsStatusWhileItsDeceasedIndicatorCannotBeReadAndItsFieldsUpdate() {
    ContactState prev = archived(StatusReason.DECEASED, StatusSetBy.SYNC);

    Decision decision =
        decide(
            Contacts.ada()
                .putFields("Deceased__c", FieldValue.text("maybe"))
                .putFields("Title", FieldValue.text("Duchess"))
                .build(),
            Optional.of(prev));

    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.type()).isEqualTo(ChangeType.UPDATE);
    assertThat(diff.contact().orElseThrow().status()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(diff.contact().orElseThrow().statusReason()).hasValue(StatusReason.DECEASED);
    assertThat(diff.contact().orElseThrow().jobTitle()).hasValue("Duchess");
    assertThat(diff.explanation())
        .contains("Keeps its status ARCHIVED: Deceased__c cannot be read.");
    assertThat(decision.state().orElseThrow().status()).isEqualTo(ContactStatus.ARCHIVED);
  }

  @Test
  void anActiveContactStaysActiveWhileItsDeceasedIndicatorCannotBeRead() {
    ContactState prev = synced(c -> c);

    Decision decision =
        decide(
            Contacts.ada().putFields("Deceased__c", FieldValue.text("maybe")).build(),
            Optional.of(prev));

    assertThat(decision.action()).isEqualTo(Decision.Action.UNCHANGED);
    assertThat(decision.state().orElseThrow().status()).isEqualTo(ContactStatus.ACTIVE);
  }

  @Test
  void aRemovedContactStaysRemovedWhileItsDeceasedIndicatorCannotBeRead() {
    ContactState prev =
        ContactState.builder()
            .from(archived(StatusReason.DECEASED, StatusSetBy.SYNC))
            .status(ContactStatus.REMOVED)
            .build();

    Decision decision =
        decide(
            Contacts.ada().putFields("Deceased__c", FieldValue.text("?")).build(),
            Optional.of(prev),
            Contacts.settings(DeceasedAction.REMOVE, false),
            2);

    assertThat(decision.action()).isEqualTo(Decision.Action.UNCHANGED);
    assertThat(decision.diff()).isEmpty();
  }

  @Test
  void keepsUnsubscribeWhileTheOptOutCannotBeReadEvenWhenTheSettingsAllowItsRemoval() {
    ContactState prev = synced(c -> c.putFields("HasOptedOutOfEmail", FieldValue.bool(true)));

    Decision decision =
        decide(
            Contacts.ada()
                .putFields("HasOptedOutOfEmail", FieldValue.text("n/a"))
                .putFields("Title", FieldValue.text("Duchess"))
                .build(),
            Optional.of(prev),
            Contacts.settings(DeceasedAction.ARCHIVE, true),
            2);

    DiffDraft diff = decision.diff().orElseThrow();
    assertThat(diff.tagsRemoved()).isEmpty();
    assertThat(diff.contact().orElseThrow().tagNames()).endsWith("Unsubscribe");
    assertThat(diff.contact().orElseThrow().jobTitle()).hasValue("Duchess");
    assertThat(diff.explanation())
        .contains("Keeps tag \"Unsubscribe\": HasOptedOutOfEmail cannot be read.");
  }

  @Test
  void addsNoUnsubscribeWhileTheOptOutCannotBeRead() {
    ContactState prev = synced(c -> c);

    Decision decision =
        decide(
            Contacts.ada().putFields("HasOptedOutOfEmail", FieldValue.text("n/a")).build(),
            Optional.of(prev));

    assertThat(decision.action()).isEqualTo(Decision.Action.UNCHANGED);
    assertThat(decision.state().orElseThrow().ownedTags()).doesNotContain("Unsubscribe");
  }

  private static ContactState archived(StatusReason reason, StatusSetBy by) {
    return ContactState.builder()
        .from(synced(c -> c))
        .status(ContactStatus.ARCHIVED)
        .statusReason(reason)
        .statusSetBy(by)
        .build();
  }
}
