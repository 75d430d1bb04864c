package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.writeback.WritebackReport;
import ai.levitate.sf.examples.jdbc.JdbcSyncStore;
import ai.levitate.sf.examples.jdbc.StoredContact;
import ai.levitate.sf.merge.LevitateJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The {@code --out} files: {@code contacts.jsonl}, every contact Levitate holds for the account
 * (archived and removed ones too) as the sync last delivered it, sorted by Salesforce id; {@code
 * report.json}, the reports of this invocation's runs; {@code changes.jsonl}, the changes they
 * emitted, in order.
 */
public final class Outputs {
  public static final String CONTACTS = "contacts.jsonl";
  public static final String REPORT = "report.json";
  public static final String CHANGES = "changes.jsonl";
  private static final int PAGE = 500;

  private Outputs() {}

  /** Writes the lines of {@code changes.jsonl}. */
  public interface Changes {
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Hands {@code line} the {@code contacts.jsonl} line of every contact Levitate holds for the
   * account, sorted by Salesforce id, reading the store a page at a time.
   */
  public static void exportContacts(JdbcSyncStore store, Consumer<String> line) {
    forEachStored(
        store,
        stored -> stored.contact().ifPresent(c -> line.accept(LevitateJson.writeContactExport(c))));
  }

  /**
   * Hands {@code each} every contact row Levitate holds for the account, sorted by Salesforce id,
   * reading the store a page at a time.
   */
  static void forEachStored(JdbcSyncStore store, Consumer<StoredContact> each) {
    Optional<String> after = Optional.empty();
    List<StoredContact> page;
    do {
      page = store.levitateContacts(after, PAGE);
      page.forEach(each);
      after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).salesforceId());
    } while (page.size() == PAGE);
  }

  public static void write(
      Path dir,
      JdbcSyncStore store,
      List<SyncReport> runs,
      Optional<WritebackReport> writeback,
      Changes changes)
      throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter out =
        Files.newBufferedWriter(dir.resolve(CONTACTS), StandardCharsets.UTF_8)) {
      exportContacts(
          store,
          line -> {
            try {
              out.write(line);
              out.write('\n');
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    String report =
        "{\"runs\":["
            + runs.stream().map(LevitateJson::writeReport).collect(Collectors.joining(","))
            + "]"
            + writeback.map(w -> ",\"writeback\":" + LevitateJson.writeReport(w)).orElse("")
            + "}\n";
    Files.writeString(dir.resolve(REPORT), report, StandardCharsets.UTF_8);
    try (BufferedWriter out =
        Files.newBufferedWriter(dir.resolve(CHANGES), StandardCharsets.UTF_8)) {
      changes.writeTo(out);
    }
  }

  /** {@code changes} as the lines of {@code changes.jsonl}. */
  public static void writeChanges(Writer out, List<ContactChange> changes) throws IOException {
    for (ContactChange change : changes) {
      out.write(LevitateJson.writeChange(change));
      out.write('\n');
    }
  }
}
