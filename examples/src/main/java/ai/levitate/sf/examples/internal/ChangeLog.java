package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactSink;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.merge.LevitateJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The host's sink, noting the changes of each batch it committed, in order, as the lines of {@code
 * changes.jsonl}. They go to a spool file beside it as they commit: kept as objects until the end,
 * a large first import's changes filled the heap (about 18 KB a contact) and slowed every
 * collection. A thread of the spool's own writes them, so that the run's thread only hands each
 * batch over; at the end the spool is renamed into place rather than copied.
 */
final class ChangeLog implements ContactSink, AutoCloseable {
  /** Batches waiting for the spool's thread: a few, so that a slow disk holds the run back. */
  private static final int WAITING_BATCHES = 8;

  private final ContactSink sink;
  private final Path spool;
  private final LineFile<ContactChange> lines;

  /**
   * Notes the changes for {@code changes.jsonl} in {@code dir} when given (creating it); otherwise
   * only passes the batches on.
   */
  ChangeLog(ContactSink sink, Optional<Path> dir) throws IOException {
    this.sink = sink;
    if (dir.isEmpty()) {
      this.spool = null;
      this.lines = null;
      return;
    }
    Files.createDirectories(dir.get());
    // Made like the other files (not as a temporary file), so that it has their permissions.
    this.spool = dir.get().resolve("." + Outputs.CHANGES + ".part");
    try {
      this.lines = new LineFile<>(spool, LevitateJson::writeChange, WAITING_BATCHES);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(spool);
      throw e;
    }
  }

  @Override
  public void commit(SyncBatch batch) {
    sink.commit(batch);
    if (lines == null) {
      return;
    }
    try {
      lines.add(batch.changes());
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException(
          "Noting the changes for " + Outputs.CHANGES + " failed: " + e.getCause().getMessage(),
          e.getCause());
    }
  }

  /** Makes {@code file} hold the changes noted so far; nothing may be committed after. */
  void moveTo(Path file) throws IOException {
    lines.finish();
    Files.move(spool, file, StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() throws IOException {
    if (lines != null) {
      lines.close();
      Files.deleteIfExists(spool);
    }
  }
}
