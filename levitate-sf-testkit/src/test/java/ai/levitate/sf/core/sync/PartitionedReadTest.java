package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.LevitateSfException;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ReadPosition;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import ai.levitate.sf.core.spi.SyncReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A full pass read as windows of Merge's created_at, side by side on an executor. */
final class PartitionedReadTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private World partitioned(int contacts) {
    World world = new World(contacts);
    world.pageSize = 10;
    world.readConcurrency = 4;
    world.executor = pool;
    return world;
  }

  private static World sequential(int contacts) {
    World world = new World(contacts);
    world.pageSize = 10;
    return world;
  }

  @Test
  void aFullPassReadsEveryContactOnceAndEndsWhereASequentialOneEnds() {
    World world = partitioned(1000);
    Recorder recorder = new Recorder();
    World expected = sequential(1000);
    expected.run();

    world.clock.advance(Duration.ofHours(1));
    SyncReport report = world.engine(recorder::source).run();

    assertThat(report.counts().created()).isEqualTo(1000);
    assertThat(report.counts().contactsRead()).isEqualTo(1000);
    assertThat(world.store.changes())
        .extracting(ContactChange::salesforceId)
        .doesNotHaveDuplicates()
        .hasSize(1000);
    assertThat(windows(recorder)).as("windows read").hasSizeGreaterThan(4);
    assertThat(recorder.mostAtOnce()).as("pages read at once").isLessThanOrEqualTo(4);
    assertThat(world.store.states()).isEqualTo(expected.store.states());
    assertThat(world.store.levitateContacts()).isEqualTo(expected.store.levitateContacts());
    assertThat(world.store.runState().checkpoint()).isEmpty();
  }

  @Test
  void readsAsManyWindowsAtOnceAsAllowedAndNoMore() {
    World world = partitioned(1000);
    CountDownLatch together = new CountDownLatch(4);
    AtomicInteger reads = new AtomicInteger();
    Recorder recorder = new Recorder();
    world.clock.advance(Duration.ofHours(1));

    // after the first page, the next four reads each wait until all four are being read
    SyncReport report =
        world
            .engine(
                source ->
                    recorder.source(
                        new Forwarding(source) {
                          @Override
                          public ContactPage readContacts(ContactQuery query) {
                            int read = reads.incrementAndGet();
                            if (read >= 2 && read <= 5) {
                              together.countDown();
                              try {
                                assertThat(together.await(30, TimeUnit.SECONDS))
                                    .as("four reads at once")
                                    .isTrue();
                              } catch (InterruptedException e) {
                                throw new AssertionError(e);
                              }
                            }
                            return super.readContacts(query);
                          }
                        }))
            .run();

    assertThat(report.counts().created()).isEqualTo(1000);
    assertThat(recorder.mostAtOnce()).isEqualTo(4);
  }

  @Test
  void eachWindowsContactsReachTheSinkInMergeOrder() {
    Map<Optional<Instant>, List<String>> windows = perWindow(partitioned(600));

    assertThat(windows).hasSizeGreaterThan(4);
    assertThat(windows.values()).allSatisfy(ids -> assertThat(ids).isSorted());
    assertThat(windows.values().stream().mapToInt(List::size).sum()).isEqualTo(600);
  }

  /** The Salesforce ids each window brought to the sink, in the order the sink stored them. */
  private static Map<Optional<Instant>, List<String>> perWindow(World world) {
    Recorder recorder = new Recorder();
    world.clock.advance(Duration.ofHours(1));
    world.engine(recorder::source).run();
    Map<String, Optional<Instant>> windowOf = new HashMap<>();
    for (Recorder.Read read : recorder.reads()) {
      read.ids().forEach(id -> windowOf.put(id, read.query().createdAfter()));
    }
    Map<Optional<Instant>, List<String>> windows =
        new TreeMap<>(Comparator.comparing((Optional<Instant> t) -> t.orElse(Instant.MIN)));
    for (ContactChange change : world.store.changes()) {
      String id = change.salesforceId();
      windows.computeIfAbsent(windowOf.get(id), k -> new ArrayList<>()).add(id);
    }
    return windows;
  }

  @Test
  void contactsInBurstsTiesAndGapsAreEachReadOnce() {
    Random random = new Random(7);
    List<SourceContact> contacts = new ArrayList<>();
    Instant at = Fixtures.T0.minus(Duration.ofDays(2000));
    for (SourceContact contact : Fixtures.contacts(11, 700)) {
      int shape = random.nextInt(10);
      if (shape > 2) { // most arrive in bursts of microseconds, some at the same instant
        at = at.plusNanos(shape == 9 ? 0 : 1_000L * (1 + random.nextInt(3)));
      } else {
        at = at.plus(Duration.ofMinutes(random.nextInt(shape == 0 ? 20_000 : 30)));
      }
      contacts.add(Recorder.createdAt(contact, at));
    }
    World world = partitioned(0);
    world.pageSize = 7;
    world.source.putAll(contacts);
    Recorder recorder = new Recorder();

    world.clock.advance(Duration.ofHours(1));
    SyncReport report = world.engine(recorder::source).run();

    assertThat(report.counts().created()).isEqualTo(700);
    assertThat(report.counts().contactsRead()).isEqualTo(700);
    assertThat(world.store.changes())
        .extracting(ContactChange::salesforceId)
        .doesNotHaveDuplicates()
        .hasSize(700);
    System.out.println(
        "PartitionedReadTest: 700 contacts in bursts and gaps, 100 pages of 7 in"
            + " sequence; read in "
            + recorder.reads().size()
            + " pages over "
            + windows(recorder).size()
            + " windows");
    assertThat(recorder.reads())
        .as("pages, the part pages of windows included")
        .hasSizeLessThan(200);
  }

  @Test
  void contactsListedNewestFirstAreEachReadOnce() {
    Comparator<SourceContact> newestFirst =
        Comparator.comparing((SourceContact c) -> c.createdAt().orElseThrow()).reversed();

    Recorder recorder = new Recorder();
    SyncReport report =
        runOver(new ListedSource(Fixtures.contacts(5, 400), newestFirst, true), recorder);

    assertThat(report.counts().created()).isEqualTo(400);
    assertThat(report.counts().contactsRead()).isEqualTo(400);
    assertThat(windows(recorder)).as("windows read").hasSizeGreaterThan(1);
  }

  @Test
  void aSourceListedInAnotherOrderIsReadInSequence() {
    Comparator<SourceContact> byName =
        Comparator.comparing((SourceContact c) -> c.lastName().orElseThrow())
            .thenComparing(SourceContact::mergeId);

    Recorder recorder = new Recorder();
    SyncReport report =
        runOver(new ListedSource(Fixtures.contacts(5, 400), byName, false), recorder);

    assertThat(report.counts().created()).isEqualTo(400);
    assertThat(recorder.reads()).hasSize(40);
    assertThat(recorder.mostAtOnce()).isEqualTo(1);
  }

  private SyncReport runOver(ListedSource source, Recorder recorder) {
    World world = partitioned(0);
    world.clock.advance(Duration.ofHours(1));
    return SyncEngine.builder()
        .source(recorder.source(source))
        .storage(world.store)
        .lock(world.lock)
        .settings(world.settings)
        .clock(world.clock)
        .pageSize(10)
        .readConcurrency(4)
        .executor(pool)
        .build()
        .run();
  }

  @Test
  void aResumedRunSkipsTheWindowsItFinished() {
    World world = partitioned(400);
    world.executor = Runnable::run;
    world.source.failAtRequest(26);
    assertThatThrownBy(world::run)
        .isInstanceOf(LevitateSfException.class)
        .hasMessage("Simulated failure of request 26 (GET /contacts).");
    SyncCheckpoint stopped = world.store.runState().checkpoint().orElseThrow();
    List<ReadPosition> finished = stopped.positions().stream().filter(ReadPosition::done).toList();
    assertThat(finished).isNotEmpty();
    Recorder recorder = new Recorder();

    SyncReport report = world.engine(recorder::source).run();

    assertThat(report.resumes()).isEqualTo(1);
    assertThat(report.counts().created()).isEqualTo(400);
    assertThat(report.counts().contactsRead()).isEqualTo(400);
    for (Recorder.Read read : recorder.reads()) {
      for (ReadPosition done : finished) {
        assertThat(overlaps(read.query(), done.query()))
            .as("%s reads finished %s", read.query(), done.query())
            .isFalse();
      }
    }
    World expected = sequential(400);
    expected.run();
    assertThat(world.store.states()).isEqualTo(expected.store.states());
  }

  @Test
  void theBrakeHoldsTheSameArchivesAsInASequentialRun() {
    World world = partitioned(300);
    World expected = sequential(300);
    for (World w : List.of(world, expected)) {
      w.run();
      w.deleteFirst(90);
    }

    SyncReport report = world.run(RunRequest.FULL_RECONCILIATION);
    SyncReport sequential = expected.run(RunRequest.FULL_RECONCILIATION);

    assertThat(report.outcome()).isEqualTo(RunOutcome.BRAKED);
    assertThat(report.brake()).isEqualTo(sequential.brake());
    assertThat(report.counts().held()).isEqualTo(90);
    assertThat(world.store.held()).isEqualTo(expected.store.held());
    assertThat(world.store.states()).isEqualTo(expected.store.states());
  }

  @Test
  void aFailedReadEndsTheRunOnlyOnceNoReadIsInFlight() {
    World world = partitioned(500);
    Recorder recorder = new Recorder();
    world.source.failAtRequest(13);
    world.clock.advance(Duration.ofHours(1));

    assertThatThrownBy(() -> world.engine(recorder::source).run())
        .hasMessage("Simulated failure of request 13 (GET /contacts).");

    assertThat(recorder.reading()).isZero();
    assertThat(world.engine(recorder::source).run().counts().created()).isEqualTo(500);
  }

  @Test
  void withoutAnExecutorTheRunReadsOnThreadsOfItsOwnThatEndWithIt() {
    World world = partitioned(600);
    world.executor = null;
    List<String> threads = new ArrayList<>();
    world.clock.advance(Duration.ofHours(1));

    SyncReport report =
        world
            .engine(
                source ->
                    new Forwarding(source) {
                      @Override
                      public ContactPage readContacts(ContactQuery query) {
                        synchronized (threads) {
                          threads.add(Thread.currentThread().getName());
                        }
                        return super.readContacts(query);
                      }
                    })
            .run();

    assertThat(report.counts().created()).isEqualTo(600);
    assertThat(threads).isNotEmpty().allMatch(name -> name.startsWith("levitate-sf-reader-"));
    assertThat(Thread.getAllStackTraces().keySet())
        .as("threads alive after the run")
        .noneMatch(t -> t.getName().startsWith("levitate-sf-reader-"));
  }

  @Test
  void readConcurrencyIsBetweenOneAndThirtyTwo() {
    assertThatThrownBy(() -> SyncEngine.builder().readConcurrency(33))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readConcurrency must be between 1 and 32, was 33.");
  }

  private static Map<Optional<Instant>, Long> windows(Recorder recorder) {
    Map<Optional<Instant>, Long> windows = new LinkedHashMap<>();
    for (Recorder.Read read : recorder.reads()) {
      windows.merge(read.query().createdAfter(), 1L, Long::sum);
    }
    return windows;
  }

  /** Whether two queries' created_at ranges share an instant. */
  private static boolean overlaps(ContactQuery a, ContactQuery b) {
    long aFrom = Windows.from(a).orElse(Long.MIN_VALUE);
    long aTo = Windows.to(a).orElse(Long.MAX_VALUE);
    long bFrom = Windows.from(b).orElse(Long.MIN_VALUE);
    long bTo = Windows.to(b).orElse(Long.MAX_VALUE);
    return aFrom < bTo && bFrom < aTo;
  }
}
