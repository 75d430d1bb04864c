package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncReport;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class SyncDryRunTest {

  @Test
  void dryInitialSyncEmitsNothingAndReturnsTheDiffTheRealRunApplies() {
    World world = new World(230);
    world.clock.advance(Duration.ofHours(1));

    DryRun dry = world.engine().dryRun();

    assertThat(dry.report().dryRun()).isTrue();
    assertThat(world.store.commits()).isZero();
    assertThat(world.store.runState()).isEqualTo(RunState.initial());
    SyncReport real = world.engine().run();
    assertThat(dry.changes()).hasSize(230).isEqualTo(world.store.changes());
    assertThat(dry.report().counts().created()).isEqualTo(real.counts().created());
  }

  @Test
  void dryIncrementalRunReturnsExactlyWhatTheRealRunApplies() {
    World world = new World(300);
    world.run();
    world.edit(10, c -> c.putFields("Interests__c", FieldValue.text("Wine")));
    world.edit(11, c -> c.remoteWasDeleted(true));
    world.edit(12, c -> c.putFields("Deceased__c", FieldValue.bool(true)));
    world.renameAccount(4, "Renamed Inc");
    world.clock.advance(Duration.ofHours(1));
    int before = world.store.changes().size();
    long commits = world.store.commits();
    var states = world.store.states();

    DryRun dry = world.engine().dryRun();

    assertThat(world.store.commits()).isEqualTo(commits);
    assertThat(world.store.states()).isEqualTo(states);
    world.engine().run();
    assertThat(dry.changes()).isNotEmpty().isEqualTo(world.changesSince(before));
  }

  @Test
  void dryFullReconciliationSweepsLikeTheRealOne() {
    World world = new World(150);
    world.run();
    world.source.remove(Fixtures.mergeId(3));
    world.edit(70, c -> c.firstName("Changed"));
    world.clock.advance(Duration.ofHours(1));
    int before = world.store.changes().size();

    DryRun dry = world.engine().dryRun(RunRequest.FULL_RECONCILIATION);
    world.engine().run(RunRequest.FULL_RECONCILIATION);

    assertThat(dry.changes()).hasSize(2).isEqualTo(world.changesSince(before));
  }

  @Test
  void dryRunShowsWhatTheBrakeWouldHold() {
    World world = new World(100);
    world.run();
    world.deleteFirst(40);
    world.clock.advance(Duration.ofHours(1));

    DryRun dry = world.engine().dryRun();
    SyncReport real = world.engine().run();

    assertThat(dry.report().outcome()).isEqualTo(RunOutcome.BRAKED).isEqualTo(real.outcome());
    assertThat(dry.held()).hasSize(40).isEqualTo(world.store.held());
    assertThat(dry.changes()).isEmpty();
  }

  @Test
  void aSettingsChangeThatDropsATagFieldAndAKeyFactSaysHowManyContactsLoseEachBeforeItIsApplied() {
    World world = new World(120);
    world.run();
    long vip = world.store.states().stream().filter(s -> s.ownedTags().contains("VIP")).count();
    long anniversaries =
        world.store.states().stream()
            .filter(s -> s.ownedKeyFacts().stream().anyMatch(f -> f.label().equals("Anniversary")))
            .count();
    world.settings =
        ai.levitate.sf.core.settings.SyncSettings.builder()
            .from(world.settings)
            .tagFields(java.util.List.of("Interests__c"))
            .keyFacts(
                java.util.List.of(ai.levitate.sf.core.settings.KeyFactSetting.of("Birthdate")))
            .build();
    world.clock.advance(Duration.ofHours(1));
    long commits = world.store.commits();

    DryRun dry = world.engine().dryRun();

    assertThat(world.store.commits()).isEqualTo(commits);
    assertThat(vip).isPositive();
    assertThat(anniversaries).isPositive();
    assertThat(dry.tagsRemoved()).containsEntry("VIP", vip);
    assertThat(dry.keyFactsRemoved())
        .containsEntry("Anniversary", anniversaries)
        .doesNotContainKey("Birthdate");
    world.engine().run();
    assertThat(world.store.states()).noneMatch(s -> s.ownedTags().contains("VIP"));
  }
}
