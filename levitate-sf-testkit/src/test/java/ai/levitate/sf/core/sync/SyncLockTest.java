package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.LevitateSfException;
import ai.levitate.sf.core.spi.LeaseLostException;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncLease;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncLockedException;
import ai.levitate.sf.core.spi.SyncProgress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

final class SyncLockTest {

  @Test
  void aSecondWorkerIsTurnedAwayUntilTheLeaseLapses() {
    World world = new World(20);
    SyncLease other = world.lock.tryAcquire("worker-b", Duration.ofMinutes(10)).orElseThrow();

    assertThatThrownBy(() -> world.engine().run())
        .isInstanceOf(SyncLockedException.class)
        .hasMessage(
            "Another worker holds the sync lease of this account; try again when its run"
                + " ends or its lease lapses.");
    assertThat(world.store.commits()).isZero();

    world.clock.advance(Duration.ofMinutes(11));
    assertThat(world.engine().run().counts().created()).isEqualTo(20);
    assertThat(other.renew(Duration.ofMinutes(10))).isFalse();
    assertThat(world.lock.holder()).isEmpty();
  }

  @Test
  void aRunWhoseLeaseLapsedStopsBeforeItsNextCommitAndResumesLater() {
    World world = new World(250);
    world.listener =
        new SyncListener() {
          @Override
          public void pageCommitted(SyncProgress progress) {
            if (progress.pages() == 1) {
              world.clock.advance(Duration.ofMinutes(11)); // the worker stalls past its lease
              world.lock.tryAcquire("worker-b", Duration.ofMinutes(1)).orElseThrow();
            }
          }
        };

    assertThatThrownBy(world::run)
        .isInstanceOf(LeaseLostException.class)
        .hasMessage(
            "The sync lease lapsed during run-1; the run stopped before its next commit and"
                + " resumes on the next call.");
    assertThat(world.store.changes()).hasSize(100);

    world.listener = SyncListener.NONE;
    world.clock.advance(Duration.ofMinutes(2));
    assertThat(world.engine().run().resumes()).isEqualTo(1);
    assertThat(world.store.changes()).hasSize(250);
  }

  @Test
  void theStoreRefusesABatchFromAnOlderLease() {
    World world = new World(5);
    world.run();
    SyncBatch stale =
        SyncBatch.builder().runId("run-0").fencingToken(0).runState(RunState.initial()).build();

    assertThatThrownBy(() -> world.store.commit(stale))
        .isInstanceOf(LevitateSfException.class)
        .hasMessage("Refused a batch of run-0 with lease token 0; a newer lease (1) exists.");
  }
}
