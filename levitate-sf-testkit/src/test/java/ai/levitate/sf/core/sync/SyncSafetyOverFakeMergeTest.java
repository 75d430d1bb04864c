package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.spi.BrakeReason;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.testkit.MergeDataSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The brake and the dry run against the fake Merge server through the real client. */
final class SyncSafetyOverFakeMergeTest {
  private final FakeOrg org = new FakeOrg(120, 8);

  @AfterEach
  void close() {
    org.close();
  }

  /** The initial sync at minute 60; returns how many contacts it made active. */
  private long synced() {
    org.at(60);
    org.run();
    return activeStates().size();
  }

  private List<ContactState> activeStates() {
    return org.activeStates(s -> true);
  }

  @Test
  void holdsEveryArchiveWhenThirtyPercentAreDeletedAndCompletesTheSafeChanges() {
    long known = synced();
    List<ContactState> active = activeStates();
    int before = org.store.changes().size();
    long deletions = known * 30 / 100;
    org.at(90);
    for (ContactState state : active.subList(0, (int) deletions)) {
      org.data.deleteContact(state.mergeId());
    }
    String edited = active.get(active.size() - 1).mergeId();
    org.data.editContact(edited, c -> c.set("Title", "Still here"));
    org.at(120);

    SyncReport report = org.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.BRAKED);
    assertThat(report.brake().orElseThrow().reasons())
        .containsExactly(BrakeReason.TOO_MANY_ARCHIVES);
    assertThat(report.brake().orElseThrow().changes()).isEqualTo(deletions);
    assertThat(report.counts().archived()).isZero();
    assertThat(org.changesSince(before))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type()).isEqualTo(ChangeType.UPDATE);
              assertThat(c.salesforceId()).isEqualTo(org.salesforceId(edited));
            });
    assertThat(org.store.held()).hasSize((int) deletions);
    assertThat(activeStates()).hasSize((int) known);

    org.at(150);
    SyncReport approval = org.engine().approveHeld(report.runNumber());

    assertThat(approval.counts().archived()).isEqualTo(deletions);
    assertThat(org.store.held()).isEmpty();
    assertThat(activeStates()).hasSize((int) (known - deletions));
  }

  @Test
  void holdsEveryArchiveWhenMergeReturnsNoContactsWhereThereWere() {
    long known = synced();
    org.server.addLinkedAccount("wiped", MergeDataSet.empty(8, org.clock));
    org.at(120);

    SyncReport report = org.engine(org.client("wiped")).run(RunRequest.FULL_RECONCILIATION);

    assertThat(report.outcome()).isEqualTo(RunOutcome.BRAKED);
    assertThat(report.brake().orElseThrow().reasons())
        .containsExactlyInAnyOrder(BrakeReason.EMPTY_SOURCE, BrakeReason.TOO_MANY_ARCHIVES);
    assertThat(report.counts().contactsRead()).isZero();
    assertThat(org.store.held()).hasSize((int) known);
    assertThat(activeStates()).hasSize((int) known);
    assertThat(org.store.levitateContacts().values())
        .filteredOn(c -> c.status() == ContactStatus.ACTIVE)
        .hasSize((int) known);
  }

  @Test
  void holdsArchivesWhileMergeReportsItsContactSyncPartial() {
    long known = synced();
    String deleted = org.active(30);
    org.at(90);
    org.data.deleteContact(deleted);
    org.org.contactSyncStatus(SourceSyncStatus.State.PARTIALLY_SYNCED);
    org.at(120);

    SyncReport report = org.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.BRAKED);
    assertThat(report.mergeSyncState()).contains(SourceSyncStatus.State.PARTIALLY_SYNCED);
    assertThat(report.brake().orElseThrow().summary())
        .isEqualTo(
            "The brake held back 1 archive or"
                + " removal of "
                + known
                + " contacts: Merge reports its contact sync as PARTIALLY_SYNCED.");
    assertThat(org.store.held())
        .singleElement()
        .satisfies(h -> assertThat(h.salesforceId()).isEqualTo(org.salesforceId(deleted)));
  }

  @Test
  void aDryInitialSyncEmitsNothingAndReturnsWhatTheRealOneApplies() {
    org.at(60);

    DryRun dry = org.engine().dryRun();

    assertThat(org.store.commits()).isZero();
    assertThat(org.store.runState()).isEqualTo(RunState.initial());
    SyncReport real = org.run();
    // A full pass reads created_at windows side by side by default: the order across windows
    // follows whichever reader answers first, so the dry run and the real run agree as a set of
    // changes, each at whatever position in its run the order gave it.
    assertThat(dry.changes())
        .isNotEmpty()
        .map(SyncSafetyOverFakeMergeTest::anyPosition)
        .containsExactlyInAnyOrderElementsOf(
            org.store.changes().stream().map(SyncSafetyOverFakeMergeTest::anyPosition).toList());
    assertThat(dry.report().counts().created()).isEqualTo(real.counts().created());
  }

  @Test
  void aDryIncrementalRunEmitsNothingAndReturnsWhatTheRealOneApplies() {
    synced();
    int before = org.store.changes().size();
    org.at(90);
    org.data.editContact(org.active(2), c -> c.set("Title", "Trustee"));
    org.data.deleteContact(org.active(10));
    org.data.markDeceased(org.active(20));
    org.data.renameAccount(org.data.accounts().get(2).mergeId(), "Renamed Trust Company");
    org.at(120);
    long commits = org.store.commits();
    List<ContactState> states = org.store.states();

    DryRun dry = org.engine().dryRun();

    assertThat(org.store.commits()).isEqualTo(commits);
    assertThat(org.store.states()).isEqualTo(states);
    org.run();
    List<ContactChange> applied = org.changesSince(before);
    assertThat(applied)
        .extracting(ContactChange::type)
        .contains(ChangeType.UPDATE, ChangeType.ARCHIVE);
    assertThat(dry.changes()).isEqualTo(applied);
  }

  private static ContactChange anyPosition(ContactChange change) {
    return ContactChange.builder().from(change).position(0).build();
  }
}
