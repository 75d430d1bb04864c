package ai.levitate.sf.testkit.junit5;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.spi.BrakeDecision;
import ai.levitate.sf.core.spi.BrakeReason;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import ai.levitate.sf.core.spi.ReadPosition;
import ai.levitate.sf.core.spi.RunCounts;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import ai.levitate.sf.core.spi.SyncWatermark;
import ai.levitate.sf.core.spi.UnreadRecords;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Contact states, changes and run states with every part set, for the contract tests. */
final class StateSamples {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00.123456Z");

  /**
   * Salesforce ids whose Java order (upper case before lower case) differs from a case-insensitive
   * or locale-aware order, so a database that sorts by collation shows.
   */
  static final List<String> IDS =
      List.of(
          "0035e00000Abc01AAA",
          "0035e00000Abc01aaa",
          "0035e00000ABc02AAA",
          "0035e00000abc03AAA",
          "0035e00000Abc04AAZ",
          "0035e00000Abc04AAa",
          "0035e00000_bc05AAA",
          "0035e00000Zbc06AAA",
          "0035e00000zbc07AAA",
          "0035e000001bc08AAA");

  private StateSamples() {}

  /** Every item a paged list holds, read page by page with the last id of each as {@code after}. */
  static <T> List<T> readAll(Function<Optional<String>, List<T>> page, Function<T, String> id) {
    List<T> all = new ArrayList<>();
    Optional<String> after = Optional.empty();
    List<T> items;
    do {
      items = page.apply(after);
      all.addAll(items);
      after = items.isEmpty() ? after : Optional.of(id.apply(items.get(items.size() - 1)));
    } while (!items.isEmpty());
    return all;
  }

  /**
   * State {@code i}: accounts, owners, statuses and runs spread so that every filter splits them.
   */
  static ContactState state(int i) {
    String id = IDS.get(i);
    var state =
        ContactState.builder()
            .salesforceId(id)
            .mergeId("merge-" + i)
            .fingerprint("fp-" + i + "-ä")
            .addOwnedTags(LevitateContact.SALESFORCE_TAG, "Interests: Golf " + i)
            .addOwnedKeyFacts(OwnedKeyFact.of("Birthday", LocalDate.of(1980, 2, 29).plusDays(i)))
            .lastSeenRun(1 + i % 4);
    if (i % 3 != 2) {
      state.accountMergeId("account-" + (i % 3)).accountName("The Nguyễn Household " + (i % 3));
      if (i % 3 == 0) {
        state.accountType("Household");
      }
    }
    if (i % 2 == 0) {
      state.ownerMergeId("owner-" + (i % 4));
    }
    if (i % 5 == 1) {
      state.status(ContactStatus.ARCHIVED).statusReason(StatusReason.DELETED_IN_SALESFORCE);
    }
    if (i % 5 == 3) {
      state.status(ContactStatus.ARCHIVED).statusSetBy(StatusSetBy.PERSON);
    }
    if (i % 7 == 4) {
      state.status(ContactStatus.REMOVED).statusReason(StatusReason.DECEASED).heldInRun(3L);
    }
    if (i % 6 == 5) {
      // Restored by a person while deceased and deleted in Salesforce.
      state
          .status(ContactStatus.ACTIVE)
          .statusReason(Optional.empty())
          .statusSetBy(StatusSetBy.PERSON)
          .restoredAgainst(Set.of(StatusReason.DECEASED, StatusReason.DELETED_IN_SALESFORCE));
    }
    return state.build();
  }

  static List<ContactState> states() {
    List<ContactState> all = new ArrayList<>();
    for (int i = 0; i < IDS.size(); i++) {
      all.add(state(i));
    }
    return all;
  }

  static LevitateContact contact(String salesforceId, String mergeId) {
    return LevitateContact.builder()
        .salesforceId(salesforceId)
        .mergeId(mergeId)
        .firstName("Zoë")
        .lastName("O'Neil")
        .greetingName("Zoë")
        .addKeyFacts(
            KeyFact.of(
                "Birthday",
                LocalDate.of(1980, 2, 29),
                Provenance.salesforceField("Birthdate", "1980-02-29")))
        .addTags(
            Tag.of(LevitateContact.SALESFORCE_TAG, Provenance.constant()),
            Tag.of("Interests: Golf", Provenance.salesforceField("Interests__c", "Golf")))
        .build();
  }

