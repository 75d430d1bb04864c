package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.LevitateSfException;
import ai.levitate.sf.core.internal.Mdc;
import java.util.Collection;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

/**
 * What the readers that page windows on an executor ({@link WindowReader}, {@link AccountReader})
 * share: taking the next page that arrived, waiting for the reads in flight, and rethrowing a
 * read's failure on the run's thread.
 */
final class ReadTasks {
  private ReadTasks() {}

  /**
   * Starts {@code read} on {@code executor} with the run's SLF4J MDC, as a task that can be
   * cancelled; a refusal stops the run with a {@link LevitateSfException} saying {@code refused}.
   */
  static Future<?> start(Executor executor, Runnable read, String refused) {
    FutureTask<Void> task = new FutureTask<>(Mdc.carry(read), null);
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      throw new LevitateSfException(refused, e);
    }
    return task;
  }

  /**
   * The next read to arrive; an interrupt stops the run with a {@link LevitateSfException} saying
   * {@code interrupted}, and keeps the thread's interrupt.
   */
  static <T> T take(BlockingQueue<T> arrived, String interrupted) {
    try {
      return arrived.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LevitateSfException(interrupted, e);
    }
  }

  /**
   * Waits until every read in flight (keys in {@code inFlight}) has arrived, so none outlives the
   * run; an interrupt is kept for after the wait.
   */
  static <T, K> void awaitAll(
      BlockingQueue<T> arrived, Collection<K> inFlight, Function<T, K> key) {
    boolean interrupted = false;
    while (!inFlight.isEmpty()) {
      try {
        inFlight.remove(key.apply(arrived.take()));
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** A read's failure as thrown on the run's thread: unchecked ones as they are. */
  static RuntimeException propagate(Throwable failure, String what) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new LevitateSfException("Reading a window of " + what + " failed: " + failure, failure);
  }
}
