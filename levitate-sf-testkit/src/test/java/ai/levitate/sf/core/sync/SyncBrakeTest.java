package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.BrakeDecision;
import ai.levitate.sf.core.spi.BrakeReason;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.RunPhase;
import ai.levitate.sf.core.spi.SyncReport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

final class SyncBrakeTest {

  @Test
  void holdsEveryArchiveWhenThirtyPercentAreDeletedAndCompletesTheSafeChanges() {
    World world = new World(200);
    world.run();
    int before = world.store.changes().size();
    world.deleteFirst(60);
    world.edit(100, c -> c.firstName("Still here"));

    SyncReport report = world.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.BRAKED);
    BrakeDecision brake = report.brake().orElseThrow();
    assertThat(brake.reasons()).containsExactly(BrakeReason.TOO_MANY_ARCHIVES);
    assertThat(brake.changes()).isEqualTo(60);
    assertThat(brake.known()).isEqualTo(200);
    assertThat(brake.summary())
        .isEqualTo(
            "The brake held back 60 archives and removals of 200 contacts:"
                + " more than 10% or more than 500 contacts.");
    assertThat(report.counts().held()).isEqualTo(60);
    assertThat(report.counts().archived()).isZero();
    assertThat(world.changesSince(before))
        .singleElement()
        .satisfies(c -> assertThat(c.type()).isEqualTo(ChangeType.UPDATE));
    assertThat(world.store.held()).hasSize(60);
    assertThat(world.store.contact(Fixtures.salesforceId(0)).orElseThrow().status())
        .isEqualTo(ContactStatus.ACTIVE);
    assertThat(world.store.runState().watermark().orElseThrow().outcome())
        .isEqualTo(RunOutcome.BRAKED);
  }

  /** An account of 200 whose last run held 60 archives. */
  private static World braked() {
    World world = new World(200);
    world.run();
    world.deleteFirst(60);
    world.run();
    return world;
  }

  @Test
  void approvingHeldArchivesEmitsThemOnce() {
    World world = braked();
    int before = world.store.changes().size();

    SyncReport approval = world.engine().approveHeld(2);

    assertThat(approval.kind()).isEqualTo(RunKind.HELD_DECISION);
    assertThat(approval.counts().archived()).isEqualTo(60);
    List<ContactChange> archives = world.changesSince(before);
    assertThat(archives).hasSize(60).allMatch(c -> c.type() == ChangeType.ARCHIVE);
    assertThat(archives.get(0).id()).isEqualTo("run-3/0");
    assertThat(world.store.held()).isEmpty();
    assertThat(world.store.contact(Fixtures.salesforceId(0)).orElseThrow().status())
        .isEqualTo(ContactStatus.ARCHIVED);
    assertThat(world.engine().approveHeld(2).counts().changes()).isZero();
    assertThat(world.run().counts().changes()).isZero();
  }

  @Test
  void aHeldArchiveIsDroppedWhenItsContactComesBackBeforeApproval() {
    World world = braked();
    world.edit(0, c -> c.remoteWasDeleted(false));
    world.run();

    SyncReport approval = world.engine().approveHeld(2);

    assertThat(approval.counts().archived()).isEqualTo(59);
    assertThat(world.store.contact(Fixtures.salesforceId(0)).orElseThrow().status())
        .isEqualTo(ContactStatus.ACTIVE);
  }

  @Test
  void approvalEmitsOnlyTheDecisionOfTheRunItNames() {
    World world = braked();
    world.clock.advance(Duration.ofMinutes(10));
    for (int i = 60; i < 90; i++) {
      world.edit(i, c -> c.remoteWasDeleted(true));
    }
    SyncReport second = world.run();
    assertThat(second.outcome()).isEqualTo(RunOutcome.BRAKED);
    assertThat(second.brake().orElseThrow().changes()).isEqualTo(30);
    int before = world.store.changes().size();

    SyncReport approval = world.engine().approveHeld(second.runNumber());

    assertThat(approval.counts().archived()).isEqualTo(30);
    assertThat(world.changesSince(before))
        .extracting(ContactChange::salesforceId)
        .allMatch(id -> id.compareTo(Fixtures.salesforceId(60)) >= 0);
    assertThat(world.store.held()).hasSize(60).allMatch(h -> h.heldInRun() == 2);
    assertThat(world.engine().approveHeld(2).counts().archived()).isEqualTo(60);
  }

  @Test
  void theHeldArchivesOfAnAbandonedRunAreDroppedNotApprovedWithALaterDecision() {
    World world = new World(200);
    world.run();
    // Run 2, under other settings, holds every contact as missing during a glitch, then dies.
    List<SourceContact> all = world.source.contacts();
    all.forEach(c -> world.source.remove(c.mergeId()));
    world.settings =
        SyncSettings.builder().from(Fixtures.settings()).addTagFields("Region__c").build();
    world.sink =
        sink ->
            batch -> {
              if (batch
                  .runState()
                  .checkpoint()
                  .filter(c -> c.phase() == RunPhase.RELEASE)
                  .isPresent()) {
                throw new IllegalStateException("the worker died");
              }
              sink.commit(batch);
            };
    assertThatThrownBy(world::run).hasMessage("the worker died");
    assertThat(world.store.held()).hasSize(200);
    // The glitch ends, the admin goes back to the old settings, and 30 contacts are deleted.
    world.sink = UnaryOperator.identity();
    world.source.putAll(all);
    world.settings = Fixtures.settings();
    world.deleteFirst(30);

    SyncReport third = world.run();

    assertThat(third.outcome()).isEqualTo(RunOutcome.BRAKED);
    assertThat(third.brake().orElseThrow().summary())
        .startsWith("The brake held back 30 archives and removals of 200 contacts");
    assertThat(world.store.held()).hasSize(30).allMatch(h -> h.heldInRun() == 3);
    assertThat(world.store.states()).noneMatch(s -> s.heldInRun().equals(Optional.of(2L)));
    assertThatThrownBy(() -> world.engine().approveHeld(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "run-2 holds no archives or removals to approve: its brake did not trip, or it"
                + " was abandoned and what it held dropped.");

    assertThat(world.engine().approveHeld(3).counts().archived()).isEqualTo(30);
    assertThat(world.store.levitateContacts().values())
        .filteredOn(c -> c.status() == ContactStatus.ACTIVE)
        .hasSize(170);
  }

  @Test
  void approvalNamesARunOfTheAccount() {
    World world = braked();

    assertThatThrownBy(() -> world.engine().approveHeld(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runNumber must name a run of this account, 1 to 2, was 0.");
    assertThatThrownBy(() -> world.engine().approveHeld(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runNumber must name a run of this account, 1 to 2, was 3.");
    assertThatThrownBy(() -> world.engine().approveHeld(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("run-1 holds no archives or removals to approve");
  }

  @Test
  void letsAFewArchivesThrough() {
    World world = new World(200);
    world.run();
    world.deleteFirst(5);

    SyncReport report = world.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(report.counts().archived()).isEqualTo(5);
    assertThat(report.brake().orElseThrow().tripped()).isFalse();
    assertThat(world.store.held()).isEmpty();
  }

  @Test
  void holdsEveryArchiveWhenTheSourceIsEmptyWhereContactsExisted() {
    World world = new World(4);
    world.run();
    for (SourceContact c : world.source.contacts()) {
      world.source.remove(c.mergeId());
    }

    SyncReport report = world.run(RunRequest.FULL_RECONCILIATION);

    assertThat(report.outcome()).isEqualTo(RunOutcome.BRAKED);
    assertThat(report.brake().orElseThrow().reasons()).containsExactly(BrakeReason.EMPTY_SOURCE);
    assertThat(report.counts().held()).isEqualTo(4);
    assertThat(world.store.held()).hasSize(4);
    assertThat(world.store.levitateContacts().values())
        .allMatch(c -> c.status() == ContactStatus.ACTIVE);
  }

  @Test
  void holdsArchivesWhileMergeReportsItsSyncPartial() {
    World world = new World(100);
    world.run();
    world.edit(1, c -> c.remoteWasDeleted(true));
    world.source.syncStatus(
        Optional.of(
            SourceSyncStatus.builder()
                .modelId("crm.Contact")
                .status(SourceSyncStatus.State.PARTIALLY_SYNCED)
                .build()));

    SyncReport report = world.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.BRAKED);
    assertThat(report.mergeSyncState()).hasValue(SourceSyncStatus.State.PARTIALLY_SYNCED);
    assertThat(report.brake().orElseThrow().summary())
        .isEqualTo(
            "The brake held back 1 archive or"
                + " removal of 100 contacts: Merge reports its contact sync as PARTIALLY_SYNCED.");
    assertThat(world.store.held()).hasSize(1);
  }

  @Test
  void approvalWaitsForTheRunInProgress() {
    World world = new World(200);
    world.source.failAtRequest(5);
    assertThatThrownBy(world::run).hasMessageContaining("Simulated failure");

    assertThatThrownBy(() -> world.engine().approveHeld(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("run-1 is in progress; run() finishes it before held changes can be approved.");
  }
}
