package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactField;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.RunPhase;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncProgress;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.spi.UnreadRecords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What a run reads beyond Merge's changed contacts: the contacts of renamed accounts and owners,
 * every contact after a settings change, and the sweep of a full reconciliation.
 */
final class SyncRereadTest {

  @Test
  void renamedAccountRenamesTheCompanyOfAllItsContacts() {
    World world = new World(300);
    world.run();
    int before = world.store.changes().size();
    long members =
        world.source.contacts().stream()
            .filter(c -> c.account().orElseThrow().mergeId().equals("ma-3"))
            .count();

    world.renameAccount(3, "Babbage & Lovelace Ltd");
    SyncReport report = world.run();

    assertThat(report.kind()).isEqualTo(RunKind.INCREMENTAL);
    List<ContactChange> changes = world.changesSince(before);
    assertThat(changes)
        .hasSize((int) members)
        .allSatisfy(
            c -> {
              assertThat(c.type()).isEqualTo(ChangeType.UPDATE);
              assertThat(c.changedFields()).containsExactly(ContactField.COMPANY_NAME);
              assertThat(contactOf(c).companyName()).hasValue("Babbage & Lovelace Ltd");
            });
    assertThat(report.counts().mergeRequests()).isLessThan(10);
  }

  @Test
  void renamedOwnerUpdatesItsContactsReadOneByOne() {
    World world = new World(300);
    SourceUser few = Fixtures.user(9, "Ada's Owner", Fixtures.T0);
    world.source.putUser(few);
    for (int i : new int[] {4, 140, 270}) {
      world.edit(i, c -> c.owner(few));
    }
    world.run();
    int before = world.store.changes().size();
    long requestsBefore = world.source.requestCount();

    world.renameUser(9, "Charles Babbage");
    SyncReport report = world.run();

    assertThat(report.kind()).isEqualTo(RunKind.INCREMENTAL);
    assertThat(world.changesSince(before))
        .extracting(ContactChange::salesforceId)
        .containsExactly(
            Fixtures.salesforceId(4), Fixtures.salesforceId(140), Fixtures.salesforceId(270));
    assertThat(world.changesSince(before))
        .allSatisfy(
            c -> {
              assertThat(c.changedFields()).containsExactly(ContactField.OWNER);
              assertThat(contactOf(c).owner().salesforceUserName()).hasValue("Charles Babbage");
            });
    // catalog, sync status, accounts, users, the changed page, and three reads by id
    assertThat(world.source.requestCount() - requestsBefore).isEqualTo(8);
  }

  @Test
  void manyChangedOwnersTurnTheRunIntoAFullPassThatCostsFewerRequests() {
    World world = new World(300);
    world.run();

    world.renameUser(0, "First");
    world.renameUser(1, "Second");
    SyncReport report = world.run();

    assertThat(report.kind()).isEqualTo(RunKind.FULL_RECONCILIATION);
    assertThat(report.kindReason())
        .hasValue(
            "Reading apart what changed would cost more Merge requests than reading every"
                + " contact (3 pages): 98 contacts of changed owners, one request each.");
  }

  @Test
  void aNewTagFieldAppliesToEveryContactOnTheNextRun() {
    World world = new World(120);
    world.run();
    int before = world.store.changes().size();

    world.settings =
        SyncSettings.builder().from(Fixtures.settings()).addTagFields("Region__c").build();
    SyncReport report = world.run();

    assertThat(report.kind()).isEqualTo(RunKind.FULL_RECONCILIATION);
    assertThat(report.kindReason())
        .hasValue(
            "The settings or the field catalog changed since the last"
                + " run, so every contact is read again.");
    assertThat(world.changesSince(before))
        .hasSize(120)
        .allSatisfy(
            c -> assertThat(c.tagsAdded()).singleElement().asString().startsWith("Region: "));
    assertThat(world.run().kind()).isEqualTo(RunKind.INCREMENTAL);
  }

