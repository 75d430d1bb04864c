package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.LevitateSfException;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.testkit.InMemorySyncStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Kills runs at every call they make into the SPI (every page boundary, every read and both sides
 * of every commit) and resumes them; the end must be the unkilled end, change log included. A
 * partitioned run's windows interleave as their pages arrive, so its change log must hold the same
 * changes, numbered without gaps, in any order across windows.
 */
final class SyncCrashTest {
  private static final int CONTACTS = 130;

  /** Where a whole scenario ends: everything the host holds. */
  record End(
      List<ContactChange> changes,
      List<ContactState> states,
      List<HeldChange> held,
      Map<String, InMemorySyncStore.HostContact> levitate,
      RunState runState) {
    static End of(World world) {
      return new End(
          world.store.changes(),
          world.store.states(),
          world.store.held(),
          world.store.levitateContacts(),
          world.store.runState());
    }

    List<String> differences(End other, boolean inAnyOrder) {
      List<String> parts = new ArrayList<>();
      if (inAnyOrder
          ? !(unordered(changes).equals(unordered(other.changes)) && gapless(changes))
          : !changes.equals(other.changes)) {
        parts.add("changes");
      }
      if (!states.equals(other.states)) {
        parts.add("states");
      }
      if (!held.equals(other.held)) {
        parts.add("held");
      }
      if (!levitate.equals(other.levitate)) {
        parts.add("levitate");
      }
      if (!runState.equals(other.runState)) {
        parts.add("runState");
      }
      return parts;
    }

    /** The changes with their positions left out, in an order of their own. */
    private static List<ContactChange> unordered(List<ContactChange> changes) {
      return changes.stream()
          .map(c -> ContactChange.builder().from(c).position(0).build())
          .sorted(
              Comparator.comparing(ContactChange::runId)
                  .thenComparing(ContactChange::salesforceId)
                  .thenComparing(ContactChange::type))
          .toList();
    }

    /** Whether each run numbered its changes 0, 1, 2 and so on, in the order they were stored. */
    private static boolean gapless(List<ContactChange> changes) {
      Map<String, Long> next = new HashMap<>();
      for (ContactChange change : changes) {
        if (change.position() != next.getOrDefault(change.runId(), 0L)) {
          return false;
        }
        next.put(change.runId(), change.position() + 1);
      }
      return true;
    }
  }

  /**
   * An initial sync over 3 pages; an incremental run with edits on every page, a deletion, a
   * deceased contact, a renamed account and a renamed owner of a few; a full reconciliation with a
   * contact Merge lost; a braked run and its approval.
   */
  private static void scenario(World world) {
    SourceUser few = Fixtures.user(9, "Few", Fixtures.T0);
    world.source.putUser(few);
    for (int i : new int[] {2, 77}) {
      world.edit(i, c -> c.owner(few));
    }
    later(world);
    until(world, () -> world.engine().run());

    world.edit(5, c -> c.putFields("Title", FieldValue.text("Chair")));
    world.edit(60, c -> c.remoteWasDeleted(true));
    world.edit(110, c -> c.putFields("Deceased__c", FieldValue.bool(true)));
    world.edit(120, c -> c.putFields("Interests__c", FieldValue.text("Opera")));
    world.renameAccount(2, "Renamed");
    world.renameUser(9, "Renamed Owner");
    later(world);
    until(world, () -> world.engine().run());

    world.source.remove(Fixtures.mergeId(33));
    world.edit(34, c -> c.lastName("Reconciled"));
    later(world);
    until(world, () -> world.engine().run(RunRequest.FULL_RECONCILIATION));

    world.deleteFirst(30);
    later(world);
    until(world, () -> world.engine().run());
    long braked = world.store.runState().watermark().orElseThrow().runNumber();
    until(world, () -> world.engine().approveHeld(braked));
  }

  private static void later(World world) {
    world.clock.advance(Duration.ofHours(1));
  }

  /** Runs a step until it has completed, resuming after each kill as a restarted worker would. */
  private static void until(World world, Supplier<?> step) {
    long started = world.store.runState().runsStarted();
    while (true) {
      try {
        step.get();
        return;
      } catch (Crasher.Killed killed) {
        RunState state = world.store.runState();
        if (state.runsStarted() > started && state.checkpoint().isEmpty()) {
          return; // killed after the final commit: the run had completed
        }
      }
    }
  }

