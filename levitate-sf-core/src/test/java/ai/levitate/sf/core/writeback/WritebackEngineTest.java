package ai.levitate.sf.core.writeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.LeaseLostException;
import ai.levitate.sf.core.spi.NewerFormatException;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncLease;
import ai.levitate.sf.core.spi.SyncStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class WritebackEngineTest {
  private static final Instant AT = Instant.parse("2026-05-01T12:00:00Z");
  private static final String SF_CONTACT = "0035e00000AbCdEAAV";
  private static final String MERGE_CONTACT = "m-contact-1";

  private final FakeNoteWriter merge = new FakeNoteWriter();
  private final MapLedger ledger = new MapLedger();
  private ContactDirectory directory =
      id ->
          id.equals(SF_CONTACT)
              ? Optional.of(new ContactDirectory.SyncedContact(MERGE_CONTACT, false))
              : Optional.empty();

  private WritebackEngine engine(SyncSettings settings) {
    return WritebackEngine.builder()
        .noteWriter(merge)
        .ledger(ledger)
        .directory(directory)
        .settings(settings)
        .clock(Clock.fixed(AT, ZoneOffset.UTC))
        .build();
  }

  private WritebackEngine engine(ActivityType... enabled) {
    return engine(SyncSettings.builder().writeback(EnumSet.copyOf(List.of(enabled))).build());
  }

  @Test
  void buildNamesTheFirstMissingPartWithIllegalState() {
    WritebackEngine.Builder builder = WritebackEngine.builder();
    assertThatThrownBy(builder::build)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("noteWriter must be set to the account's NoteWriter.");
    builder.noteWriter(new FakeNoteWriter());
    assertThatThrownBy(builder::build)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("ledger must be set to the account's WritebackLedger.");
    builder.ledger(new MapLedger());
    assertThatThrownBy(builder::build)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("settings must be set to the account's SyncSettings.");
    builder.settings(SyncSettings.defaults());
    assertThat(builder.build()).isNotNull();
  }

  private static NoteActivity note(String id) {
    return NoteActivity.builder()
        .id(id)
        .levitateContactId("lev-c-1")
        .salesforceContactId(SF_CONTACT)
        .time(AT)
        .body("Spoke about " + id)
        .build();
  }

  private static List<Activity> oneOfEach() {
    return List.of(
        note("n-1"),
        EmailActivity.builder()
            .id("e-1")
            .levitateContactId("lev-c-1")
            .salesforceContactId(SF_CONTACT)
            .subject("Renewal")
            .body("Hello")
            .sender("a@firm.example")
            .addRecipients("c@example.com")
            .sentAt(AT)
            .build(),
        PhoneCallActivity.builder()
            .id("p-1")
            .levitateContactId("lev-c-1")
            .salesforceContactId(SF_CONTACT)
            .time(AT)
            .duration(Duration.ofMinutes(5))
            .build(),
        HandwrittenCardActivity.builder()
            .id("h-1")
            .levitateContactId("lev-c-1")
            .salesforceContactId(SF_CONTACT)
            .sentDate(LocalDate.of(2026, 4, 30))
            .message("Thank you")
            .build(),
        TextMessageActivity.builder()
            .id("t-1")
            .levitateContactId("lev-c-1")
            .salesforceContactId(SF_CONTACT)
            .direction(TextMessageActivity.Direction.SENT)
            .time(AT)
            .message("See you soon")
            .build());
  }

  @Test
  void writesOnlyTheEnabledTypes() {
    WritebackReport report =
        engine(ActivityType.NOTE, ActivityType.EMAIL).run(WritebackEngineTest::oneOfEach);

    assertThat(merge.requests)
        .extracting(r -> r.title())
        .containsExactly("Levitate note: Spoke about n-1", "Levitate email: Renewal");
    assertThat(merge.requests).allSatisfy(r -> assertThat(r.contactId()).isEqualTo(MERGE_CONTACT));
    assertThat(report.written()).isEqualTo(2);
    assertThat(report.skipped()).isEqualTo(Map.of(ActivitySkipReason.TYPE_DISABLED, 3L));
  }

  @Test
  void writesNothingWhenNoTypeIsEnabled() {
    WritebackReport report = engine(SyncSettings.defaults()).run(WritebackEngineTest::oneOfEach);

    assertThat(merge.requests).isEmpty();
    assertThat(report.skipped()).isEqualTo(Map.of(ActivitySkipReason.TYPE_DISABLED, 5L));
  }

  @Test
  void writesEveryTypeWhenAllAreEnabled() {
    WritebackReport report = engine(ActivityType.values()).run(WritebackEngineTest::oneOfEach);

    assertThat(report.written()).isEqualTo(5);
    assertThat(merge.notes).hasSize(5);
  }

  @Test
  void skipsContactsNotFromSalesforceAndContactsWhoseSalesforceRecordIsGone() {
    directory = id -> Optional.of(new ContactDirectory.SyncedContact("m-gone", true));
    NoteActivity local =
        NoteActivity.builder().id("n-2").levitateContactId("lev-c-2").time(AT).body("x").build();

    WritebackReport report = engine(ActivityType.NOTE).run(() -> List.of(local, note("n-3")));

    assertThat(merge.requests).isEmpty();
    assertThat(report.skipped())
        .isEqualTo(
            Map.of(
                ActivitySkipReason.NOT_FROM_SALESFORCE, 1L, ActivitySkipReason.CONTACT_GONE, 1L));
  }

  @Test
  void recordsASkipForAGoneContactInTheLedgerSoLaterRunsDoNotWeighItAgain() {
    directory = id -> Optional.of(new ContactDirectory.SyncedContact("m-gone", true));
    engine(ActivityType.NOTE).run(() -> List.of(note("n-30")));
    List<String> asked = new ArrayList<>();
    directory =
        id -> {
          asked.add(id);
          return Optional.of(new ContactDirectory.SyncedContact("m-gone", false));
        };

    WritebackReport again = engine(ActivityType.NOTE).run(() -> List.of(note("n-30")));

    assertThat(ledger.find("n-30", 1))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(LedgerEntry.State.SKIPPED);
              assertThat(e.attempts()).isZero();
              assertThat(e.mergeContactId()).isEqualTo("m-gone");
              assertThat(e.problems())
                  .containsExactly(
                      "Salesforce contact "
                          + SF_CONTACT
                          + " is gone"
                          + " (deleted, or no longer returned by Merge); the note was not written.");
            });
    assertThat(again.skipped()).isEqualTo(Map.of(ActivitySkipReason.CONTACT_GONE, 1L));
    assertThat(asked).isEmpty();
    assertThat(merge.requests).isEmpty();
  }

  @Test
  void anAttemptOfUnknownOutcomeIsNotRecordedAsSkippedWhenTheContactIsGoneSince() {
    merge.script.add(FakeNoteWriter.Outcome.FAILED);
    engine(ActivityType.NOTE).run(() -> List.of(note("n-33")));
    directory = id -> Optional.of(new ContactDirectory.SyncedContact(MERGE_CONTACT, true));

    WritebackReport report = engine(ActivityType.NOTE).run(() -> List.of(note("n-33")));

    assertThat(report.skipped()).isEqualTo(Map.of(ActivitySkipReason.CONTACT_GONE, 1L));
    assertThat(ledger.find("n-33", 1))
        .hasValueSatisfying(e -> assertThat(e.state()).isEqualTo(LedgerEntry.State.SENDING));
  }

  @Test
  void writesNotesForAContactTheSyncArchivedAsDeceased() {
    StatesOnly states = new StatesOnly();
    states.put(
        ContactState.builder()
            .salesforceId(SF_CONTACT)
            .mergeId(MERGE_CONTACT)
            .fingerprint("f")
            .lastSeenRun(1)
            .status(ContactStatus.ARCHIVED)
            .statusReason(StatusReason.DECEASED)
            .build());
    states.put(
        ContactState.builder()
            .salesforceId("0035e00000XyZabAAF")
            .mergeId("m-deleted")
            .fingerprint("f")
            .lastSeenRun(1)
            .status(ContactStatus.ARCHIVED)
            .statusReason(StatusReason.DELETED_IN_SALESFORCE)
            .build());
    directory = ContactDirectory.of(states);
    NoteActivity deleted =
        NoteActivity.builder().from(note("n-32")).salesforceContactId("0035e00000XyZabAAF").build();

    WritebackReport report = engine(ActivityType.NOTE).run(() -> List.of(note("n-31"), deleted));

    assertThat(report.written()).isEqualTo(1);
    assertThat(merge.requests)
        .singleElement()
        .satisfies(n -> assertThat(n.contactId()).isEqualTo(MERGE_CONTACT));
    assertThat(report.skipped()).isEqualTo(Map.of(ActivitySkipReason.CONTACT_GONE, 1L));
  }

  /** A sync store that holds contact states and nothing else, for {@link ContactDirectory#of}. */
  private static final class StatesOnly implements SyncStore {
    private final Map<String, ContactState> states = new HashMap<>();

    void put(ContactState state) {
      states.put(state.salesforceId(), state);
    }

    @Override
    public Map<String, ContactState> contacts(Collection<String> salesforceIds) {
      Map<String, ContactState> found = new HashMap<>();
      salesforceIds.forEach(
          id -> Optional.ofNullable(states.get(id)).ifPresent(s -> found.put(id, s)));
      return found;
    }

    @Override
    public RunState runState() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void commit(SyncBatch batch) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ContactState> contacts(ContactStateQuery query) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long count(ContactStateQuery query) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<HeldChange> heldChanges(HeldChangeQuery query) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void asksMergeForTheContactWhenTheSyncDoesNotKnowIt() {
    directory = ContactDirectory.empty();
    merge.mergeContacts.put(SF_CONTACT, "m-from-remote-id");
    NoteActivity unknown =
        NoteActivity.builder().from(note("n-5")).salesforceContactId("0035e00000ZzZzZAAA").build();

    WritebackReport report = engine(ActivityType.NOTE).run(() -> List.of(note("n-4"), unknown));

    assertThat(merge.requests)
        .singleElement()
        .satisfies(r -> assertThat(r.contactId()).isEqualTo("m-from-remote-id"));
    assertThat(report.skipped()).isEqualTo(Map.of(ActivitySkipReason.CONTACT_NOT_FOUND, 1L));
  }

  @Test
  void notesAreOwnedByTheMergeUserMappedToTheLevitateUser() {
    merge.mergeUsers.put("0055e000001AbcD", "m-user-7");
    SyncSettings settings =
        SyncSettings.builder()
            .addWriteback(ActivityType.NOTE)
            .putOwners("0055e000001AbcD", "lev-user-1")
            .build();
    NoteActivity mine =
        NoteActivity.builder().from(note("n-6")).levitateUserId("lev-user-1").build();
    NoteActivity unmapped =
        NoteActivity.builder().from(note("n-7")).levitateUserId("lev-user-2").build();

    engine(settings).run(() -> List.of(mine, unmapped));

    assertThat(merge.requests)
        .extracting(NoteRequest::ownerId)
        .containsExactly(Optional.of("m-user-7"), Optional.empty());
  }

  @Test
  void aLedgerEntryANewerLibraryWroteStopsTheRunBeforeAnyNoteIsSent() {
    WritebackLedger newer =
        new WritebackLedger() {
          @Override
          public Optional<LedgerEntry> find(String activityId, long version) {
            if (activityId.equals("n-2")) {
              throw new NewerFormatException("ledger entry", 2, 1);
            }
            return ledger.find(activityId, version);
          }

          @Override
          public void save(LedgerEntry entry) {
            ledger.save(entry);
          }
        };
    WritebackEngine engine =
        WritebackEngine.builder()
            .noteWriter(merge)
            .ledger(newer)
            .directory(directory)
            .settings(SyncSettings.builder().writeback(EnumSet.of(ActivityType.NOTE)).build())
            .clock(Clock.fixed(AT, ZoneOffset.UTC))
            .build();

    assertThatThrownBy(() -> engine.run(() -> List.of(note("n-1"), note("n-2"), note("n-3"))))
        .isInstanceOf(NewerFormatException.class);

    assertThat(merge.requests).as("only n-1 was sent").hasSize(1);
    assertThat(ledger.entries).containsOnlyKeys("n-1#1");
  }

  @Test
  void aWrittenActivityIsNeverSentAgain() {
    engine(ActivityType.NOTE).run(() -> List.of(note("n-8")));
    WritebackReport again = engine(ActivityType.NOTE).run(() -> List.of(note("n-8")));

    assertThat(merge.requests).hasSize(1);
    assertThat(again.alreadyWritten()).isEqualTo(1);
    assertThat(ledger.find("n-8", 1))
        .get()
        .satisfies(
            e -> {
              assertThat(e.state()).isEqualTo(LedgerEntry.State.WRITTEN);
              assertThat(e.noteId()).contains("note-1");
              assertThat(e.attempts()).isEqualTo(1);
            });
  }

  @Test
  void lostAnswerIsFoundByReferenceAfterARestartAndNotSentTwice() {
    merge.forgetKeys();
    merge.script.add(FakeNoteWriter.Outcome.STORED_ANSWER_LOST);
    WritebackReport first = engine(ActivityType.NOTE).run(() -> List.of(note("n-9")));
    merge.forgetKeys();
    WritebackReport second = engine(ActivityType.NOTE).run(() -> List.of(note("n-9")));

    assertThat(first.failed()).isEqualTo(Map.of(WritebackReport.Failure.UNCERTAIN, 1L));
    assertThat(second.recovered()).isEqualTo(1);
    assertThat(merge.notes).hasSize(1);
    assertThat(merge.requests).hasSize(1);
    assertThat(ledger.find("n-9", 1))
        .get()
        .satisfies(e -> assertThat(e.state()).isEqualTo(LedgerEntry.State.WRITTEN));
  }

  @Test
  void crashAfterTheServerStoredTheNoteIsRecoveredByTheNextProcess() {
    merge.forgetKeys();
    merge.script.add(FakeNoteWriter.Outcome.STORED_THEN_CRASH);
    assertThatThrownBy(() -> engine(ActivityType.NOTE).run(() -> List.of(note("n-10"))))
        .hasMessage("process killed");
    assertThat(ledger.find("n-10", 1))
        .get()
        .satisfies(e -> assertThat(e.state()).isEqualTo(LedgerEntry.State.SENDING));

    merge.forgetKeys();
    WritebackReport next = engine(ActivityType.NOTE).run(() -> List.of(note("n-10")));

    assertThat(next.recovered()).isEqualTo(1);
    assertThat(merge.notes).hasSize(1);
  }

  @Test
  void transientFailureIsRetriedNextRunWithTheSameKey() {
    merge.script.add(FakeNoteWriter.Outcome.FAILED);
    WritebackReport first = engine(ActivityType.NOTE).run(() -> List.of(note("n-11")));
    WritebackReport second = engine(ActivityType.NOTE).run(() -> List.of(note("n-11")));

    assertThat(first.failed()).isEqualTo(Map.of(WritebackReport.Failure.FAILED, 1L));
    assertThat(first.failures()).containsExactly("NOTE n-11 v1: 503 from Merge");
    assertThat(second.written()).isEqualTo(1);
    assertThat(merge.requests)
        .extracting(r -> r.idempotencyKey().orElseThrow())
        .hasSize(2)
        .containsOnly(merge.requests.get(0).idempotencyKey().orElseThrow());
    assertThat(ledger.find("n-11", 1)).get().satisfies(e -> assertThat(e.attempts()).isEqualTo(2));
  }

  @Test
  void rejectionIsRecordedWithMergesProblemsAndNotRetried() {
    merge.script.add(FakeNoteWriter.Outcome.REJECTED);
    WritebackReport first = engine(ActivityType.NOTE).run(() -> List.of(note("n-12")));
    WritebackReport second = engine(ActivityType.NOTE).run(() -> List.of(note("n-12")));

    assertThat(first.failed()).isEqualTo(Map.of(WritebackReport.Failure.REJECTED, 1L));
    assertThat(ledger.find("n-12", 1))
        .get()
        .satisfies(
            e -> {
              assertThat(e.state()).isEqualTo(LedgerEntry.State.REJECTED);
              assertThat(e.problems()).containsExactly("MISSING_REQUIRED_FIELD: title");
            });
    assertThat(second.skipped()).isEqualTo(Map.of(ActivitySkipReason.ALREADY_REJECTED, 1L));
    assertThat(merge.requests).hasSize(1);
  }

  @Test
  void rejectionOfANoteThatWasStoredAllTheSameCountsAsWritten() {
    merge.script.add(FakeNoteWriter.Outcome.STORED_THEN_REJECTED);

    WritebackReport report = engine(ActivityType.NOTE).run(() -> List.of(note("n-14")));

    assertThat(report.recovered()).isEqualTo(1);
    assertThat(report.failed()).isEmpty();
    assertThat(ledger.find("n-14", 1))
        .get()
        .satisfies(
            e -> {
              assertThat(e.state()).isEqualTo(LedgerEntry.State.WRITTEN);
              assertThat(e.noteId()).contains("note-1");
            });
  }

  @Test
  void aRetrySendsExactlyWhatWasSentBeforeEvenIfFormattingChanged() {
    merge.script.add(FakeNoteWriter.Outcome.FAILED);
    engine(ActivityType.NOTE).run(() -> List.of(note("n-15")));

    WritebackEngine.builder()
        .noteWriter(merge)
        .ledger(ledger)
        .directory(directory)
        .settings(SyncSettings.builder().addWriteback(ActivityType.NOTE).build())
        .zone(java.time.ZoneId.of("Asia/Tokyo"))
        .clock(Clock.fixed(AT, ZoneOffset.UTC))
        .build()
        .run(() -> List.of(note("n-15")));

    assertThat(merge.requests).hasSize(2);
    assertThat(merge.requests.get(1)).isEqualTo(merge.requests.get(0));
    assertThat(merge.requests.get(1).body()).contains("+00:00 (Z)");
  }

  @Test
  void aContactWhoseMergeIdChangedIsLookedUpAgainInsteadOfRejected() {
    merge.script.add(FakeNoteWriter.Outcome.FAILED);
    engine(ActivityType.NOTE).run(() -> List.of(note("n-16")));
    // Relinked: Merge knows the contact under a new id now.
    merge.liveContacts.add("m-contact-new");
    merge.mergeContacts.put(SF_CONTACT, "m-contact-new");

    WritebackReport report = engine(ActivityType.NOTE).run(() -> List.of(note("n-16")));

    assertThat(report.written()).isEqualTo(1);
    assertThat(merge.requests)
        .extracting(NoteRequest::contactId)
        .containsExactly(MERGE_CONTACT, MERGE_CONTACT, "m-contact-new");
    assertThat(ledger.find("n-16", 1))
        .get()
        .satisfies(e -> assertThat(e.mergeContactId()).isEqualTo("m-contact-new"));
  }

  @Test
  void fifteenCharacterContactIdsFindTheSyncedContact() {
    // The checksum of AbCdE's upper-case letters (A, C, E: bits 0, 2, 4) is V.
    directory =
        id ->
            id.equals("0035e00000AbCdEAAV")
                ? Optional.of(new ContactDirectory.SyncedContact("m-gone", true))
                : Optional.empty();
    NoteActivity shortId =
        NoteActivity.builder().from(note("n-17")).salesforceContactId("0035e00000AbCdE").build();

    WritebackReport report = engine(ActivityType.NOTE).run(() -> List.of(shortId));

    assertThat(report.skipped()).isEqualTo(Map.of(ActivitySkipReason.CONTACT_GONE, 1L));
  }

  @Test
  void anEighteenCharacterContactIdInAnotherCaseFindsTheSyncedContact() {
    directory =
        id ->
            id.equals("0035e00000AbCdEAAV")
                ? Optional.of(new ContactDirectory.SyncedContact("m-synced", false))
                : Optional.empty();
    NoteActivity upper =
        NoteActivity.builder().from(note("n-21")).salesforceContactId("0035E00000ABCDEAAV").build();
    NoteActivity lower =
        NoteActivity.builder().from(note("n-22")).salesforceContactId("0035e00000abcdeaav").build();

    WritebackReport report = engine(ActivityType.NOTE).run(() -> List.of(upper, lower));

    assertThat(report.written()).isEqualTo(2);
    assertThat(merge.requests)
        .extracting(NoteRequest::contactId)
        .containsExactly("m-synced", "m-synced");
  }

  @Test
  void aFailedLookupFailsOneActivityAndTheRunGoesOn() {
    merge.script.add(FakeNoteWriter.Outcome.FAILED);
    merge.script.add(FakeNoteWriter.Outcome.FAILED);
    engine(ActivityType.NOTE).run(() -> List.of(note("n-18"), note("n-19")));
    merge.unreachableContacts.add(MERGE_CONTACT);
    directory =
        id ->
            Optional.of(
                new ContactDirectory.SyncedContact(
                    id.equals(SF_CONTACT) ? MERGE_CONTACT : "m-contact-2", false));
    NoteActivity elsewhere =
        NoteActivity.builder().from(note("n-20")).salesforceContactId("0035e00000XyZabAAF").build();

    WritebackReport report =
        engine(ActivityType.NOTE).run(() -> List.of(note("n-18"), note("n-19"), elsewhere));

    assertThat(report.failed()).isEqualTo(Map.of(WritebackReport.Failure.FAILED, 2L));
    assertThat(report.failures())
        .first()
        .asString()
        .isEqualTo("NOTE n-18 v1: GET notes answered 503 after 4 attempts");
    assertThat(report.written()).isEqualTo(1);
  }

  @Test
  void manyFailedLookupsInARowStopTheRun() {
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      merge.script.add(FakeNoteWriter.Outcome.FAILED);
      activities.add(note("n-2" + i));
    }
    engine(ActivityType.NOTE).run(() -> activities);
    merge.unreachableContacts.add(MERGE_CONTACT);
    int before = merge.requests.size();

    assertThatThrownBy(() -> engine(ActivityType.NOTE).run(() -> activities))
        .hasMessage("GET notes answered 503 after 4 attempts");
    assertThat(merge.requests).hasSize(before);
  }

  @Test
  void anotherWorkersLeaseStopsTheRunBeforeAnyWrite() {
    ai.levitate.sf.core.spi.SyncLock taken = (holder, ttl) -> Optional.empty();
    WritebackEngine locked =
        WritebackEngine.builder()
            .noteWriter(merge)
            .ledger(ledger)
            .lock(taken)
            .settings(SyncSettings.builder().addWriteback(ActivityType.NOTE).build())
            .build();

    assertThatThrownBy(() -> locked.run(() -> List.of(note("n-30"))))
        .isInstanceOf(ai.levitate.sf.core.spi.SyncLockedException.class)
        .hasMessage(
            "Another worker holds the write-back lease of this account; nothing was written.");
    assertThat(merge.requests).isEmpty();
  }

  @Test
  void aLapsedLeaseStopsTheRunBeforeItsNextWriteAsTheSyncDoes() {
    Instant[] now = {AT};
    Clock clock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now[0];
          }
        };
    SyncLease lapsing =
        new SyncLease() {
          @Override
          public long fencingToken() {
            return 1;
          }

          @Override
          public boolean renew(Duration timeToLive) {
            return false;
          }

          @Override
          public void close() {}
        };
    WritebackEngine engine =
        WritebackEngine.builder()
            .noteWriter(merge)
            .ledger(ledger)
            .directory(directory)
            .lock((holder, ttl) -> Optional.of(lapsing))
            .leaseDuration(Duration.ofMinutes(3))
            .settings(SyncSettings.builder().addWriteback(ActivityType.NOTE).build())
            .clock(clock)
            .build();
    merge.policy =
        request -> {
          now[0] = now[0].plus(Duration.ofMinutes(2));
          return FakeNoteWriter.Outcome.OK;
        };

    assertThatThrownBy(() -> engine.run(() -> List.of(note("n-40"), note("n-41"))))
        .isInstanceOf(LeaseLostException.class)
        .hasMessageStartingWith("The write-back lease of this account lapsed; the run stopped");
    assertThat(merge.requests).hasSize(1);
  }

  @Test
  void aNewVersionOfAnActivityIsANewNote() {
    engine(ActivityType.NOTE).run(() -> List.of(note("n-13")));
    engine(ActivityType.NOTE)
        .run(() -> List.of(NoteActivity.builder().from(note("n-13")).version(2).build()));

    assertThat(merge.notes).hasSize(2);
  }

  @Test
  void randomFaultsAcrossManyRunsEndWithExactlyOneNotePerActivity() {
    Random random = new Random(20261127L);
    merge.policy =
        r -> {
          int roll = random.nextInt(100);
          return roll < 10
              ? FakeNoteWriter.Outcome.STORED_ANSWER_LOST
              : roll < 20
                  ? FakeNoteWriter.Outcome.FAILED
                  : roll < 22
                      ? FakeNoteWriter.Outcome.REJECTED
                      : roll < 25
                          ? FakeNoteWriter.Outcome.STORED_THEN_CRASH
                          : roll < 27
                              ? FakeNoteWriter.Outcome.STORED_THEN_REJECTED
                              : FakeNoteWriter.Outcome.OK;
        };
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      activities.add(note("bulk-" + i));
    }
    for (int run = 0; run < 50 && !allSettled(activities); run++) {
      // Without idempotency keys only the ledger and the reference stand between us and duplicates.
      merge.forgetKeys();
      try {
        engine(ActivityType.NOTE).run(() -> activities);
      } catch (IllegalStateException killed) {
        // the process died mid-run; the next run is a fresh engine over the same ledger
      }
    }

    long rejected =
        ledger.entries.values().stream()
            .filter(e -> e.state() == LedgerEntry.State.REJECTED)
            .count();
    assertThat(allSettled(activities)).isTrue();
    assertThat(rejected).isPositive();
    assertThat(merge.notes.size() + rejected).isEqualTo(1_000);
    assertThat(
            merge.notes.values().stream()
                .map(body -> body.substring(body.lastIndexOf("ref ")))
                .distinct())
        .hasSize(merge.notes.size());
  }

  private boolean allSettled(List<Activity> activities) {
    return activities.stream()
        .allMatch(
            a ->
                ledger
                    .find(a.id(), a.version())
                    .filter(e -> e.state() != LedgerEntry.State.SENDING)
                    .isPresent());
  }
}