  @Test
  void aRunAbandonedUnderOtherSettingsIsFollowedByAFullPassThoughTheSettingsWentBack() {
    World world = new World(120);
    world.run();
    world.settings =
        SyncSettings.builder().from(Fixtures.settings()).addTagFields("Region__c").build();
    world.store.failAtCommit(3); // run 2 tags the first page of 100 with regions, then stops
    assertThatThrownBy(world::run).hasMessageContaining("Simulated failure");
    assertThat(world.store.levitateContacts().values())
        .filteredOn(c -> c.tags().stream().anyMatch(t -> t.startsWith("Region: ")))
        .hasSize(100);
    world.settings = Fixtures.settings();

    SyncReport report = world.run();

    assertThat(report.kind()).isEqualTo(RunKind.FULL_RECONCILIATION);
    assertThat(report.kindReason())
        .hasValue(
            "run-2 stopped under other settings or another field"
                + " catalog and was abandoned, so every contact is read again.");
    assertThat(world.store.levitateContacts().values())
        .allSatisfy(c -> assertThat(c.tags()).noneMatch(t -> t.startsWith("Region: ")));
  }

  @Test
  void fullReconciliationArchivesAContactMergeNoLongerReturnsAndRestoresItWhenBack() {
    World world = new World(60);
    world.run();
    SourceContact gone = world.source.contact(Fixtures.mergeId(12)).orElseThrow();
    world.source.remove(gone.mergeId());

    assertThat(world.run().counts().archived()).isZero();
    SyncReport full = world.run(RunRequest.FULL_RECONCILIATION);

    assertThat(full.counts().archived()).isEqualTo(1);
    ContactChange archive = last(world);
    assertThat(archive.reason()).hasValue(StatusReason.MISSING_FROM_SOURCE);
    assertThat(archive.contact()).isEmpty();
    assertThat(world.store.contact(gone.remoteId().orElseThrow()).orElseThrow().status())
        .isEqualTo(ContactStatus.ARCHIVED);

    world.clock.advance(Duration.ofMinutes(1));
    world.source.put(SourceContact.builder().from(gone).modifiedAt(world.clock.instant()).build());
    world.run();
    assertThat(last(world).type()).isEqualTo(ChangeType.RESTORE);
  }

  @Test
  void aContactChangedDuringAFullPassIsLookedUpNotArchived() {
    World world = new World(250);
    world.run();
    int before = world.store.changes().size();
    // Merge changes contact 150 (page 2) after page 1, outside the run's snapshot.
    world.listener =
        new SyncListener() {
          @Override
          public void pageCommitted(SyncProgress progress) {
            if (progress.pages() == 1) {
              world.clock.advance(Duration.ofSeconds(1));
              world.source.put(
                  Fixtures.edit(
                      world.source.contact(Fixtures.mergeId(150)).orElseThrow(),
                      world.clock.instant(),
                      c -> c.firstName("Late")));
            }
          }
        };

    SyncReport report = world.run(RunRequest.FULL_RECONCILIATION);

    assertThat(report.counts().archived()).isZero();
    assertThat(world.changesSince(before))
        .singleElement()
        .satisfies(c -> assertThat(contactOf(c).firstName()).hasValue("Late"));
  }

