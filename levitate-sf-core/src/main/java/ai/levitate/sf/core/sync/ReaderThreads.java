package ai.levitate.sf.core.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a run reads its windows: the host's executor when it gave one, else threads of the run's
 * own, started when the first window is read (at most the run's most readers; daemon threads named
 * {@code levitate-sf-reader-N}) and stopped when the run ends, so the engine keeps no thread
 * between runs.
 */
final class ReaderThreads implements AutoCloseable {
  private static final AtomicInteger NUMBER = new AtomicInteger();

  private final Optional<Executor> host;
  private final int max;
  private ThreadPoolExecutor own;

  /**
   * The threads {@link #own} started, to wait for their end: a terminated pool may outlive them.
   */
  private final List<Thread> started = new ArrayList<>();

  ReaderThreads(Optional<Executor> host, int max) {
    this.host = host;
    this.max = max;
  }

  Executor executor() {
    if (host.isPresent()) {
      return host.get();
    }
    if (own == null) {
      ThreadFactory factory =
          task -> {
            Thread thread = new Thread(task, "levitate-sf-reader-" + NUMBER.incrementAndGet());
            thread.setDaemon(true);
            synchronized (started) {
              started.add(thread);
            }
            return thread;
          };
      own =
          new ThreadPoolExecutor(
              max, max, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
      own.allowCoreThreadTimeOut(true);
    }
    return own;
  }

  /**
   * Stops the run's own threads and waits until each has ended, not only until the pool says it
   * terminated (a pool terminates as its last worker leaves its loop, a moment before that thread
   * ends). Their reads ended before (the run awaits them), so the threads end at once; the wait is
   * bounded all the same, and an interrupt is kept.
   */
  @Override
  public void close() {
    if (own == null) {
      return;
    }
    own.shutdownNow();
    List<Thread> threads;
    synchronized (started) {
      threads = List.copyOf(started);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
    try {
      for (Thread thread : threads) {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          TimeUnit.NANOSECONDS.timedJoin(thread, left);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
