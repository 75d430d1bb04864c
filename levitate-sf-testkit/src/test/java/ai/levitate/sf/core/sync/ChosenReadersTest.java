package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ReadLimits;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncProgress;
import ai.levitate.sf.core.spi.SyncReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * How many pages a full pass reads at once when the host leaves the number to the engine: from the
 * source's rate limit and the time its pages take on the engine's (manual) monotonic clock. Reads
 * run on the run's thread, one after another, so each page's time is exactly its latency.
 */
final class ChosenReadersTest {
  private final AtomicLong nanos = new AtomicLong();
  private final List<Integer> readers = new ArrayList<>();
  private final Recorder recorder = new Recorder();

  /** 600 contacts, 10 a page, the number of readers left to the engine. */
  private World world() {
    World world = new World(600);
    world.pageSize = 10;
    world.readConcurrency = 0;
    world.executor = Runnable::run;
    world.options = engine -> engine.nanoClock(nanos::get);
    world.listener =
        new SyncListener() {
          @Override
          public void pageCommitted(SyncProgress progress) {
            readers.add(progress.readers());
          }
        };
    world.clock.advance(Duration.ofHours(1));
    return world;
  }

  /**
   * A source with these limits whose {@code n}-th page (from 1) takes {@code latency.apply(n)},
   * {@code waited} of it held back by its own rate limiter.
   */
  private SyncReport run(
      World world, ReadLimits limits, IntFunction<Duration> latency, Duration waited) {
    int[] pages = {0};
    return world
        .engine(
            source ->
                recorder.source(
                    new Forwarding(source) {
                      @Override
                      public Optional<ReadLimits> readLimits() {
                        return Optional.of(limits);
                      }

                      @Override
                      public ContactPage readContacts(ContactQuery query) {
                        nanos.addAndGet(latency.apply(++pages[0]).plus(waited).toNanos());
                        return ContactPage.builder()
                            .from(super.readContacts(query))
                            .waited(waited)
                            .build();
                      }
                    }))
        .run();
  }

  private static IntFunction<Duration> fixed(long millis) {
    return page -> Duration.ofMillis(millis);
  }

  @Test
  void readsAsManyPagesAtOnceAsKeepTheRateLimitBusy() {
    // 3,000 a minute is 50 a second; at 0.1 s a page, 1.25 * 50 * 0.1 = 6.25 readers
    SyncReport report = run(world(), ReadLimits.of(3000, 10), fixed(100), Duration.ZERO);

    assertThat(report.counts().created()).isEqualTo(600);
    assertThat(readers.get(0)).isEqualTo(7);
    assertThat(readers).containsOnly(7);
    assertThat(windows()).as("windows read").isGreaterThanOrEqualTo(7);
  }

  @Test
  void slowerPagesNeedMoreReaders() {
    // 600 a minute is 10 a second: 0.4 s a page needs 5 readers
    run(world(), ReadLimits.of(600, 10), fixed(400), Duration.ZERO);

    assertThat(readers).containsOnly(5);
  }

  @Test
  void aLowerRateLimitNeedsFewerReaders() {
    // 100 a minute: 1.25 * 1.67 * 1.0 = 2.08
    run(world(), ReadLimits.of(100, 5), fixed(1000), Duration.ZERO);

    assertThat(readers).containsOnly(3);
  }

  @Test
  void neverMoreReadersThanTheSourceRunsAtOnce() {
    run(world(), ReadLimits.of(600, 4), fixed(5000), Duration.ZERO);

    assertThat(readers).containsOnly(4);
  }

  @Test
  void theNumberFollowsTheLatencyAsItChanges() {
    // 0.1 s a page for 20 pages, then 0.3 s: from 7 readers up to 1.25 * 50 * 0.3 = 19, capped at
    // 10
    run(
        world(),
        ReadLimits.of(3000, 10),
        page -> Duration.ofMillis(page <= 20 ? 100 : 300),
        Duration.ZERO);

    assertThat(readers.subList(0, 20)).containsOnly(7);
    assertThat(readers.get(readers.size() - 1)).isEqualTo(10);
    assertThat(readers).isSorted();
  }

  @Test
  void waitingForTheSourcesOwnLimitIsNotPageTime() {
    run(world(), ReadLimits.of(3000, 10), fixed(100), Duration.ofSeconds(2));

    assertThat(readers).containsOnly(7);
  }

  @Test
  void theHostsNumberWins() {
    World world = world();
    world.readConcurrency = 3;

    run(world, ReadLimits.of(3000, 10), fixed(100), Duration.ZERO);

    assertThat(readers).containsOnly(3);
  }

  @Test
  void aSourceWithoutALimitIsReadPageAfterPage() {
    SyncReport report = world().engine(recorder::source).run();

    assertThat(report.counts().created()).isEqualTo(600);
    assertThat(readers).containsOnly(1);
    assertThat(recorder.reads())
        .hasSize(60)
        .allSatisfy(read -> assertThat(read.query().createdAfter()).isEmpty());
  }

  @Test
  void anIncrementalRunReadsItsFewPagesInSequence() {
    World world = world();
    run(world, ReadLimits.of(3000, 10), fixed(100), Duration.ZERO);
    for (int i = 0; i < 25; i++) {
      world.edit(i, c -> c.lastName("Edited"));
    }
    int before = recorder.reads().size();

    world.clock.advance(Duration.ofHours(1));
    SyncReport report = run(world, ReadLimits.of(3000, 10), fixed(100), Duration.ZERO);

    assertThat(report.counts().updated()).isEqualTo(25);
    assertThat(recorder.reads().subList(before, recorder.reads().size()))
        .as("the incremental run's reads")
        .hasSize(3);
  }

  @Test
  void aLargeIncrementalReadSplitsOnlyAfterTenPagesInSequence() {
    World world = world();
    run(world, ReadLimits.of(3000, 10), fixed(100), Duration.ZERO);
    for (int i = 0; i < 400; i++) {
      world.edit(i, c -> c.lastName("Edited"));
    }
    int before = recorder.reads().size();

    world.clock.advance(Duration.ofHours(1));
    SyncReport report = run(world, ReadLimits.of(3000, 10), fixed(100), Duration.ZERO);

    List<Recorder.Read> reads = recorder.reads().subList(before, recorder.reads().size());
    assertThat(report.counts().updated()).isEqualTo(400);
    assertThat(reads.subList(0, 10))
        .as("the first ten pages")
        .allSatisfy(read -> assertThat(read.query().createdAfter()).isEmpty());
    assertThat(reads.stream().map(read -> read.query().createdAfter()).distinct().count())
        .as("windows")
        .isGreaterThan(1);
    assertThat(reads)
        .as("40 pages, and at most an empty page per window split off")
        .hasSizeBetween(40, 40 + 7);
  }

  /** The distinct windows the pass read, by their lower bound. */
  private long windows() {
    return recorder.reads().stream().map(read -> read.query().createdAfter()).distinct().count();
  }
}