  @Test
  void contactsEditedDuringAFullPassAreReadNotHeldAsMissing() {
    World world = new World(200);
    world.run();
    int before = world.store.changes().size();
    // While page 1 commits, 30 contacts of page 2 change: too many to look up one by one, as
    // their number alone would trip the brake.
    world.listener =
        new SyncListener() {
          @Override
          public void pageCommitted(SyncProgress progress) {
            if (progress.pages() == 1 && progress.phase() == RunPhase.READ) {
              world.clock.advance(Duration.ofSeconds(1));
              for (int i = 150; i < 180; i++) {
                world.source.put(
                    Fixtures.edit(
                        world.source.contact(Fixtures.mergeId(i)).orElseThrow(),
                        world.clock.instant(),
                        c -> c.firstName("Edited")));
              }
            }
          }
        };

    SyncReport report = world.run(RunRequest.FULL_RECONCILIATION);

    assertThat(report.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(report.counts().held()).isZero();
    assertThat(report.counts().updated()).isEqualTo(30);
    assertThat(world.store.held()).isEmpty();
    assertThat(world.changesSince(before))
        .hasSize(30)
        .allSatisfy(c -> assertThat(contactOf(c).firstName()).hasValue("Edited"));
  }

  @Test
  void recordsMergeSentUnreadableAreReadAgainByTheNextRun() {
    World world = new World(50);
    world.run();
    world.edit(7, c -> c.firstName("Seven"));
    world.edit(8, c -> c.firstName("Eight"));
    // Merge sends both edited records in a form that cannot be read, one without its Salesforce id.
    Set<String> broken = new HashSet<>(Set.of(Fixtures.mergeId(7), Fixtures.mergeId(8)));
    UnaryOperator<ContactSource> breaking =
        inner ->
            new Forwarding(inner) {
              @Override
              public ContactPage readContacts(ContactQuery query) {
                ContactPage page = inner.readContacts(query);
                List<ContactProblem> unreadable = new ArrayList<>(page.unreadable());
                for (SourceContact c : page.contacts()) {
                  if (broken.contains(c.mergeId())) {
                    unreadable.add(
                        ContactProblem.builder()
                            .kind(ContactProblem.Kind.UNREADABLE_RECORD)
                            .mergeId(c.mergeId())
                            .salesforceId(
                                c.mergeId().equals(Fixtures.mergeId(7))
                                    ? c.remoteId()
                                    : Optional.empty())
                            .message("first_name is an object, not text")
                            .build());
                  }
                }
                return ContactPage.builder()
                    .from(page)
                    .unreadable(unreadable)
                    .contacts(
                        page.contacts().stream()
                            .filter(c -> !broken.contains(c.mergeId()))
                            .toList())
                    .build();
              }
            };
    world.clock.advance(Duration.ofHours(1));
    SyncReport second = world.engine(breaking).run();
    assertThat(second.counts().skipped()).containsEntry(ContactSkipReason.UNREADABLE_RECORD, 2L);
    assertThat(world.store.runState().watermark().orElseThrow().unread())
        .isEqualTo(
            UnreadRecords.builder()
                .addSalesforceIds(Fixtures.salesforceId(7))
                .addMergeIds(Fixtures.mergeId(8))
                .build());
    int before = world.store.changes().size();

    broken.remove(Fixtures.mergeId(8));
    world.clock.advance(Duration.ofHours(1));
    SyncReport third = world.engine(breaking).run();
    // Two reads by id cost more than the one page of this small account's contacts.
    assertThat(third.kind()).isEqualTo(RunKind.FULL_RECONCILIATION);
    assertThat(third.kindReason())
        .hasValue(
            "Reading apart what changed would cost more Merge requests than reading every"
                + " contact (1 page): 2 records the last run could not read (see its"
                + " UNREADABLE_RECORD skips), one request each.");
    assertThat(world.changesSince(before))
        .extracting(c -> contactOf(c).firstName().orElseThrow())
        .containsExactly("Eight");
    assertThat(world.store.runState().watermark().orElseThrow().unread().salesforceIds())
        .containsExactly(Fixtures.salesforceId(7));

    broken.clear();
    world.clock.advance(Duration.ofHours(1));
    world.engine(breaking).run();
    assertThat(world.changesSince(before))
        .extracting(c -> contactOf(c).firstName().orElseThrow())
        .containsExactly("Eight", "Seven");
    assertThat(world.store.runState().watermark().orElseThrow().unread().isEmpty()).isTrue();
  }

  @Test
  void aFullReconciliationIsDueWhenTheLastFullPassIsOlderThanTheSettingSays() {
    World world = new World(60);
    world.options = engine -> engine.fullReconciliationEvery(Duration.ofHours(3));
    world.run();
    world.edit(4, c -> c.putFields("Title", FieldValue.text("Treasurer")));

    assertThat(world.run().kind()).isEqualTo(RunKind.INCREMENTAL);
    assertThat(world.run().kind()).isEqualTo(RunKind.INCREMENTAL);
    SyncReport due = world.run();

    assertThat(due.kind()).isEqualTo(RunKind.FULL_RECONCILIATION);
    assertThat(due.kindReason())
        .hasValue(
            "The last full pass finished more than 3 hours ago, so"
                + " every contact is read again: formula fields change without Merge marking their"
                + " contacts changed.");
    assertThat(world.store.runState().watermark().orElseThrow().lastFullPassFinishedAt())
        .hasValue(world.clock.instant());
    assertThat(world.run().kind()).isEqualTo(RunKind.INCREMENTAL);
  }

  @Test
  void noFullReconciliationIsScheduledWhenTheSettingIsZero() {
    World world = new World(20);
    world.options = engine -> engine.fullReconciliationEvery(Duration.ZERO);
    world.run();
    world.clock.advance(Duration.ofDays(400));

    assertThat(world.run().kind()).isEqualTo(RunKind.INCREMENTAL);
  }

  private static ContactChange last(World world) {
    List<ContactChange> all = world.store.changes();
    return all.get(all.size() - 1);
  }

  private static LevitateContact contactOf(ContactChange change) {
    return change.contact().orElseThrow();
  }
}
