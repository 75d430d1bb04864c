package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncProgress;
import ai.levitate.sf.core.spi.SyncReport;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A run given a deadline or cancelled stops at the next page boundary with its checkpoint
 * committed, reports CANCELLED, and the next run resumes it to the end an unstopped run reaches.
 * Time is the test's clock: each page read costs a minute of it.
 */
final class RunControlTest {
  private final ThreadPoolExecutor pool =
      new ThreadPoolExecutor(4, 4, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
  private final CountDownLatch never = new CountDownLatch(1);

  @AfterEach
  void stop() {
    never.countDown();
    pool.shutdownNow();
  }

  @Test
  void aRunPastItsDeadlineStopsAtAPageBoundaryAndTheNextRunEndsAsAnUnstoppedOne() {
    World world = world(250);
    World expected = world(250);
    expected.engine().run();
    Instant start = world.clock.instant();

    SyncReport stopped =
        world
            .engine(source -> minuteAPage(source, world.clock))
            .run(RunControl.deadline(start.plus(Duration.ofSeconds(330))));

    assertThat(stopped.outcome()).isEqualTo(RunOutcome.CANCELLED);
    assertThat(stopped.counts().pages())
        .as("the page that ended past 5.5 minutes is kept")
        .isEqualTo(6);
    assertThat(stopped.counts().created()).isEqualTo(60);
    assertThat(world.store.changes()).hasSize(60);
    assertThat(world.store.runState().checkpoint()).isPresent();
    assertThat(world.store.runState().watermark()).isEmpty();

    SyncReport resumed = world.engine().run();

    assertThat(resumed.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(resumed.runId()).isEqualTo(stopped.runId());
    assertThat(resumed.resumes()).isEqualTo(1);
    assertThat(resumed.counts().created()).isEqualTo(250);
    assertThat(world.store.states()).isEqualTo(expected.store.states());
    assertThat(world.store.levitateContacts()).isEqualTo(expected.store.levitateContacts());
  }

  @Test
  void aCancelledRunStopsAfterThePageInHandAndResumesLater() {
    World world = world(250);
    World expected = world(250);
    expected.engine().run();
    RunControl control = RunControl.create();
    world.listener = cancelAfter(3, control);

    SyncReport stopped = world.engine().run(control);
    world.listener = SyncListener.NONE;

    assertThat(control.cancelled()).isTrue();
    assertThat(stopped.outcome()).isEqualTo(RunOutcome.CANCELLED);
    assertThat(stopped.counts().pages()).isEqualTo(3);
    assertThat(world.store.changes()).hasSize(30);
    SyncReport resumed = world.engine().run();
    assertThat(resumed.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(world.store.states()).isEqualTo(expected.store.states());
  }

  @Test
  void aCancelledPartitionedReadCancelsItsReadsInFlightInsteadOfAwaitingThem() throws Exception {
    World world = world(400);
    AtomicInteger submitted = new AtomicInteger();
    world.readConcurrency = 4;
    world.executor =
        task -> {
          submitted.incrementAndGet();
          pool.execute(task);
        };
    World expected = world(400);
    expected.engine().run();
    RunControl control = RunControl.create();
    AtomicInteger reads = new AtomicInteger();
    Semaphore waiting = new Semaphore(0);
    Semaphore interrupted = new Semaphore(0);
    // The first page splits the pass into windows, whose reads start before the page is
    // committed; the run is cancelled once every one of them is waiting on Merge.
    world.listener =
        new SyncListener() {
          @Override
          public void pageCommitted(SyncProgress progress) {
            acquire(waiting, submitted.get() - 1);
            control.cancel();
          }
        };

    SyncReport stopped =
        world
            .engine(
                source ->
                    new Forwarding(source) {
                      @Override
                      public ContactPage readContacts(ContactQuery query) {
                        if (reads.incrementAndGet() > 1) {
                          waiting.release();
                          try {
                            // Merge never answers these; only an interrupt ends the wait before the
                            // test does.
                            never.await(30, TimeUnit.SECONDS);
                          } catch (InterruptedException e) {
                            interrupted.release();
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted", e);
                          }
                        }
                        return super.readContacts(query);
                      }
                    })
            .run(control);

    assertThat(stopped.outcome()).isEqualTo(RunOutcome.CANCELLED);
    assertThat(stopped.counts().pages()).isEqualTo(1);
    assertThat(submitted.get()).as("reads started after the first page split").isGreaterThan(2);
    assertThat(acquire(interrupted, submitted.get() - 1))
        .as("every read in flight interrupted")
        .isTrue();
    world.listener = SyncListener.NONE;
    world.executor = pool;
    assertThat(world.engine().run().outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(world.store.states()).isEqualTo(expected.store.states());
  }

  /** Takes {@code permits}, waiting at most 30 s: a bound for a broken build, not a timing. */
  private static boolean acquire(Semaphore semaphore, int permits) {
    try {
      return semaphore.tryAcquire(permits, 30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private World world(int contacts) {
    World world = new World(contacts);
    world.pageSize = 10;
    world.clock.advance(Duration.ofHours(1));
    return world;
  }

  /** The source, each page of which takes a minute of the test's clock. */
  private static ContactSource minuteAPage(ContactSource source, TestClock clock) {
    return new Forwarding(source) {
      @Override
      public ContactPage readContacts(ContactQuery query) {
        ContactPage page = super.readContacts(query);
        clock.advance(Duration.ofMinutes(1));
        return page;
      }
    };
  }

  private static SyncListener cancelAfter(int pages, RunControl control) {
    AtomicInteger committed = new AtomicInteger();
    return new SyncListener() {
      @Override
      public void pageCommitted(SyncProgress progress) {
        if (committed.incrementAndGet() == pages) {
          control.cancel();
        }
      }
    };
  }
}
