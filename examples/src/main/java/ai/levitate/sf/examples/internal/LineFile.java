package ai.levitate.sf.examples.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * A file of lines in UTF-8, each value's line followed by {@code \n}, in the order the values were
 * added, written by a thread of its own: turning values into text and the file's I/O stay off the
 * thread that adds them. At most a few lists of values wait; adding more waits for the thread. Text
 * that is not UTF-16 (half a surrogate pair) is written as U+FFFD ({@link Outputs#utf8}).
 */
final class LineFile<T> implements AutoCloseable {
  /** Marks the end; compared by identity, so an empty list added stays a (skipped) list. */
  private final List<T> end = new ArrayList<>(0);

  private final Path file;
  private final Function<? super T, String> line;
  private final BlockingQueue<List<? extends T>> waiting;
  private final Writer out;
  private final Thread thread;
  private volatile Throwable failure;
  private boolean ended;

  /**
   * Creates (or truncates) {@code file} and starts its thread; at most {@code waitingLists} lists
   * wait to be written.
   */
  LineFile(Path file, Function<? super T, String> line, int waitingLists) throws IOException {
    this.file = Objects.requireNonNull(file, "file == null");
    this.line = Objects.requireNonNull(line, "line == null");
    this.waiting = new ArrayBlockingQueue<>(waitingLists);
    this.out = Outputs.utf8(file);
    this.thread = new Thread(this::write, "levitate-sf-" + file.getFileName());
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Hands {@code values} to the thread, in order after those added before.
   *
   * @throws UncheckedIOException when writing what was added before failed, or the wait was
   *     interrupted
   */
  void add(List<? extends T> values) {
    Objects.requireNonNull(values, "values == null");
    if (ended) {
      throw new IllegalStateException(file.getFileName() + " was already finished");
    }
    rethrow();
    try {
      waiting.put(values);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(
          new InterruptedIOException("Interrupted waiting to write " + file.getFileName()));
    }
  }

  /**
   * Waits until every value added is in the file, and closes it.
   *
   * @throws IOException when writing failed (its message names the file), or the wait was
   *     interrupted
   */
  void finish() throws IOException {
    if (!ended) {
      ended = true;
      try {
        waiting.put(end);
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        thread.interrupt();
        throw new InterruptedIOException("Interrupted waiting to write " + file.getFileName());
      }
    }
    Throwable failed = failure;
    if (failed instanceof IOException io) {
      throw named(io);
    }
    if (failed != null) {
      rethrow();
    }
  }

  /** Stops the thread if {@link #finish()} was not called, dropping what waits; leaves the file. */
  @Override
  public void close() {
    if (!ended) {
      ended = true;
      thread.interrupt();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void write() {
    try (out) {
      while (true) {
        List<? extends T> values = waiting.take();
        if (values == end) {
          break;
        }
        if (failure != null) {
          // Keeps taking, so that adding never waits on a thread that no longer writes.
          continue;
        }
        try {
          for (T value : values) {
            out.write(line.apply(value));
            out.write('\n');
          }
        } catch (IOException | RuntimeException | Error e) {
          failure = e;
        }
      }
    } catch (InterruptedException e) {
      // Closed before finishing: what waits is dropped.
    } catch (IOException | RuntimeException | Error e) {
      if (failure == null) {
        failure = e;
      }
    }
  }

  /**
   * The thread's failure, named after the file and thrown again from the caller's thread: "No space
   * left on device" alone would not say which file. Its cause keeps the thread's stack.
   */
  private IOException named(IOException io) {
    return new IOException("Writing " + file.getFileName() + " failed: " + io.getMessage(), io);
  }

  private void rethrow() {
    Throwable failed = failure;
    if (failed == null) {
      return;
    }
    if (failed instanceof IOException io) {
      throw new UncheckedIOException(named(io));
    }
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    throw (Error) failed;
  }
}
