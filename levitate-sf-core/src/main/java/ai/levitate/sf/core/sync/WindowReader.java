package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ReadPosition;
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
 * Reads the windows of one slice (the positions of one purpose, e.g. a full pass) side by side: up
 * to the run's {@link ReadPace#readers()} pages in flight on the executor, at most one per window,
 * so each window's pages arrive in order; each page's time tells the pace. The executor's threads
 * only fetch and transform; the run's thread syncs and commits one page at a time, in the order
 * pages arrive, each with a checkpoint that records its window's new position (or its split, which
 * happens when fewer windows are unfinished than may be read at once). A page fetched but not
 * committed is simply read again after a stop.
 *
 * <p>When anything fails, no new page is started, the pages in flight are awaited (so no read
 * outlives the run), and the failure is thrown on the run's thread. When the run's {@link
 * RunControl} stops it, the page that arrived is committed and the reads in flight are cancelled
 * (their threads interrupted), not awaited: what they bring is dropped, and read again when the run
 * resumes. Each read runs with the run's SLF4J MDC.
 */
final class WindowReader {
  private final RunContext ctx;
  private final RunDriver driver;
  private final Executor executor;
  private final ReadPosition.Purpose purpose;
  private final Windows.Policy policy;
  private final BlockingQueue<Fetched> arrived = new LinkedBlockingQueue<>();

  /** The query each window in flight was read with, by the window's lower bound. */
  private final Map<Optional<Long>, ContactQuery> inFlight = new HashMap<>();

  /** The task of each window in flight, to cancel. */
  private final Map<Optional<Long>, Future<?>> tasks = new HashMap<>();

  private final AtomicBoolean stopped = new AtomicBoolean();
  private boolean cancelled;

  /** Pages of the slice committed by this reader. */
  private int pagesCommitted;

  /**
   * One page read on the executor, with its transforms and the nanoseconds that took (the source's
   * waits for its own limits left out); or why it was not.
   */
  private record Fetched(
      Optional<Long> window,
      ContactPage page,
      List<RunDriver.Completed> results,
      long nanos,
      Throwable failure) {}

  WindowReader(RunContext ctx, RunDriver driver) {
    this.ctx = ctx;
    this.driver = driver;
    this.executor = ctx.readers().executor();
    ReadPosition first =
        driver.checkpoint().positions().stream().filter(p -> !p.done()).findFirst().orElseThrow();
    this.purpose = first.purpose();
    this.policy = Windows.Policy.of(purpose);
  }

  /** Reads the slice of the first unfinished window to its end. */
  void read() {
    try {
      start(driver.checkpoint().positions());
      while (!inFlight.isEmpty()) {
        Fetched fetched = take();
        ContactQuery query = inFlight.remove(fetched.window());
        tasks.remove(fetched.window());
        if (fetched.failure() != null) {
          if (driver.restartable(fetched.failure(), query)) {
            driver.restart(indexOf(driver.checkpoint().positions(), purpose, fetched.window()));
            start(driver.checkpoint().positions());
            continue;
          }
          throw ReadTasks.propagate(fetched.failure(), "contacts");
        }
        ctx.pace().observe(fetched.nanos());
        commit(fetched);
        if (ctx.control().stopReason(ctx.clock().instant()).isPresent()) {
          cancelInFlight();
          return;
        }
      }
    } finally {
      stopped.set(true);
      if (!cancelled) {
        awaitInFlight();
      }
    }
  }

  /** Cancels the reads in flight, interrupting their threads, and forgets them. */
  private void cancelInFlight() {
    cancelled = true;
    stopped.set(true);
    tasks.values().forEach(task -> task.cancel(true));
    tasks.clear();
    inFlight.clear();
  }

  private void commit(Fetched fetched) {
    List<ReadPosition> positions = driver.checkpoint().positions();
    int index = indexOf(positions, purpose, fetched.window());
    if (index < 0) {
      throw new IllegalStateException("no unfinished window starts at " + fetched.window());
    }
    ReadPosition window = positions.get(index);
    ContactPage page = fetched.page();
    RunDriver.checkCursor(window, page);
    int idle =
        pagesCommitted++ < policy.pagesBeforeSplit()
            ? 0
            : ctx.pace().readers() - unfinished(positions);
    Windows.Step step = Windows.step(window, page, policy, driver.checkpoint().readsUntil(), idle);
    List<ReadPosition> next = Windows.replace(positions, index, step.replacement());
    List<SourceContact> contacts = new ArrayList<>();
    List<RunDriver.Completed> results = new ArrayList<>();
    for (int i = 0; i < page.contacts().size(); i++) {
      if (step.readsNow(page.contacts().get(i))) {
        contacts.add(page.contacts().get(i));
        results.add(fetched.results().get(i));
      }
    }
    start(next);
    driver.commitRead(next, contacts, results, page.unreadable());
  }

  /** The slice's windows not read to their end, the one being committed included. */
  private int unfinished(List<ReadPosition> positions) {
    int count = 0;
    for (ReadPosition position : positions) {
      if (!position.done() && Windows.splittable(position) && position.purpose() == purpose) {
        count++;
      }
    }
    return count;
  }

  /** Starts reads of the slice's unfinished windows, in order, up to the concurrency. */
  private void start(List<ReadPosition> positions) {
    for (int i = 0; i < positions.size() && inFlight.size() < ctx.pace().readers(); i++) {
      ReadPosition position = positions.get(i);
      Optional<Long> key = Windows.from(position.query());
      if (position.done()
          || !Windows.splittable(position)
          || position.purpose() != purpose
          || inFlight.containsKey(key)) {
        continue;
      }
      ContactQuery query = position.query();
      Future<?> task =
          ReadTasks.start(
              executor,
              () -> arrived.add(fetch(key, query)),
              "The executor refused to read a window of contacts; the run"
                  + " stopped and resumes from its last page on the next call.");
      inFlight.put(key, query);
      tasks.put(key, task);
    }
  }

  /** Runs on the executor: reads one page and transforms it, unless the run has stopped. */
  private Fetched fetch(Optional<Long> window, ContactQuery query) {
    if (stopped.get()) {
      return new Fetched(window, null, List.of(), 0, null);
    }
    try {
      long start = ctx.nanoClock().nanoTime();
      ContactPage page = ctx.source().readContacts(query);
      List<RunDriver.Completed> results = driver.transform(page.contacts());
      long nanos = ctx.nanoClock().nanoTime() - start - page.waited().toNanos();
      return new Fetched(window, page, results, nanos, null);
    } catch (Throwable e) { // handed to the run's thread, which rethrows it
      return new Fetched(window, null, List.of(), 0, e);
    }
  }

  private Fetched take() {
    return ReadTasks.take(
        arrived,
        "Interrupted while reading contacts; the run stopped and"
            + " resumes from its last page on the next call.");
  }

  /** Waits for every read in flight to end, so none outlives the run. */
  private void awaitInFlight() {
    ReadTasks.awaitAll(arrived, inFlight.keySet(), Fetched::window);
  }

  private static int indexOf(
      List<ReadPosition> positions, ReadPosition.Purpose purpose, Optional<Long> from) {
    for (int i = 0; i < positions.size(); i++) {
      ReadPosition position = positions.get(i);
      if (!position.done()
          && Windows.splittable(position)
          && position.purpose() == purpose
          && Windows.from(position.query()).equals(from)) {
        return i;
      }
    }
    return -1;
  }
}
