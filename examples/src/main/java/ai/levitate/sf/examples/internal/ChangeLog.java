package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.spi.ContactSink;
import ai.levitate.sf.core.spi.SyncBatch;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The host's sink, noting the changes of each batch it committed, in order, as the lines of {@code
 * changes.jsonl}. They go to a spool file as they commit: kept as objects until the end, a large
 * first import's changes filled the heap (about 18 KB a contact) and slowed every collection.
 */
final class ChangeLog implements ContactSink, AutoCloseable {
  private final ContactSink sink;
  private final Path spool;
  private final BufferedWriter lines;

  /** Notes the changes when {@code keep}; otherwise only passes the batches on. */
  ChangeLog(ContactSink sink, boolean keep) throws IOException {
    this.sink = sink;
    this.spool = keep ? Files.createTempFile("levitate-sf-changes", ".jsonl") : null;
    this.lines = keep ? Files.newBufferedWriter(spool, StandardCharsets.UTF_8) : null;
  }

  @Override
  public void commit(SyncBatch batch) {
    sink.commit(batch);
    if (lines == null) {
      return;
    }
    try {
      Outputs.writeChanges(lines, batch.changes());
    } catch (IOException e) {
      throw new UncheckedIOException("Noting the changes for " + Outputs.CHANGES + " failed", e);
    }
  }

  /** Writes the changes noted so far to {@code out}. */
  void writeTo(Writer out) throws IOException {
    lines.flush();
    try (var in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
      in.transferTo(out);
    }
  }

  @Override
  public void close() throws IOException {
    if (lines != null) {
      lines.close();
      Files.deleteIfExists(spool);
    }
  }
}
