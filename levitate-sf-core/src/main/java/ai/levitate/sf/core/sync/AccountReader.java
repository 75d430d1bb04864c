package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.spi.AccountPage;
import ai.levitate.sf.core.spi.AccountQuery;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ReadPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a full pass's accounts list in windows of Merge's {@code created_at}, side by side, as
 * {@link WindowReader} reads contacts: the first page on the run's thread, then up to the run's
 * {@link ReadPace#readers()} pages at once on its executor, at most one per window, each window
 * split by {@link Windows} when readers are idle. In a Financial Services Cloud org every client
 * has an account of their own (a household, a person account), so the list is as long as the
 * contacts list, and read page after page it would take as long as the whole partitioned contact
 * read.
 *
 * <p>Nothing is committed: the accounts only fill the run's {@link AccountBook}, and a run stopped
 * here reads them again when it resumes. When a read fails, no new page is started, the pages in
 * flight are awaited, and the failure is thrown on the run's thread. When the run's {@link
 * RunControl} is cancelled, the read stops as the next page arrives (that page is dropped, no new
 * read is started) and the reads in flight are cancelled, their threads interrupted, as the contact
 * reader cancels them. A deadline does not stop it: the list is read whole again by every call, so
 * a call stopped here at its deadline would never get past it ({@link RunDriver} lets such a call
 * read a page before it stops).
 */
final class AccountReader {
  private final RunContext ctx;
  private final Instant horizon;
  private final Executor executor;
  private final BlockingQueue<Fetched> arrived = new LinkedBlockingQueue<>();
  private final Map<Optional<Long>, Future<?>> inFlight = new HashMap<>();
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AccountBook.Builder book = new AccountBook.Builder();
  private List<ReadPosition> windows;
  private boolean cancelled;

  /**
   * What a read of the accounts list brought: the book of every account, or, when the run's {@link
   * RunControl} was cancelled meanwhile, the reason.
   */
  record Read(Optional<AccountBook> book, Optional<String> stopped) {}

  /** One page read on the executor and the nanoseconds it took; or why it was not read. */
  private record Fetched(Optional<Long> window, AccountPage page, long nanos, Throwable failure) {}

  private AccountReader(RunContext ctx, Instant horizon) {
    this.ctx = ctx;
    this.horizon = horizon;
    this.executor = ctx.readers().executor();
  }

  /**
   * The book of every account of the source, read in windows; empty when the source does not page
   * its accounts list ({@link ai.levitate.sf.core.spi.ContactSource#readAccounts}), having sent no
   * request.
   *
   * @param horizon the run's start: where an open window's unread part is taken to end when the
   *     pages it may hold are estimated (the window itself stays open)
   */
  static Optional<Read> readAll(RunContext ctx, Instant horizon) {
    ReadPosition all = ReadPosition.of(ReadPosition.Purpose.ALL, ContactQuery.all());
    long start = ctx.nanoClock().nanoTime();
    Optional<AccountPage> first = ctx.source().readAccounts(query(all.query()));
    if (first.isEmpty()) {
      return Optional.empty();
    }
    ctx.pace().observe(ctx.nanoClock().nanoTime() - start - first.get().waited().toNanos());
    // The source sets the accounts' page size; a first page that names a next one is full.
    int pageSize = first.get().accounts().size();
    if (first.get().next().isPresent() && pageSize >= 1 && pageSize <= ContactQuery.MAX_PAGE_SIZE) {
      all = ReadPosition.of(all.purpose(), ContactQuery.builder().pageSize(pageSize).build());
    }
    return Optional.of(new AccountReader(ctx, horizon).read(all, first.get()));
  }

  private Read read(ReadPosition all, AccountPage first) {
    windows = List.of(all);
    try {
      apply(Windows.from(all.query()), first);
      while (!inFlight.isEmpty()) {
        Fetched fetched = take();
        if (ctx.control().cancelled()) {
          cancelInFlight();
          return new Read(Optional.empty(), ctx.control().stopReason(ctx.clock().instant()));
        }
        inFlight.remove(fetched.window());
        if (fetched.failure() != null) {
          throw ReadTasks.propagate(fetched.failure(), "accounts");
        }
        ctx.pace().observe(fetched.nanos());
        apply(fetched.window(), fetched.page());
      }
    } finally {
      stopped.set(true);
      if (!cancelled) {
        ReadTasks.awaitAll(arrived, inFlight.keySet(), Fetched::window);
      }
    }
    return new Read(Optional.of(book.build()), Optional.empty());
  }

  /** Cancels the reads in flight, interrupting their threads, as a stopped run does. */
  private void cancelInFlight() {
    cancelled = true;
    stopped.set(true);
    inFlight.values().forEach(task -> task.cancel(true));
    inFlight.clear();
  }

  /** Keeps what the page of {@code window} reads now, replaces the window, and starts reads. */
  private void apply(Optional<Long> key, AccountPage page) {
    int index = indexOf(key);
    ReadPosition window = windows.get(index);
    if (page.next().isPresent() && page.next().equals(window.query().cursor())) {
      throw new InconsistentSourceException(
          "The source answered an accounts cursor with the same cursor as the next page's;"
              + " paging would not end.");
    }
    List<Optional<Instant>> created = new ArrayList<>(page.accounts().size());
    page.accounts().forEach(a -> created.add(a.createdAt()));
    int idle = ctx.pace().readers() - unfinished();
    Windows.Step step =
        Windows.step(
            window,
            page.next(),
            created,
            true,
            Windows.Policy.of(ReadPosition.Purpose.ALL),
            horizon,
            idle);
    windows = Windows.replace(windows, index, step.replacement());
    for (SourceAccount account : page.accounts()) {
      if (step.readsNow(account.createdAt())) {
        book.add(account);
      }
    }
    start();
  }

  /** Starts reads of unfinished windows, in order, up to the readers. */
  private void start() {
    for (int i = 0; i < windows.size() && inFlight.size() < ctx.pace().readers(); i++) {
      ReadPosition window = windows.get(i);
      Optional<Long> key = Windows.from(window.query());
      if (window.done() || inFlight.containsKey(key)) {
        continue;
      }
      AccountQuery query = query(window.query());
      inFlight.put(
          key,
          ReadTasks.start(
              executor,
              () -> arrived.add(fetch(key, query)),
              "The executor refused to read a window of accounts; the run stopped and reads the"
                  + " accounts again on the next call."));
    }
  }

  /** Runs on the executor: reads one page, unless the read has stopped. */
  private Fetched fetch(Optional<Long> window, AccountQuery query) {
    if (stopped.get()) {
      return new Fetched(window, null, 0, null);
    }
    try {
      long start = ctx.nanoClock().nanoTime();
      AccountPage page =
          ctx.source()
              .readAccounts(query)
              .orElseThrow(
                  () ->
                      new InconsistentSourceException(
                          "The source paged its accounts list, then declined a page of it."));
      long nanos = ctx.nanoClock().nanoTime() - start - page.waited().toNanos();
      return new Fetched(window, page, nanos, null);
    } catch (Throwable e) { // handed to the run's thread, which rethrows it
      return new Fetched(window, null, 0, e);
    }
  }

  private int unfinished() {
    int count = 0;
    for (ReadPosition window : windows) {
      if (!window.done()) {
        count++;
      }
    }
    return count;
  }

  private int indexOf(Optional<Long> from) {
    for (int i = 0; i < windows.size(); i++) {
      ReadPosition window = windows.get(i);
      if (!window.done() && Windows.from(window.query()).equals(from)) {
        return i;
      }
    }
    throw new IllegalStateException("no unfinished window of accounts starts at " + from);
  }

  private static AccountQuery query(ContactQuery window) {
    return AccountQuery.builder()
        .createdAfter(window.createdAfter())
        .createdBefore(window.createdBefore())
        .cursor(window.cursor())
        .build();
  }

  private Fetched take() {
    return ReadTasks.take(
        arrived,
        "Interrupted while reading accounts; the run stopped and reads them again on the next"
            + " call.");
  }
}
