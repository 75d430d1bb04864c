package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ai.levitate.sf.core.LevitateSfException;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.spi.AccountPage;
import ai.levitate.sf.core.spi.AccountQuery;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.testkit.InMemorySyncStore.HostContact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A full pass reads the accounts list in windows of created_at side by side, as it reads contacts:
 * an org where every client has an account of their own (a Financial Services Cloud household, a
 * person account) has as many accounts as contacts, and each contact needs its account's Type.
 */
final class AccountWindowsTest {
  private static final int CLIENTS = 300;
  private static final int ACCOUNT_PAGE = 7;

  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** One account per client, every other one a household, created at the given instants. */
  private static List<SourceAccount> accounts(List<Optional<Instant>> created) {
    List<SourceAccount> accounts = new ArrayList<>();
    for (int i = 0; i < created.size(); i++) {
      accounts.add(
          SourceAccount.builder()
              .mergeId("fa-" + i)
              .remoteId("001F" + i)
              .name("Client " + i)
              .modifiedAt(Fixtures.T0.minus(Duration.ofDays(30)))
              .createdAt(created.get(i))
              .fieldsRead(true)
              .putFields("Type", FieldValue.text(i % 2 == 0 ? "Household" : "Business"))
              .build());
    }
    return accounts;
  }

  /**
   * {@code count} instants a minute apart, ending a minute before T0: evenly spread, so the first
   * page's density holds and the windows read at once are as many as allowed.
   */
  private static List<Optional<Instant>> oneAMinute(int count) {
    List<Optional<Instant>> created = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      created.add(Optional.of(Fixtures.T0.minus(Duration.ofMinutes(count - i))));
    }
    return created;
  }

  /** Instants in bursts of microseconds, some shared, with gaps of minutes and of weeks. */
  private static List<Optional<Instant>> bursty(long seed, int count) {
    Random random = new Random(seed);
    List<Optional<Instant>> created = new ArrayList<>();
    Instant at = Fixtures.T0.minus(Duration.ofDays(900));
    for (int i = 0; i < count; i++) {
      int shape = random.nextInt(10);
      if (shape > 2) {
        at = at.plusNanos(shape == 9 ? 0 : 1_000L * (1 + random.nextInt(3)));
      } else {
        at = at.plus(Duration.ofMinutes(random.nextInt(shape == 0 ? 40_000 : 30)));
      }
      created.add(Optional.of(at));
    }
    return created;
  }

  /** A world whose contacts each name their own account as Merge expands it: without its Type. */
  private static World world(List<SourceAccount> accounts, int readers) {
    World world = new World(0);
    world.pageSize = 10;
    world.readConcurrency = readers;
    Random random = new Random(3);
    List<SourceContact> contacts = new ArrayList<>();
    for (int i = 0; i < accounts.size(); i++) {
      SourceAccount account = accounts.get(i);
      world.source.putAccount(account);
      SourceAccount expanded =
          SourceAccount.builder().mergeId(account.mergeId()).name(account.name()).build();
      contacts.add(
          Fixtures.contact(
              random,
              i,
              Fixtures.T0.minus(Duration.ofMinutes(accounts.size() - i)),
              expanded,
              Fixtures.users().get(0)));
    }
    world.source.putAll(contacts);
    return world;
  }

  /**
   * The world's source, with its accounts list paged from {@code listed} (in that order, {@value
   * #ACCOUNT_PAGE} a page, Merge's exclusive created_at bounds, offsets as cursors); reading the
   * whole list at once or an account by id fails the test, so the book comes from the pages.
   */
  private static final class PagedAccounts extends Forwarding {
    final List<SourceAccount> listed;
    final List<AccountQuery> queries = new CopyOnWriteArrayList<>();
    final AtomicInteger reads = new AtomicInteger();
    final Map<String, Integer> served = new ConcurrentHashMap<>();
    final AtomicInteger atOnce = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    volatile int failAt = -1;

    /** Told the number of each accounts page asked for, as it is asked for. */
    volatile IntConsumer onRead = n -> {};

    final AtomicInteger contactPages = new AtomicInteger();

    /** When set, reads 2 to 5 each wait until all four are being read. */
    volatile CountDownLatch together;

    /** When set, reads 3 to 5, once all four are being read, wait until it opens. */
    volatile CountDownLatch held;

    PagedAccounts(ContactSource inner, List<SourceAccount> listed) {
      super(inner);
      this.listed = listed;
    }

    @Override
    public Optional<AccountPage> readAccounts(AccountQuery query) {
      int now = atOnce.incrementAndGet();
      mostAtOnce.accumulateAndGet(now, Math::max);
      try {
        queries.add(query);
        int read = reads.incrementAndGet();
        onRead.accept(read);
        if (together != null && read >= 2 && read <= 5) {
          together.countDown();
          try {
            assertThat(together.await(30, TimeUnit.SECONDS)).as("four reads at once").isTrue();
            if (held != null && read >= 3) {
              assertThat(held.await(30, TimeUnit.SECONDS)).as("held read let go").isTrue();
            }
          } catch (InterruptedException e) {
            throw new AssertionError(e);
          }
        }
        if (read == failAt) {
          throw new LevitateSfException("accounts page " + failAt + " failed");
        }
        List<SourceAccount> matching = new ArrayList<>();
        for (SourceAccount account : listed) {
          Optional<Instant> created = account.createdAt();
          if (query
                  .createdAfter()
                  .map(t -> created.filter(c -> c.isAfter(t)).isPresent())
                  .orElse(true)
              && query
                  .createdBefore()
                  .map(t -> created.filter(c -> c.isBefore(t)).isPresent())
                  .orElse(true)) {
            matching.add(account);
          }
        }
        int from = query.cursor().map(Integer::parseInt).orElse(0);
        int to = Math.min(matching.size(), from + ACCOUNT_PAGE);
        matching.subList(from, to).forEach(a -> served.merge(a.mergeId(), 1, Integer::sum));
        return Optional.of(
            AccountPage.builder()
                .accounts(matching.subList(from, to))
                .next(to < matching.size() ? Optional.of(Integer.toString(to)) : Optional.empty())
                .build());
      } finally {
        atOnce.decrementAndGet();
      }
    }

    @Override
    public Iterable<SourceAccount> accounts() {
      throw new AssertionError("the accounts list was read whole, not in pages");
    }

    @Override
    public ContactPage readContacts(ContactQuery query) {
      contactPages.incrementAndGet();
      return super.readContacts(query);
    }

    @Override
    public Optional<SourceAccount> account(String mergeId) {
      throw new AssertionError("account " + mergeId + " was looked up by id");
    }

    /** The inner source's requests and this one's pages of accounts. */
    @Override
    public long requestCount() {
      return super.requestCount() + reads.get();
    }

    Set<Optional<Instant>> windows() {
      Set<Optional<Instant>> windows = new HashSet<>();
      queries.forEach(q -> windows.add(q.createdAfter()));
      return windows;
    }
  }

  /** A world reading 4 windows at once on the pool, an hour on, ready for its first run. */
  private World partitioned(List<SourceAccount> accounts) {
    World world = world(accounts, 4);
    world.executor = pool;
    world.clock.advance(Duration.ofHours(1));
    return world;
  }

  /** What a partitioned run over {@code listed} synced, and the source that served it. */
  private record Synced(Map<String, HostContact> contacts, PagedAccounts source) {}

  private Synced synced(World world, List<SourceAccount> listed) {
    world.executor = pool;
    world.clock.advance(Duration.ofHours(1));
    PagedAccounts source = new PagedAccounts(world.source, listed);
    SyncReport report = world.engine(inner -> source).run();
    assertThat(report.counts().created()).isEqualTo(CLIENTS);
    return new Synced(world.store.levitateContacts(), source);
  }

  private static Map<String, HostContact> sequential(List<SourceAccount> accounts) {
    World world = world(accounts, 1);
    world.run();
    return world.store.levitateContacts();
  }

  @Test
  void burstyAccountsAreReadInWindowsSideBySide() {
    List<SourceAccount> accounts = accounts(bursty(11, CLIENTS));
    Synced synced = synced(world(accounts, 4), accounts);

    assertThat(synced.contacts()).isEqualTo(sequential(accounts));
    PagedAccounts read = synced.source();
    assertThat(read.windows()).as("windows of the accounts list").hasSizeGreaterThan(4);
    assertThat(read.mostAtOnce.get()).as("pages read at once").isLessThanOrEqualTo(4);
    assertThat(read.served.keySet()).hasSize(CLIENTS);
    System.out.println(
        "AccountWindowsTest: "
            + CLIENTS
            + " accounts in bursts and gaps, "
            + (CLIENTS + ACCOUNT_PAGE - 1) / ACCOUNT_PAGE
            + " pages in sequence; read in "
            + read.queries.size()
            + " pages over "
            + read.windows().size()
            + " windows, "
            + read.mostAtOnce.get()
            + " at once");
    assertThat(read.queries.size())
        .as("pages, part pages of windows included")
        .isLessThan(2 * (CLIENTS + ACCOUNT_PAGE - 1) / ACCOUNT_PAGE);
  }

  @Test
  void readsAsManyAccountWindowsAtOnceAsAllowed() {
    List<SourceAccount> accounts = accounts(oneAMinute(CLIENTS));
    World world = partitioned(accounts);
    PagedAccounts source = new PagedAccounts(world.source, accounts);
    source.together = new CountDownLatch(4);

    world.engine(inner -> source).run();

    assertThat(source.mostAtOnce).hasValue(4);
    assertThat(world.store.levitateContacts()).isEqualTo(sequential(accounts));
  }

  @Test
  void householdsAndCompaniesComeFromTheWindowsPages() {
    List<SourceAccount> accounts = accounts(bursty(5, CLIENTS));
    Synced synced = synced(world(accounts, 4), accounts);

    for (int i = 0; i < CLIENTS; i++) {
      HostContact contact = synced.contacts().get(Fixtures.salesforceId(i));
      if (i % 2 == 0) {
        assertThat(contact.contact().orElseThrow().companyName())
            .as("household member %d", i)
            .isEmpty();
      } else {
        assertThat(contact.contact().orElseThrow().companyName())
            .as("client %d", i)
            .contains("Client " + i);
      }
    }
  }

  @Test
  void eachSeedsAccountsReachTheirContactsWhateverTheirInstants() {
    for (long seed = 1; seed <= 8; seed++) {
      Random random = new Random(seed);
      List<Optional<Instant>> created = bursty(seed, CLIENTS);
      // a few accounts at exactly one instant, more than a page of them
      Instant tie = created.get(CLIENTS / 2).orElseThrow();
      for (int i = CLIENTS / 2; i < CLIENTS / 2 + 3 * ACCOUNT_PAGE; i++) {
        created.set(i, Optional.of(tie));
      }
      List<SourceAccount> accounts = accounts(created);
      List<SourceAccount> listed = new ArrayList<>(accounts);
      listed.sort(
          Comparator.comparing((SourceAccount a) -> a.createdAt().orElseThrow())
              .thenComparing(SourceAccount::mergeId));
      if (random.nextBoolean()) {
        Collections.reverse(listed); // newest first
      }
      Synced synced = synced(world(accounts, 2 + random.nextInt(3)), listed);

      assertThat(synced.contacts()).as("seed %d", seed).isEqualTo(sequential(accounts));
      assertThat(synced.source().served.keySet()).as("seed %d", seed).hasSize(CLIENTS);
    }
  }

  @Test
  void aListInNoCreatedAtOrderIsReadInSequence() {
    List<SourceAccount> accounts = accounts(bursty(9, CLIENTS));
    List<SourceAccount> shuffled = new ArrayList<>(accounts);
    Collections.shuffle(shuffled, new Random(9));
    Synced synced = synced(world(accounts, 4), shuffled);

    assertThat(synced.contacts()).isEqualTo(sequential(accounts));
    assertThat(synced.source().windows()).containsExactly(Optional.empty());
    assertThat(synced.source().queries).hasSize((CLIENTS + ACCOUNT_PAGE - 1) / ACCOUNT_PAGE);
  }

  /** A page with an account lacking created_at is not split: the next page follows its cursor. */
  @Test
  void aPageWithAnAccountWithoutCreatedAtIsNotSplit() {
    List<Optional<Instant>> created = bursty(4, CLIENTS);
    created.set(1, Optional.empty());
    created.set(ACCOUNT_PAGE + 1, Optional.empty());
    List<SourceAccount> accounts = accounts(created);
    Synced synced = synced(world(accounts, 4), accounts);

    assertThat(synced.contacts()).isEqualTo(sequential(accounts));
    List<AccountQuery> queries = synced.source().queries;
    assertThat(queries.subList(0, 3))
        .extracting(AccountQuery::createdAfter, AccountQuery::cursor)
        .containsExactly(
            tuple(Optional.empty(), Optional.empty()),
            tuple(Optional.empty(), Optional.of(Integer.toString(ACCOUNT_PAGE))),
            tuple(Optional.empty(), Optional.of(Integer.toString(2 * ACCOUNT_PAGE))));
    assertThat(synced.source().windows()).as("the third page split").hasSizeGreaterThan(1);
    assertThat(synced.source().served.keySet()).hasSize(CLIENTS);
  }

  @Test
  void aFailedAccountsPageFailsTheRunOnceNoPageIsInFlight() throws InterruptedException {
    List<SourceAccount> accounts = accounts(oneAMinute(CLIENTS));
    World world = partitioned(accounts);
    PagedAccounts source = new PagedAccounts(world.source, accounts);
    // Read 2 fails while reads 3 to 5 are in flight; those are let go only once the run's thread
    // waits for them, so a run that threw without waiting would leave them being read.
    source.together = new CountDownLatch(4);
    source.held = new CountDownLatch(1);
    source.failAt = 2;
    Thread letGo = new Thread(() -> letGoOnceAwaited(source.held), "let-go");
    letGo.setDaemon(true);
    letGo.start();
    try {
      assertThatThrownBy(() -> world.engine(inner -> source).run())
          .isInstanceOf(LevitateSfException.class)
          .hasMessageContaining("accounts page 2 failed");
      assertThat(source.atOnce.get()).as("pages still being read").isZero();
      assertThat(source.reads.get()).as("pages asked for").isEqualTo(5);
      assertThat(world.store.changes()).as("contacts synced").isEmpty();
    } finally {
      source.held.countDown();
      letGo.interrupt();
      letGo.join();
    }
  }

  /**
   * Opens {@code held} once a thread waits in {@code ReadTasks.awaitAll}, for the reads still in
   * flight after a failure; returns when interrupted first.
   */
  private static void letGoOnceAwaited(CountDownLatch held) {
    while (!Thread.currentThread().isInterrupted()) {
      for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
        for (StackTraceElement frame : stack) {
          if (frame.getClassName().equals(ReadTasks.class.getName())
              && frame.getMethodName().equals("awaitAll")) {
            held.countDown();
            return;
          }
        }
      }
      Thread.onSpinWait();
    }
  }

  @Test
  void aCancelDuringTheLastAccountsPageStopsTheRunWithTheListsRequestsKept() {
    List<SourceAccount> accounts = accounts(oneAMinute(ACCOUNT_PAGE - 2));
    World world = partitioned(accounts);
    RunControl control = RunControl.create();
    PagedAccounts source = new PagedAccounts(world.source, accounts);
    source.onRead = n -> control.cancel(); // the only page: the list is whole when it answers

    SyncReport stopped = world.engine(inner -> source).run(control);

    assertThat(stopped.outcome()).isEqualTo(RunOutcome.CANCELLED);
    assertThat(source.reads).as("accounts pages").hasValue(1);
    assertThat(source.contactPages).as("contact pages").hasValue(0);
    assertThat(world.store.runState().checkpoint().orElseThrow().counts().mergeRequests())
        .as("requests kept with the checkpoint")
        .isEqualTo(stopped.counts().mergeRequests())
        .isPositive();
  }

  @Test
  void aCancelStopsTheAccountsListReadPageAfterPageBeforeItsNextPage() {
    List<SourceAccount> accounts = accounts(bursty(11, CLIENTS));
    World world = world(accounts, 1);
    RunControl control = RunControl.create();
    AtomicInteger pages = new AtomicInteger();
    AtomicInteger taken = new AtomicInteger();
    // The list as a client reads it lazily: a request for each page, when the page is reached.
    ContactSource lazy =
        new Forwarding(world.source) {
          @Override
          public Iterable<SourceAccount> accounts() {
            return () ->
                new Iterator<>() {
                  private int next;

                  @Override
                  public boolean hasNext() {
                    if (next % ACCOUNT_PAGE == 0 && next < accounts.size()) {
                      pages.set(next / ACCOUNT_PAGE + 1);
                    }
                    return next < accounts.size();
                  }

                  @Override
                  public SourceAccount next() {
                    if (taken.incrementAndGet() == ACCOUNT_PAGE + 3) {
                      control.cancel(); // on the second page
                    }
                    return accounts.get(next++);
                  }
                };
          }

          @Override
          public long requestCount() {
            return super.requestCount() + pages.get();
          }
        };

    SyncReport stopped = world.engine(inner -> lazy).run(control);

    assertThat(stopped.outcome()).isEqualTo(RunOutcome.CANCELLED);
    assertThat(pages).as("accounts pages read").hasValue(2);
    assertThat(taken).as("accounts taken").hasValue(ACCOUNT_PAGE + 3);
    assertThat(world.store.changes()).as("contacts synced").isEmpty();
    assertThat(world.store.runState().checkpoint().orElseThrow().counts().mergeRequests())
        .as("requests kept with the checkpoint")
        .isEqualTo(stopped.counts().mergeRequests())
        .isGreaterThanOrEqualTo(2);

    world.clock.advance(Duration.ofMinutes(5));
    SyncReport resumed = world.engine(inner -> world.source).run();

    assertThat(resumed.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(resumed.counts().created()).isEqualTo(CLIENTS);
  }

  @Test
  void aRunStoppedWhileReadingAccountsReadsNoContactAndTheNextRunReadsThemAgain() {
    List<SourceAccount> accounts = accounts(bursty(11, CLIENTS));
    World world = partitioned(accounts);
    RunControl control = RunControl.create();
    PagedAccounts stoppedSource = new PagedAccounts(world.source, accounts);
    stoppedSource.onRead =
        n -> {
          if (n == 3) {
            control.cancel();
          }
        };

    SyncReport stopped = world.engine(inner -> stoppedSource).run(control);

    assertThat(stopped.outcome()).isEqualTo(RunOutcome.CANCELLED);
    assertThat(stoppedSource.contactPages).as("contact pages read").hasValue(0);
    int stoppedPages = stoppedSource.reads.get();
    assertThat(stoppedPages).as("accounts pages asked for").isBetween(3, 9);
    assertThat(world.store.changes()).isEmpty();
    assertThat(world.store.runState().checkpoint().orElseThrow().counts().mergeRequests())
        .as("requests kept with the checkpoint")
        .isEqualTo(stopped.counts().mergeRequests())
        .isGreaterThanOrEqualTo(stoppedPages);

    world.clock.advance(Duration.ofMinutes(5));
    PagedAccounts source = new PagedAccounts(world.source, accounts);
    SyncReport resumed = world.engine(inner -> source).run();

    assertThat(resumed.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(resumed.counts().created()).isEqualTo(CLIENTS);
    assertThat(resumed.counts().mergeRequests())
        .as("requests of both calls")
        .isGreaterThanOrEqualTo(stoppedPages + source.reads.get() + source.contactPages.get());
    assertThat(source.served.keySet()).hasSize(CLIENTS);
    assertThat(world.store.levitateContacts()).isEqualTo(sequential(accounts));
  }

  @Test
  void aDeadlinePassingWhileAccountsAreReadStillLetsEachCallReadAPage() {
    List<SourceAccount> accounts = accounts(bursty(11, CLIENTS));
    World world = partitioned(accounts);
    List<SyncReport> calls = new ArrayList<>();
    int pagesOfContacts = 0;
    while (calls.isEmpty() || calls.get(calls.size() - 1).outcome() != RunOutcome.COMPLETED) {
      // a page of 10 contacts or more a call, or a part page where a window splits
      assertThat(calls).as("calls before the run completes").hasSizeLessThan(2 * CLIENTS / 10);
      world.clock.advance(Duration.ofMinutes(1));
      // every call's deadline passes as its third page of accounts is asked for
      RunControl control = RunControl.deadline(world.clock.instant().plusSeconds(30));
      boolean contactsLeft = world.store.changes().size() < CLIENTS;
      PagedAccounts source = new PagedAccounts(world.source, accounts);
      source.onRead =
          n -> {
            if (n == 3) {
              world.clock.advance(Duration.ofMinutes(1));
            }
          };
      calls.add(world.engine(inner -> source).run(control));
      if (contactsLeft) { // then each call reads a page; the last calls end the pass's phases
        assertThat(source.served.keySet()).as("every account, read whole").hasSize(CLIENTS);
        assertThat(source.contactPages).as("pages of contacts read").hasPositiveValue();
      }
      pagesOfContacts += source.contactPages.get();
    }

    assertThat(calls.subList(0, calls.size() - 1))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(RunOutcome.CANCELLED));
    assertThat(world.store.changes()).hasSize(CLIENTS);
    assertThat(world.store.levitateContacts()).isEqualTo(sequential(accounts));
    assertThat(pagesOfContacts).isGreaterThanOrEqualTo(CLIENTS / 10);
  }

  @Test
  void aCallThatStartsPastItsDeadlineReadsNothing() {
    List<SourceAccount> accounts = accounts(bursty(11, CLIENTS));
    World world = partitioned(accounts);
    PagedAccounts source = new PagedAccounts(world.source, accounts);

    SyncReport report =
        world
            .engine(inner -> source)
            .run(RunControl.deadline(world.clock.instant().minusSeconds(1)));

    assertThat(report.outcome()).isEqualTo(RunOutcome.CANCELLED);
    assertThat(source.reads).as("pages of accounts asked for").hasValue(0);
    assertThat(source.contactPages).as("pages of contacts asked for").hasValue(0);
  }

  @Test
  void aSourceThatDoesNotPageItsAccountsIsReadWhole() {
    List<SourceAccount> accounts = accounts(bursty(11, CLIENTS));
    World world = partitioned(accounts);
    AtomicInteger pages = new AtomicInteger();
    AtomicInteger whole = new AtomicInteger();

    world
        .engine(
            inner ->
                new Forwarding(inner) {
                  @Override
                  public Optional<AccountPage> readAccounts(AccountQuery query) {
                    pages.incrementAndGet();
                    return super.readAccounts(query); // the in-memory source's: empty
                  }

                  @Override
                  public Iterable<SourceAccount> accounts() {
                    whole.incrementAndGet();
                    return super.accounts();
                  }
                })
        .run();

    assertThat(pages).as("pages of the accounts list asked for").hasValue(1);
    assertThat(whole).as("whole lists read").hasValue(1);
    assertThat(world.store.levitateContacts()).isEqualTo(sequential(accounts));
  }
}
