package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.CursorRejectedException;
import ai.levitate.sf.core.spi.SyncReport;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Merge's cursors may expire while a run is stopped: a resumed run whose stored cursor the source
 * refuses reads that slice again from its start, and ends as an unstopped run does.
 */
final class ExpiredCursorTest {

  @Test
  void aResumedRunReadsASliceAgainWhenItsStoredCursorExpired() {
    World expected = new World(250);
    expected.run();
    World world = new World(250);
    world.source.failAtRequest(5); // catalog, sync status, accounts, page 1, then page 2 fails
    assertThatThrownBy(world::run).hasMessageContaining("Simulated failure");
    assertThat(
            world.store.runState().checkpoint().orElseThrow().positions().get(0).query().cursor())
        .isPresent();
    world.source.expireCursors();

    SyncReport report = world.engine().run();

    assertThat(report.counts().created()).isEqualTo(250);
    assertThat(world.store.changes()).isEqualTo(expected.store.changes());
    assertThat(world.store.states()).isEqualTo(expected.store.states());
    assertThat(world.store.levitateContacts()).isEqualTo(expected.store.levitateContacts());
  }

  @Test
  void aPartitionedRunRestartsOnlyTheWindowsWhoseCursorsExpired() {
    Supplier<World> partitioned =
        () -> {
          World world = new World(130);
          world.pageSize = 20;
          world.readConcurrency = 3;
          world.executor = Runnable::run;
          return world;
        };
    World expected = partitioned.get();
    expected.run();
    World world = partitioned.get();
    world.source.failAtRequest(9);
    assertThatThrownBy(world::run).hasMessageContaining("Simulated failure");
    assertThat(world.store.runState().checkpoint().orElseThrow().positions())
        .filteredOn(p -> !p.done() && p.query().cursor().isPresent())
        .hasSizeGreaterThan(1);
    world.source.expireCursors();

    world.engine().run();

    assertThat(world.store.changes())
        .hasSize(130)
        .allMatch(c -> c.type() == ChangeType.CREATE)
        .extracting(ContactChange::salesforceId)
        .doesNotHaveDuplicates();
    assertThat(world.store.states()).isEqualTo(expected.store.states());
    assertThat(world.store.levitateContacts()).isEqualTo(expected.store.levitateContacts());
  }

  @Test
  void aFreshCursorRefusedStopsTheRunWhichThenResumes() {
    World world = new World(250);
    boolean[] refuse = {true};
    assertThatThrownBy(
            () ->
                world
                    .engine(
                        inner ->
                            new Forwarding(inner) {
                              @Override
                              public ContactPage readContacts(ContactQuery query) {
                                if (query.cursor().isPresent() && refuse[0]) {
                                  refuse[0] = false;
                                  throw new CursorRejectedException(
                                      "Merge refused a cursor it just gave", null);
                                }
                                return inner.readContacts(query);
                              }
                            })
                    .run())
        .isInstanceOf(CursorRejectedException.class);

    world.source.expireCursors();
    assertThat(world.engine().run().counts().created()).isEqualTo(250);
  }
}
