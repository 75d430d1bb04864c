package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Owner;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.spi.BrakeDecision;
import ai.levitate.sf.core.spi.BrakeReason;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactField;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.FieldProblemCount;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import ai.levitate.sf.core.spi.ReadPosition;
import ai.levitate.sf.core.spi.RunCounts;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.RunPhase;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import ai.levitate.sf.core.spi.SyncWatermark;
import ai.levitate.sf.core.spi.UnreadRecords;
import ai.levitate.sf.core.writeback.LedgerEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SyncStateJsonTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00.123456Z");

  @Test
  void anInitialRunStateRoundTrips() {
    assertThat(LevitateJson.writeRunState(RunState.initial()))
        .isEqualTo("{\"formatVersion\":2,\"runsStarted\":0}");
    assertThat(LevitateJson.readRunState("{\"runsStarted\":0}")).isEqualTo(RunState.initial());
  }

  @Test
  void aRunStateWithEveryPartRoundTrips() {
    RunState state =
        RunState.builder()
            .runsStarted(7)
            .watermark(
                SyncWatermark.builder()
                    .runNumber(6)
                    .kind(RunKind.INCREMENTAL)
                    .startedAt(T0)
                    .finishedAt(T0.plusSeconds(40))
                    .settingsFingerprint("s-1")
                    .outcome(RunOutcome.BRAKED)
                    .lastFullPassFinishedAt(T0.minusSeconds(86_400))
                    .unread(
                        UnreadRecords.builder()
                            .addSalesforceIds("0035e00000Abc14AAA")
                            .addMergeIds("m-14")
                            .build())
                    .build())
            .checkpoint(checkpoint())
            .build();

    String json = LevitateJson.writeRunState(state);

    assertThat(LevitateJson.readRunState(json)).isEqualTo(state);
    assertThat(LevitateJson.writeRunState(LevitateJson.readRunState(json))).isEqualTo(json);
  }

  @Test
  void aCheckpointWithoutFieldProblemsLeavesTheirKeyOutForWorkersThatDoNotKnowIt() {
    RunState state =
        RunState.builder()
            .runsStarted(1)
            .checkpoint(
                SyncCheckpoint.builder().from(checkpoint()).counts(RunCounts.zero()).build())
            .build();

    String json = LevitateJson.writeRunState(state);

    assertThat(json).doesNotContain("fieldProblems");
    assertThat(LevitateJson.readRunState(json)).isEqualTo(state);
  }

  @Test
  void anApprovalCheckpointRoundTripsWithTheRunItApproves() {
    RunState state =
        RunState.builder()
            .runsStarted(9)
            .checkpoint(
                SyncCheckpoint.builder()
                    .runNumber(9)
                    .kind(RunKind.HELD_DECISION)
                    .requestedKind(RunKind.HELD_DECISION)
                    .approvedRun(7L)
                    .startedAt(T0)
                    .settingsFingerprint("s-2")
                    .knownAtStart(40)
                    .phase(RunPhase.RELEASE)
                    .build())
            .build();

    String json = LevitateJson.writeRunState(state);

    assertThat(json).contains("\"approvedRun\":7");
    assertThat(LevitateJson.readRunState(json)).isEqualTo(state);
  }

  @Test
  void contactStatesRoundTripWithAndWithoutTheirOptionalParts() {
    ContactState plain =
        ContactState.builder()
            .salesforceId("0035e00000Abc12AAA")
            .mergeId("m-1")
            .fingerprint("f")
            .lastSeenRun(1)
            .build();
    ContactState full =
        ContactState.builder()
            .from(plain)
            .addOwnedTags("Salesforce", "Interests: Golf")
            .addOwnedKeyFacts(OwnedKeyFact.of("Birthday", LocalDate.of(1980, 2, 29)))
            .status(ContactStatus.ARCHIVED)
            .statusReason(StatusReason.DECEASED)
            .addPersonTags("VIP")
            .addPersonKeyFacts(OwnedKeyFact.of("Anniversary", LocalDate.of(2001, 6, 1)))
            .accountMergeId("a-1")
            .ownerMergeId("u-1")
            .heldInRun(4L)
            .version(7)
            .build();

    assertThat(LevitateJson.readContactState(LevitateJson.writeContactState(plain)))
        .isEqualTo(plain);
    assertThat(LevitateJson.readContactState(LevitateJson.writeContactState(full))).isEqualTo(full);
    assertThat(
            LevitateJson.readContactState(LevitateJson.writeContactState(plain.archivedByPerson())))
        .isEqualTo(plain.archivedByPerson());
  }

  @Test
  void aContactStateKeepsItsAccountAndWhatAPersonsRestoreWasAgainst() {
    ContactState archived =
        ContactState.builder()
            .salesforceId("0035e00000Abc12AAA")
            .mergeId("m-1")
            .fingerprint("f")
            .lastSeenRun(3)
            .status(ContactStatus.ARCHIVED)
            .statusReason(StatusReason.DECEASED)
            .accountMergeId("a-1")
            .accountName("The Smith Household")
            .accountType("Household")
            .build();
    ContactState restored = archived.restoredByPerson();

    String json = LevitateJson.writeContactState(restored);

    assertThat(restored.restoredAgainst()).containsExactly(StatusReason.DECEASED);
    assertThat(json)
        .contains(
            "\"accountName\":\"The Smith Household\",\"accountType\":"
                + "\"Household\",\"restoredAgainst\":[\"DECEASED\"]");
    assertThat(LevitateJson.readContactState(json)).isEqualTo(restored);
    assertThat(
            LevitateJson.writeContactState(
                ContactState.builder()
                    .from(archived)
                    .accountName(java.util.Optional.empty())
                    .accountType(java.util.Optional.empty())
                    .build()))
        .as("left out when empty, as states written before them")
        .doesNotContain("accountName")
        .doesNotContain("accountType")
        .doesNotContain("restoredAgainst");
  }

  @Test
  void aChangeRoundTripsWithItsContactAndDifferences() {
    ContactChange change =
        ContactChange.builder()
            .runId("run-3")
            .position(41)
            .type(ChangeType.UPDATE)
            .salesforceId("0035e00000Abc12AAA")
            .mergeId("m-1")
            .contact(contact())
            .addChangedFields(ContactField.TAGS, ContactField.FIRST_NAME, ContactField.KEY_FACTS)
            .addTagsAdded("Interests: Golf")
            .addTagsRemoved("Interests: Chess")
            .addKeyFactsAdded(
                KeyFact.of(
                    "Birthday",
                    LocalDate.of(1980, 2, 29),
                    Provenance.salesforceField("Birthdate", "1980-02-29")))
            .addKeyFactsRemoved(OwnedKeyFact.of("Anniversary", LocalDate.of(2001, 6, 1)))
            .addExplanation("Interests__c = Golf adds the tag Interests: Golf.")
            .build();

    String json = LevitateJson.writeChange(change);

    assertThat(json)
        .startsWith(
            "{\"formatVersion\":1,\"runId\":\"run-3\",\"position\":41,\"type\":\"UPDATE\",");
    assertThat(LevitateJson.readChange(json)).isEqualTo(change);
    // The contact inside is the contact's own line, byte for byte, less its format version.
    assertThat(json)
        .contains(
            ",\"contact\":{"
                + LevitateJson.writeContact(contact()).substring("{\"formatVersion\":1,".length())
                + ",\"changedFields\":");
  }

  @Test
  void anArchiveOfAMissingContactCarriesNoContact() {
    ContactChange change =
        ContactChange.builder()
            .runId("run-2")
            .position(0)
            .type(ChangeType.ARCHIVE)
            .salesforceId("0035e00000Abc12AAA")
            .mergeId("m-1")
            .reason(StatusReason.MISSING_FROM_SOURCE)
            .build();

    assertThat(LevitateJson.writeChange(change)).doesNotContain("\"contact\"");
    assertThat(LevitateJson.readChange(LevitateJson.writeChange(change))).isEqualTo(change);
  }

  @Test
  void aHeldChangeRoundTripsWithTheStateItLeadsTo() {
    ContactState after =
        ContactState.builder()
            .salesforceId("0035e00000Abc12AAA")
            .mergeId("m-1")
            .fingerprint("f2")
            .lastSeenRun(5)
            .status(ContactStatus.REMOVED)
            .statusReason(StatusReason.DECEASED)
            .build();
    HeldChange held =
        HeldChange.builder()
            .heldInRun(5)
            .stateAfter(after)
            .type(ChangeType.REMOVE)
            .salesforceId("0035e00000Abc12AAA")
            .mergeId("m-1")
            .contact(
                LevitateContact.builder()
                    .from(contact())
                    .status(ContactStatus.REMOVED)
                    .statusReason(StatusReason.DECEASED)
                    .statusSource(Provenance.salesforceField("Deceased__c", "true"))
                    .build())
            .reason(StatusReason.DECEASED)
            .addChangedFields(ContactField.STATUS)
            .addExplanation("Deceased__c = true removes the contact.")
            .build();

    assertThat(LevitateJson.readHeldChange(LevitateJson.writeHeldChange(held))).isEqualTo(held);
  }

  @Test
  void aLedgerEntryRoundTrips() {
    LedgerEntry entry =
        LedgerEntry.builder()
            .activityId("act-1")
            .version(2)
            .type(ActivityType.PHONE_CALL)
            .state(LedgerEntry.State.SENDING)
            .idempotencyKey("levitate-act-1-v2")
            .reference("[levitate:act-1:v2]")
            .title("Phone call")
            .body("Talked for 12 minutes; café ☕ next week.")
            .mergeContactId("m-1")
            .attempts(3)
            .addProblems("HTTP 503")
            .updatedAt(T0)
            .build();
    LedgerEntry written =
        LedgerEntry.builder()
            .from(entry)
            .state(LedgerEntry.State.WRITTEN)
            .noteId("n-9")
            .problems(List.of())
            .build();

    assertThat(LevitateJson.readLedgerEntry(LevitateJson.writeLedgerEntry(entry))).isEqualTo(entry);
    assertThat(LevitateJson.readLedgerEntry(LevitateJson.writeLedgerEntry(written)))
        .isEqualTo(written);
  }

  @Test
  void stateMistakesNameTheKey() {
    assertThatThrownBy(() -> LevitateJson.readRunState("{\"runsStarted\":\"7\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("run state key \"runsStarted\" must be a whole number, was a string");
    assertThatThrownBy(
            () ->
                LevitateJson.readRunState(
                    "{\"watermark\":{\"runNumber\":1,"
                        + "\"kind\":\"INITIAL\",\"startedAt\":\"yesterday\"}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "run state key \"watermark.startedAt\" must be an instant (ISO 8601 in UTC),"
                + " was \"yesterday\"");
    assertThatThrownBy(
            () ->
                LevitateJson.readContactState(
                    "{\"salesforceId\":\"003\","
                        + "\"mergeId\":\"m\",\"fingerprint\":\"f\",\"lastSeenRun\":1,\"colour\":\"red\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown contact state key \"colour\"");
    assertThatThrownBy(() -> LevitateJson.readLedgerEntry("{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ledger entry key \"activityId\" is required");
  }

  private static SyncCheckpoint checkpoint() {
    ContactQuery template = ContactQuery.builder().modifiedBefore(T0).pageSize(50).build();
    return SyncCheckpoint.builder()
        .runNumber(7)
        .kind(RunKind.FULL_RECONCILIATION)
        .requestedKind(RunKind.INCREMENTAL)
        .kindReason("the settings changed")
        .startedAt(T0)
        .settingsFingerprint("s-2")
        .knownAtStart(3_000)
        .expectedContacts(3_200L)
        .phase(RunPhase.RELEASE)
        .addPositions(
            ReadPosition.of(
                ReadPosition.Purpose.ALL,
                ContactQuery.builder()
                    .from(template)
                    .cursor("cD0yMDI2")
                    .createdAfter(T0.minusSeconds(9))
                    .createdBefore(T0.minusSeconds(1))
                    .build()))
        .addPositions(
            ReadPosition.builder()
                .purpose(ReadPosition.Purpose.ACCOUNT)
                .query(
                    ContactQuery.builder()
                        .from(template)
                        .accountId("a-7")
                        .includeDeleted(false)
                        .modifiedAfter(T0.minusSeconds(3600))
                        .build())
                .done(true)
                .build())
        .addPositions(
            ReadPosition.builder()
                .purpose(ReadPosition.Purpose.BY_ID)
                .query(template)
                .addRemoteIds("0035e00000Abc12AAA", "0035e00000Abc13AAA")
                .idsRead(1)
                .build())
        .addPositions(
            ReadPosition.builder()
                .purpose(ReadPosition.Purpose.BY_MERGE_ID)
                .query(ContactQuery.builder().from(template).mergeId("m-7").build())
                .addRemoteIds("m-7", "m-8")
                .build())
        .unread(UnreadRecords.builder().overflowed(true).build())
        .sweepAfter("0035e00000Abc12AAA")
        .sweepLookups(false)
        .sourceEmpty(true)
        .releaseAfter("0035e00000Abc11AAA")
        .mergeSyncState(SourceSyncStatus.State.PARTIALLY_SYNCED)
        .mergeSyncIncomplete(true)
        .brake(
            BrakeDecision.builder()
                .tripped(true)
                .addReasons(BrakeReason.TOO_MANY_ARCHIVES, BrakeReason.MERGE_SYNC_INCOMPLETE)
                .changes(400)
                .known(3_000)
                .read(2_600)
                .maxShare(0.1)
                .maxCount(250)
                .mergeSyncState(SourceSyncStatus.State.PARTIALLY_SYNCED)
                .build())
        .counts(
            RunCounts.builder()
                .created(1)
                .updated(2)
                .unchanged(3)
                .archived(4)
                .restored(5)
                .removed(6)
                .held(7)
                .putSkipped(ContactSkipReason.SHELL_RECORD, 8L)
                .putSkipped(ContactSkipReason.DUPLICATE_RECORD, 9L)
                .unassignedOwners(10)
                .contactsRead(11)
                .pages(12)
                .mergeRequests(13)
                .addFieldProblems(
                    FieldProblemCount.builder()
                        .field("Birthdate")
                        .kind(FieldProblem.Kind.TIME_IN_DATE_FIELD)
                        .count(2)
                        .addExamples(
                            FieldProblem.builder()
                                .salesforceId("0035e00000Abc12AAA")
                                .field("Birthdate")
                                .kind(FieldProblem.Kind.TIME_IN_DATE_FIELD)
                                .value("1980-05-14T10:00:00Z")
                                .message("Birthdate holds a time.")
                                .build())
                        .build())
                .addFieldProblems(
                    FieldProblemCount.builder()
                        .field("Interests__c")
                        .kind(FieldProblem.Kind.TAG_COLLISION)
                        .count(1)
                        .addExamples(
                            FieldProblem.builder()
                                .salesforceId("0035e00000Abc13AAA")
                                .field("Interests__c")
                                .kind(FieldProblem.Kind.TAG_COLLISION)
                                .value("a")
                                .otherValue("b")
                                .message("Two values cut to one tag.")
                                .build())
                        .build())
                .build())
        .changesEmitted(21)
        .resumes(2)
        .build();
  }

  private static LevitateContact contact() {
    return LevitateContact.builder()
        .salesforceId("0035e00000Abc12AAA")
        .mergeId("m-1")
        .firstName("Zoë")
        .lastName("O'Neil")
        .greetingName("Zoë")
        .addTags(Tag.of(LevitateContact.SALESFORCE_TAG, Provenance.constant()))
        .owner(
            Owner.builder()
                .salesforceUserId("0055e000001AbcD")
                .salesforceUserName("Ann Lee")
                .levitateUserId("lev-user-1")
                .build())
        .build();
  }
}