  static HeldChange held(int i, long run) {
    ContactState before = state(i);
    ContactState after =
        ContactState.builder()
            .from(before)
            .status(ContactStatus.ARCHIVED)
            .statusReason(StatusReason.DELETED_IN_SALESFORCE)
            .statusSetBy(StatusSetBy.SYNC)
            .heldInRun(run)
            .lastSeenRun(run)
            .build();
    return HeldChange.builder()
        .heldInRun(run)
        .stateAfter(after)
        .type(ChangeType.ARCHIVE)
        .salesforceId(before.salesforceId())
        .mergeId(before.mergeId())
        .contact(
            LevitateContact.builder()
                .from(contact(before.salesforceId(), before.mergeId()))
                .status(ContactStatus.ARCHIVED)
                .statusReason(StatusReason.DELETED_IN_SALESFORCE)
                .statusSource(Provenance.mergeModel("remote_was_deleted", "true"))
                .build())
        .reason(StatusReason.DELETED_IN_SALESFORCE)
        .addExplanation("Salesforce deleted the contact.")
        .build();
  }

  static ContactChange create(String runId, long position, ContactState state) {
    return ContactChange.builder()
        .runId(runId)
        .position(position)
        .type(ChangeType.CREATE)
        .salesforceId(state.salesforceId())
        .mergeId(state.mergeId())
        .contact(contact(state.salesforceId(), state.mergeId()))
        .addTagsAdded(LevitateContact.SALESFORCE_TAG, "Interests: Golf")
        .build();
  }

  /** A change of {@code type} to the contact of {@code state}, adding {@code tags}. */
  static ContactChange change(
      String runId, long position, ChangeType type, ContactState state, List<String> tags) {
    return ContactChange.builder()
        .runId(runId)
        .position(position)
        .type(type)
        .salesforceId(state.salesforceId())
        .mergeId(state.mergeId())
        .contact(contact(state.salesforceId(), state.mergeId()))
        .tagsAdded(tags)
        .build();
  }

  /** A run state with a watermark and a checkpoint that has every part set. */
  static RunState runState(long run) {
    ContactQuery template = ContactQuery.builder().modifiedBefore(T0).pageSize(50).build();
    SyncCheckpoint checkpoint =
        SyncCheckpoint.builder()
            .runNumber(run)
            .kind(RunKind.FULL_RECONCILIATION)
            .requestedKind(RunKind.INCREMENTAL)
            .kindReason("the settings changed")
            .startedAt(T0)
            .settingsFingerprint("settings-ü")
            .knownAtStart(3_000)
            .expectedContacts(3_100L)
            .addPositions(
                ReadPosition.of(
                    ReadPosition.Purpose.ALL,
                    ContactQuery.builder()
                        .from(template)
                        .cursor("cD0yMDI2LTAxLTA1")
                        .createdAfter(T0.minusSeconds(9))
                        .build()))
            .addPositions(
                ReadPosition.builder()
                    .purpose(ReadPosition.Purpose.BY_ID)
                    .query(template)
                    .addRemoteIds(IDS.get(0), IDS.get(1))
                    .idsRead(1)
                    .build())
            .addPositions(
                ReadPosition.builder()
                    .purpose(ReadPosition.Purpose.BY_MERGE_ID)
                    .query(template)
                    .addRemoteIds("merge-7")
                    .build())
            .unread(
                UnreadRecords.builder().addSalesforceIds(IDS.get(3)).addMergeIds("merge-ü").build())
            .sweepAfter(IDS.get(2))
            .sweepLookups(false)
            .brake(
                BrakeDecision.builder()
                    .tripped(true)
                    .addReasons(BrakeReason.TOO_MANY_ARCHIVES)
                    .changes(400)
                    .known(3_000)
                    .read(2_600)
                    .maxShare(0.1)
                    .maxCount(250)
                    .build())
            .counts(
                RunCounts.builder()
                    .created(1)
                    .updated(2)
                    .archived(4)
                    .putSkipped(ContactSkipReason.SHELL_RECORD, 8L)
                    .contactsRead(11)
                    .pages(2)
                    .build())
            .changesEmitted(21)
            .resumes(1)
            .build();
    return RunState.builder()
        .runsStarted(run)
        .watermark(
            SyncWatermark.builder()
                .runNumber(run - 1)
                .kind(RunKind.INITIAL)
                .startedAt(T0.minusSeconds(3600))
                .finishedAt(T0.minusSeconds(3000))
                .settingsFingerprint("settings-ü")
                .outcome(RunOutcome.COMPLETED)
                .lastFullPassFinishedAt(T0.minusSeconds(3000))
                .unread(UnreadRecords.builder().addSalesforceIds(IDS.get(2)).build())
                .build())
        .checkpoint(checkpoint)
        .build();
  }

  /** The first batch of run {@code run}: creates every sample state and holds two changes. */
  static SyncBatch firstBatch(long run, long fencingToken) {
    var batch =
        SyncBatch.builder().runId("run-" + run).fencingToken(fencingToken).runState(runState(run));
    List<ContactState> states = states();
    for (int i = 0; i < states.size(); i++) {
      batch.addChanges(create("run-" + run, i, states.get(i)));
    }
    return batch.states(states).addHeldAdded(held(0, run), held(5, run)).build();
  }
}
