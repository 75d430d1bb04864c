package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.settings.InvalidSettingsException;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactField;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSink;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncProgress;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.spi.SyncStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class SyncEngineTest {

  @Test
  void initialSyncCreatesEveryContactWithDeterministicIds() {
    World world = new World(250);

    SyncReport report = world.run();

    assertThat(report.kind()).isEqualTo(RunKind.INITIAL);
    assertThat(report.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(report.counts().created()).isEqualTo(250);
    assertThat(report.counts().pages()).isEqualTo(3);
    List<ContactChange> changes = world.store.changes();
    assertThat(changes).hasSize(250).allMatch(c -> c.type() == ChangeType.CREATE);
    assertThat(changes.get(0).id()).isEqualTo("run-1/0");
    assertThat(changes.get(249).id()).isEqualTo("run-1/249");
    assertThat(world.store.states()).hasSize(250);
    assertThat(world.store.runState().checkpoint()).isEmpty();
    assertThat(world.store.runState().watermark()).isPresent();
  }

  @Test
  void aRequestedFullReconciliationOfANewAccountRunsTheInitialSyncAndSaysWhy() {
    World world = new World(20);

    SyncReport report = world.run(RunRequest.FULL_RECONCILIATION);

    assertThat(report.requestedKind()).isEqualTo(RunKind.FULL_RECONCILIATION);
    assertThat(report.kind()).isEqualTo(RunKind.INITIAL);
    assertThat(report.kindReason())
        .contains("No run of this account has completed yet, so every contact is read.");
    assertThat(world.run(RunRequest.FULL_RECONCILIATION).kind())
        .isEqualTo(RunKind.FULL_RECONCILIATION);
    assertThat(world.engine().dryRun(RunRequest.INCREMENTAL).report().requestedKind())
        .isEqualTo(RunKind.INCREMENTAL);
  }

  @Test
  void aStoreTypedAsTheInterfaceIsTheStorageAndCommitsUnlessASinkIsGiven() {
    World world = new World(150);
    SyncStore store = world.store;
    SyncEngine.Builder builder =
        SyncEngine.builder()
            .source(world.source)
            .lock(world.lock)
            .settings(world.settings)
            .clock(world.clock);

    builder.storage(store).build().run();

    assertThat(world.store.states()).hasSize(150);
    List<SyncBatch> seen = new ArrayList<>();
    ContactSink publishing =
        batch -> {
          seen.add(batch);
          store.commit(batch);
        };
    world.clock.advance(Duration.ofHours(1));
    SyncReport full =
        SyncEngine.builder()
            .source(world.source)
            .lock(world.lock)
            .settings(world.settings)
            .clock(world.clock)
            .sink(publishing)
            .storage(store) // a sink overrides the storage's commit in any order
            .build()
            .run(RunRequest.FULL_RECONCILIATION);
    assertThat(full.kind()).isEqualTo(RunKind.FULL_RECONCILIATION);
    assertThat(seen.size()).isGreaterThan((int) full.counts().pages());
    assertThat(seen.get(seen.size() - 1).runState()).isEqualTo(world.store.runState());
  }

  @Test
  void incrementalRunAfterMutationsEmitsExactlyTheExpectedChanges() {
    World world = new World(250);
    world.run();
    int before = world.store.changes().size();

    world.edit(10, c -> c.putFields("Title", FieldValue.text("Managing Partner")));
    world.edit(20, c -> c.putFields("Interests__c", FieldValue.text("Golf;Opera")));
    world.edit(30, c -> c.firstName("Renamed"));
    world.edit(40, c -> c); // touched in Merge, output unchanged
    world.source.put(
        Fixtures.contact(
            new Random(7),
            250,
            world.clock.instant(),
            Fixtures.accounts().get(0),
            Fixtures.users().get(0)));
    SyncReport report = world.run();

    assertThat(report.kind()).isEqualTo(RunKind.INCREMENTAL);
    List<ContactChange> changes = world.changesSince(before);
    assertThat(changes)
        .extracting(ContactChange::salesforceId)
        .containsExactly(
            Fixtures.salesforceId(10),
            Fixtures.salesforceId(20),
            Fixtures.salesforceId(30),
            Fixtures.salesforceId(250));
    assertThat(changes)
        .extracting(ContactChange::type)
        .containsExactly(
            ChangeType.UPDATE, ChangeType.UPDATE, ChangeType.UPDATE, ChangeType.CREATE);
    assertThat(changes.get(0).changedFields()).containsExactly(ContactField.JOB_TITLE);
    assertThat(changes.get(2).changedFields()).contains(ContactField.FIRST_NAME);
    assertThat(report.counts().updated()).isEqualTo(3);
    assertThat(report.counts().created()).isEqualTo(1);
    assertThat(report.counts().unchanged()).isEqualTo(1);
    assertThat(changes.get(0).id()).startsWith("run-2/");
  }

  @Test
  void deletedContactIsArchivedAndRestoredWhenItComesBack() {
    World world = new World(50);
    world.run();
    String id = Fixtures.salesforceId(7);

    world.edit(7, c -> c.remoteWasDeleted(true));
    world.run();
    assertThat(world.store.contact(id).orElseThrow().status()).isEqualTo(ContactStatus.ARCHIVED);
    ContactChange archive = last(world);
    assertThat(archive.type()).isEqualTo(ChangeType.ARCHIVE);
    assertThat(archive.reason()).hasValue(StatusReason.DELETED_IN_SALESFORCE);

    world.edit(7, c -> c.remoteWasDeleted(false));
    world.run();
    assertThat(last(world).type()).isEqualTo(ChangeType.RESTORE);
    assertThat(world.store.contact(id).orElseThrow().status()).isEqualTo(ContactStatus.ACTIVE);
  }

  @Test
  void deceasedOnArchivesAndOffRestores() {
    World world = new World(50);
    world.run();
    String id = Fixtures.salesforceId(5);

    world.edit(5, c -> c.putFields("Deceased__c", FieldValue.bool(true)));
    world.run();
    ContactChange archive = last(world);
    assertThat(archive.type()).isEqualTo(ChangeType.ARCHIVE);
    assertThat(archive.explanation()).first().isEqualTo("Archived: deceased (Deceased__c = true).");
    assertThat(world.store.contact(id).orElseThrow().status()).isEqualTo(ContactStatus.ARCHIVED);

    world.edit(5, c -> c.putFields("Deceased__c", FieldValue.bool(false)));
    world.run();
    assertThat(last(world).type()).isEqualTo(ChangeType.RESTORE);
    assertThat(world.store.contact(id).orElseThrow().status()).isEqualTo(ContactStatus.ACTIVE);
  }

  @Test
  void aContactAPersonArchivedStaysArchivedWhenTheDeceasedIndicatorClears() {
    World world = new World(50);
    world.run();
    String id = Fixtures.salesforceId(5);
    world.store.archiveByPerson(id);
    int before = world.store.changes().size();

    world.edit(5, c -> c.putFields("Deceased__c", FieldValue.bool(true)));
    world.run();
    world.edit(5, c -> c.putFields("Deceased__c", FieldValue.bool(false)).firstName("Augusta"));
    SyncReport report = world.run();

    assertThat(world.changesSince(before)).isEmpty();
    assertThat(report.counts().skipped()).containsEntry(ContactSkipReason.STATUS_SET_BY_PERSON, 1L);
    assertThat(world.store.contact(id).orElseThrow().status()).isEqualTo(ContactStatus.ARCHIVED);
  }

  @Test
  void aPersonsArchiveRecordedWhileItsPageIsInFlightStands() {
    World world = new World(50);
    world.run();
    String id = Fixtures.salesforceId(5);
    world.edit(5, c -> c.putFields("Title", FieldValue.text("Treasurer")));
    int before = world.store.changes().size();
    // The engine has read contact 5's state and decided its update when a person archives it.
    boolean[] archived = {false};
    world.sink =
        sink ->
            batch -> {
              if (!archived[0]
                  && batch.states().stream().anyMatch(s -> s.salesforceId().equals(id))) {
                archived[0] = true;
                world.store.archiveByPerson(id);
              }
              sink.commit(batch);
            };

    SyncReport report = world.run();

    assertThat(archived[0]).isTrue();
    assertThat(world.changesSince(before)).isEmpty();
    assertThat(report.counts().updated()).isZero();
    assertThat(report.counts().skipped()).containsEntry(ContactSkipReason.STATUS_SET_BY_PERSON, 1L);
    assertThat(world.store.state(id).orElseThrow().statusSetBy()).isEqualTo(StatusSetBy.PERSON);
    assertThat(world.store.contact(id).orElseThrow().status()).isEqualTo(ContactStatus.ARCHIVED);
  }

  @Test
  void handMadeTagsAndKeyFactsSurviveWhileOwnedOnesFollowSalesforce() {
    World world = new World(50);
    world.edit(9, c -> c.putFields("Interests__c", FieldValue.text("Golf;Wine")));
    world.run();
    String id = Fixtures.salesforceId(9);
    world.store.addTagByPerson(id, "Golf buddy");
    world.store.addTagByPerson(id, "Met at the regatta");
    OwnedKeyFact handMade = OwnedKeyFact.of("First meeting", LocalDate.of(2019, 4, 2));
    world.store.addKeyFactByPerson(id, handMade);

    world.edit(
        9,
        c ->
            c.putFields("Interests__c", FieldValue.text("Sailing"))
                .putFields("Anniversary__c", FieldValue.empty()));
    world.run();

    List<String> tags = world.store.contact(id).orElseThrow().tags();
    assertThat(tags)
        .contains("Golf buddy", "Met at the regatta", "Interests: Sailing")
        .doesNotContain("Interests: Golf", "Interests: Wine");
    assertThat(world.store.contact(id).orElseThrow().keyFacts()).contains(handMade);
    assertThat(last(world).tagsRemoved()).containsExactly("Interests: Golf", "Interests: Wine");
  }

  @Test
  void aHandMadeTagThatSalesforceLaterGivesTooStaysWhenSalesforceTakesItBack() {
    World world = new World(50);
    world.settings =
        SyncSettings.builder().from(Fixtures.settings()).allowUnsubscribeRemoval(true).build();
    world.edit(
        11,
        c ->
            c.putFields("VIP__c", FieldValue.bool(false))
                .putFields("HasOptedOutOfEmail", FieldValue.bool(false)));
    world.run();
    String id = Fixtures.salesforceId(11);
    world.store.addTagByPerson(id, "VIP");
    world.store.addTagByPerson(id, "Unsubscribe");

    world.edit(
        11,
        c ->
            c.putFields("VIP__c", FieldValue.bool(true))
                .putFields("HasOptedOutOfEmail", FieldValue.bool(true)));
    world.run();
    assertThat(world.store.state(id).orElseThrow().personTags())
        .containsExactly("VIP", "Unsubscribe");
    world.edit(
        11,
        c ->
            c.putFields("VIP__c", FieldValue.bool(false))
                .putFields("HasOptedOutOfEmail", FieldValue.bool(false)));
    world.run();

    assertThat(last(world).tagsRemoved()).doesNotContain("VIP", "Unsubscribe");
    assertThat(world.store.contact(id).orElseThrow().tags()).contains("VIP", "Unsubscribe");
    assertThat(world.store.state(id).orElseThrow().personTags()).isEmpty();
  }

  @Test
  void unsubscribeIsStickyWhenTheOptOutClears() {
    World world = new World(50);
    world.edit(3, c -> c.putFields("HasOptedOutOfEmail", FieldValue.bool(true)));
    world.run();
    String id = Fixtures.salesforceId(3);
    int before = world.store.changes().size();

    world.edit(3, c -> c.putFields("HasOptedOutOfEmail", FieldValue.bool(false)));
    world.run();

    assertThat(world.changesSince(before)).isEmpty();
    assertThat(world.store.contact(id).orElseThrow().tags()).contains("Unsubscribe");
  }

  @Test
  void reportAndProgressCountWhatTheRunDid() {
    World world = new World(250);
    world.edit(1, c -> c.remoteId(" "));
    world.edit(
        2, c -> c.putFields("Deceased__c", FieldValue.invalid("2023-02-30", "not a boolean")));
    world.edit(3, c -> c.remoteWasDeleted(true));
    List<SyncProgress> progress = new ArrayList<>();
    List<ContactProblem> problems = new ArrayList<>();
    List<String> events = new ArrayList<>();
    world.listener =
        new SyncListener() {
          @Override
          public void runStarted(SyncProgress p) {
            events.add("started");
          }

          @Override
          public void pageCommitted(SyncProgress p) {
            events.add("page");
            progress.add(p);
          }

          @Override
          public void runFinished(SyncReport report) {
            events.add("finished");
          }

          @Override
          public void contactSkipped(String runId, ContactProblem problem) {
            problems.add(problem);
          }
        };

    SyncReport report = world.run();

    assertThat(report.counts().created()).isEqualTo(247);
    assertThat(report.counts().skipped())
        .containsOnly(
            entry(ContactSkipReason.MISSING_SALESFORCE_ID, 1L),
            entry(ContactSkipReason.INVALID_FIELD_VALUE, 1L),
            entry(ContactSkipReason.INACTIVE_WHEN_FIRST_SEEN, 1L));
    assertThat(report.counts().contactsRead()).isEqualTo(250);
    long unassigned =
        world.store.changes().stream().filter(c -> contactOf(c).owner().unassigned()).count();
    assertThat(report.counts().unassignedOwners()).isEqualTo(unassigned).isPositive();
    // The catalog, Merge's sync status, the accounts and three pages.
    assertThat(report.counts().mergeRequests()).isEqualTo(6);
    assertThat(report.duration()).isEqualTo(Duration.ZERO);
    assertThat(problems)
        .extracting(ContactProblem::kind)
        .containsExactly(
            ContactProblem.Kind.MISSING_SALESFORCE_ID, ContactProblem.Kind.INVALID_FIELD_VALUE);
    assertThat(events).containsExactly("started", "page", "page", "page", "finished");
    assertThat(progress).extracting(SyncProgress::contactsRead).containsExactly(100L, 200L, 250L);
    // An initial run has nothing to estimate its total from, so it says nothing.
    assertThat(progress)
        .allSatisfy(
            p -> {
              assertThat(p.estimatedTotal()).isEmpty();
              assertThat(p.estimatedTimeLeft()).isEmpty();
            });
  }

  @Test
  void aFullReconciliationEstimatesItsTotalAndTimeLeftFromTheContactsItKnows() {
    World world = new World(250);
    world.run();
    world.source.put(
        Fixtures.contact(
            new Random(3),
            250,
            world.clock.instant(),
            Fixtures.accounts().get(0),
            Fixtures.users().get(0)));
    world.source.put(
        Fixtures.contact(
            new Random(4),
            251,
            world.clock.instant(),
            Fixtures.accounts().get(0),
            Fixtures.users().get(0)));
    List<SyncProgress> progress = new ArrayList<>();
    world.listener =
        new SyncListener() {
          @Override
          public void pageCommitted(SyncProgress p) {
            progress.add(p);
          }
        };
    world.clock.advance(Duration.ofHours(1));

    world
        .engine(
            inner ->
                new Forwarding(inner) {
                  @Override
                  public ContactPage readContacts(ContactQuery query) {
                    world.clock.advance(Duration.ofSeconds(10)); // each page takes 10 s
                    return inner.readContacts(query);
                  }
                })
        .run(RunRequest.FULL_RECONCILIATION);

    assertThat(progress).extracting(SyncProgress::contactsRead).containsExactly(100L, 200L, 252L);
    assertThat(progress.get(0).estimatedTotal()).hasValue(250L);
    assertThat(progress.get(0).estimatedTimeLeft()).hasValue(Duration.ofSeconds(15));
    assertThat(progress.get(1).estimatedTimeLeft()).hasValue(Duration.ofSeconds(5));
    // Two contacts more than it knew: no total rather than a wrong one.
    assertThat(progress.get(2).estimatedTotal()).isEmpty();
    assertThat(progress.get(2).estimatedTimeLeft()).isEmpty();
  }

  @Test
  void aContactSentTwiceOnOnePageIsKeptOnce() {
    World world = new World(30);
    SourceContact first = world.source.contact(Fixtures.mergeId(4)).orElseThrow();
    world.source.put(SourceContact.builder().from(first).mergeId("mc-copy").build());
    List<ContactProblem> skipped = new ArrayList<>();
    world.listener =
        new SyncListener() {
          @Override
          public void contactSkipped(String runId, ContactProblem problem) {
            skipped.add(problem);
          }
        };

    SyncReport report = world.run();

    assertThat(report.counts().created()).isEqualTo(30);
    assertThat(report.counts().skipped())
        .containsExactly(entry(ContactSkipReason.DUPLICATE_RECORD, 1L));
    assertThat(skipped)
        .extracting(ContactProblem::mergeId, ContactProblem::message)
        .containsExactly(
            tuple(
                Optional.of("mc-copy"),
                "Merge sent two records of Salesforce contact "
                    + Fixtures.salesforceId(4)
                    + " on one page, "
                    + Fixtures.mergeId(4)
                    + " and mc-copy; the first was kept."));
    assertThat(world.store.state(Fixtures.salesforceId(4)).orElseThrow().mergeId())
        .isEqualTo(Fixtures.mergeId(4));
  }

  @Test
  void settingsThatDoNotFitTheCatalogStopTheRunBeforeItStarts() {
    World world = new World(10);
    world.settings =
        SyncSettings.builder().from(Fixtures.settings()).addTagFields("Missing__c").build();

    assertThatThrownBy(world::run)
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessage(
            "Invalid settings: tagFields[2] names Missing__c, which is not a Contact field"
                + " the connected Salesforce user can see.");
    assertThat(world.store.commits()).isZero();
    assertThat(world.lock.holder()).isEmpty();
  }

  private static ContactChange last(World world) {
    List<ContactChange> all = world.store.changes();
    return all.get(all.size() - 1);
  }

  static LevitateContact contactOf(ContactChange change) {
    return change.contact().orElseThrow();
  }
}
