package ai.levitate.sf.merge.internal.http;

import ai.levitate.sf.core.NanoClock;
import ai.levitate.sf.merge.Sleeper;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps failed requests rare enough that Merge never blocks the host's IP: Merge blocks an IP that
 * sends more than 20 failing requests (status 400 or more, 429 aside) within 10 seconds. This
 * client allows itself half of that, leaving room for other clients on the same host.
 *
 * <p>A request may start only while the failures of the last window plus the requests in flight
 * (each of which might fail) stay under the budget; otherwise it waits for old failures to leave
 * the window, or for a request in flight to finish. So no window ever holds more failures than the
 * budget, however many threads share the client; the price is at most {@code budget} requests in
 * flight at once per client. The window is timed on a monotonic clock, so setting the wall clock
 * neither forgets failures nor keeps them.
 */
public final class FailureBudget {
  /** Failures this client allows itself per window. */
  public static final int DEFAULT_BUDGET = 10;

  /** Merge's window. */
  public static final Duration WINDOW = Duration.ofSeconds(10);

  private final NanoClock clock;
  private final Sleeper sleeper;
  private final int budget;
  private final long windowNanos;
  private final Deque<Long> failures = new ArrayDeque<>();
  private int inFlight;

  public FailureBudget(int budget, Duration window, NanoClock clock, Sleeper sleeper) {
    this.budget = budget;
    this.windowNanos = window.toNanos();
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Waits until a request may start, then counts it in flight. */
  public void acquire() throws InterruptedException {
    while (true) {
      Duration wait;
      synchronized (this) {
        long now = clock.nanoTime();
        prune(now);
        if (failures.size() + inFlight < budget) {
          inFlight++;
          return;
        }
        if (failures.size() < budget) {
          wait();
          continue;
        }
        wait = Duration.ofNanos(windowNanos - (now - failures.peekFirst()));
      }
      sleeper.sleep(wait);
    }
  }

  /** Ends a request started with {@link #acquire()}, recording whether Merge counts it failed. */
  public synchronized void release(boolean failed) {
    inFlight--;
    if (failed) {
      failures.addLast(clock.nanoTime());
    }
    notifyAll();
  }

  /** Failures within the window now; for tests and diagnostics. */
  synchronized int recentFailures() {
    prune(clock.nanoTime());
    return failures.size();
  }

  private void prune(long now) {
    while (!failures.isEmpty() && now - failures.peekFirst() >= windowNanos) {
      failures.removeFirst();
    }
  }
}
