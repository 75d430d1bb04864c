package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.spi.BrakeDecision;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.spi.SyncStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SweepSkipTest {
  private final World world = new World(250);
  private final List<ContactStateQuery> sweeps = new ArrayList<>();

  SweepSkipTest() {
    world.storage = this::recording;
  }

  @Test
  void aFullPassThatSawEveryActiveContactNeverAsksTheStoreForUnseenOnes() {
    SyncReport first = world.run();
    SyncReport full = world.run(RunRequest.FULL_RECONCILIATION);

    assertThat(first.counts().created()).isEqualTo(250);
    assertThat(full.counts().archived()).isZero();
    assertThat(sweeps).isEmpty();
    // The run ends as one that swept nothing: the brake decided, the next run is incremental.
    for (SyncReport run : List.of(first, full)) {
      assertThat(run.outcome()).isEqualTo(RunOutcome.COMPLETED);
      BrakeDecision brake = run.brake().orElseThrow();
      assertThat(brake.tripped()).isFalse();
      assertThat(brake.changes()).isZero();
      assertThat(brake.read()).isEqualTo(250);
    }
    assertThat(full.brake().orElseThrow().known()).isEqualTo(250);
    assertThat(world.run().kind()).isEqualTo(RunKind.INCREMENTAL);
  }

  @Test
  void aFullPassThatMissedAContactSweepsAndArchivesIt() {
    world.run();
    world.source.remove(Fixtures.mergeId(7));

    SyncReport full = world.run(RunRequest.FULL_RECONCILIATION);

    assertThat(full.counts().archived()).isEqualTo(1);
    assertThat(sweeps).isNotEmpty();
  }

  /** The store, noting each list of contact states the engine asks for by when they were seen. */
  private SyncStore recording(SyncStore store) {
    return (SyncStore)
        Proxy.newProxyInstance(
            SyncStore.class.getClassLoader(),
            new Class<?>[] {SyncStore.class},
            (proxy, method, args) -> {
              if (method.getName().equals("contacts")
                  && args[0] instanceof ContactStateQuery query
                  && query.seenBeforeRun().isPresent()) {
                sweeps.add(query);
              }
              try {
                return method.invoke(store, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
