package ai.levitate.sf.core.sync;

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
   * Stops the run's own threads. Their reads ended before (the run awaits them), so the threads end
   * at once; the wait for them is bounded all the same, and an interrupt is kept.
   */
  @Override
  public void close() {
    if (own == null) {
      return;
    }
    own.shutdownNow();
    try {
      own.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