  private static World world() {
    World world = new World(CONTACTS);
    world.pageSize = 50;
    world.crasher = new Crasher();
    return world;
  }

  /**
   * Full passes read windows of 20 contacts, three at a time: pages of several windows are in
   * flight at every commit, and windows split. The executor runs each read at once, so the calls,
   * and the points to kill at, come in the same order every time.
   */
  private static World partitioned() {
    World world = world();
    world.pageSize = 20;
    world.readConcurrency = 3;
    world.executor = Runnable::run;
    return world;
  }

  @Test
  void aRunKilledAtAnyCallResumesToTheEndOfAnUnkilledRun() {
    killEverywhere("SyncCrashTest", SyncCrashTest::world, false);
  }

  @Test
  void aPartitionedRunKilledAtAnyCallResumesToTheEndOfAnUnkilledRun() {
    World first = partitioned();
    Recorder recorder = new Recorder();
    first.clock.advance(Duration.ofHours(1));
    first.engine(recorder::source).run();
    assertThat(recorder.reads().stream().map(r -> r.query().createdAfter()).distinct())
        .as("windows of the first full pass")
        .hasSizeGreaterThan(2);

    End partitioned =
        killEverywhere("SyncCrashTest (partitioned)", SyncCrashTest::partitioned, true);

    World sequential = world();
    scenario(sequential);
    End expected = End.of(sequential);
    assertThat(partitioned.states()).isEqualTo(expected.states());
    assertThat(partitioned.held()).isEqualTo(expected.held());
    assertThat(partitioned.levitate()).isEqualTo(expected.levitate());
  }

  /** Kills the scenario at each of its calls in turn; every end must be the unkilled end. */
  private static End killEverywhere(String name, Supplier<World> worlds, boolean inAnyOrder) {
    World unkilled = worlds.get();
    scenario(unkilled);
    End expected = End.of(unkilled);
    long points = unkilled.crasher.calls();
    assertThat(expected.changes()).hasSizeGreaterThan(CONTACTS);
    assertThat(points).isGreaterThan(100);

    Map<Long, List<String>> diverged = new TreeMap<>();
    for (long point = 1; point <= points; point++) {
      World world = worlds.get();
      world.crasher.killAt(point);
      scenario(world);
      List<String> differences = End.of(world).differences(expected, inAnyOrder);
      if (!differences.isEmpty()) {
        diverged.put(point, differences);
      }
    }

    System.out.println(
        name
            + ": killed and resumed at "
            + points
            + " points; "
            + expected.changes().size()
            + " changes and "
            + expected.states().size()
            + " states matched the unkilled run at every one");
    assertThat(diverged).as("kill points, and what differs at the end").isEmpty();
    return expected;
  }

  @Test
  void aCommitThatFailsStoresNothingAndTheRunResumesFromTheLastPage() {
    World unkilled = new World(CONTACTS);
    unkilled.pageSize = 50;
    unkilled.run();
    World world = new World(CONTACTS);
    world.pageSize = 50;
    world.store.failAtCommit(3);

    assertThatThrownBy(world::run)
        .isInstanceOf(LevitateSfException.class)
        .hasMessage("Simulated failure of commit 3; nothing stored.");
    assertThat(world.store.changes()).hasSize(50);
    assertThat(world.store.runState().checkpoint().orElseThrow().changesEmitted()).isEqualTo(50);
    world.run();

    assertThat(world.store.changes()).isEqualTo(unkilled.store.changes());
    assertThat(world.store.states()).isEqualTo(unkilled.store.states());
  }

  @Test
  void aResumedRunReportsTheWholeRun() {
    World world = new World(CONTACTS);
    world.pageSize = 50;
    world.source.failAtRequest(5);
    assertThatThrownBy(world::run).hasMessage("Simulated failure of request 5 (GET /contacts).");

    var report = world.engine().run();

    assertThat(report.resumes()).isEqualTo(1);
    assertThat(report.runId()).isEqualTo("run-1");
    assertThat(report.counts().created()).isEqualTo(CONTACTS);
    assertThat(report.counts().pages()).isEqualTo(3);
  }
}
