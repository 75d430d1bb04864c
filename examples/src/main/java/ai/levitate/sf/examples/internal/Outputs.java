package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.writeback.WritebackReport;
import ai.levitate.sf.examples.jdbc.JdbcSyncStore;
import ai.levitate.sf.examples.jdbc.StoredContact;
import ai.levitate.sf.merge.LevitateJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
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

  /** Pages of contacts waiting to be written: a few, so that a slow disk holds the reading back. */
  private static final int WAITING_PAGES = 4;

  private Outputs() {}

  /** Writes {@code changes.jsonl}. */
  public interface Changes {
    /** Makes {@code file} hold the lines of {@code changes.jsonl}. */
    void writeTo(Path file) throws IOException;
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
    forEachPage(store::levitateContacts, StoredContact::salesforceId, page -> page.forEach(each));
  }

  /** Reads a page of the store's contacts: at most {@code limit} after {@code after}. */
  private interface PageRead<T> {
    List<T> read(Optional<String> after, int limit);
  }

  /**
   * Hands {@code each} every page {@code read} gives, in Salesforce id order, each page starting
   * after the last id ({@code id}) of the one before.
   */
  private static <T> void forEachPage(
      PageRead<T> read, Function<T, String> id, Consumer<List<T>> each) {
    Optional<String> after = Optional.empty();
    List<T> page;
    do {
      page = read.read(after, PAGE);
      each.accept(page);
      after = page.isEmpty() ? after : Optional.of(id.apply(page.get(page.size() - 1)));
    } while (page.size() == PAGE);
  }

  public static void write(
      Path dir,
      JdbcSyncStore store,
      List<SyncReport> runs,
      Optional<WritebackReport> writeback,
      SkippedContacts skipped,
      Changes changes)
      throws IOException {
    Files.createDirectories(dir);
    writeContacts(dir.resolve(CONTACTS), store);
    String report =
        "{\"runs\":["
            + runs.stream().map(LevitateJson::writeReport).collect(Collectors.joining(","))
            + "]"
            + writeback.map(w -> ",\"writeback\":" + LevitateJson.writeReport(w)).orElse("")
            + ","
            + skipped.members()
            + "}\n";
    try (Writer out = utf8(dir.resolve(REPORT))) {
      out.write(report);
    }
    changes.writeTo(dir.resolve(CHANGES));
  }

  /**
   * Writes {@code contacts.jsonl}: the lines of {@link #exportContacts}. This thread reads the
   * store's JSON a page at a time; the file's own thread reads each contact and writes its line.
   */
  private static void writeContacts(Path file, JdbcSyncStore store) throws IOException {
    try (LineFile<String> lines =
        new LineFile<>(
            file,
            json -> LevitateJson.writeContactExport(LevitateJson.readContact(json)),
            WAITING_PAGES)) {
      forEachPage(
          store::levitateContactJson,
          JdbcSyncStore.StoredJson::salesforceId,
          page ->
              lines.add(page.stream().flatMap(stored -> stored.contactJson().stream()).toList()));
      lines.finish();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** U+FFFD, the replacement character, in UTF-8. */
  private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  /**
   * A buffered UTF-8 writer that creates or truncates {@code file}. Text that is not UTF-16 (half
   * of a surrogate pair, which a Salesforce value typed or cut by some tool may hold, escaped in
   * Merge's JSON) is written as U+FFFD, the replacement character, as Unicode advises for
   * ill-formed text: one broken character does not lose the whole file. Other text is written as
   * {@link Files#newBufferedWriter} writes it.
   */
  static Writer utf8(Path file) throws IOException {
    CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(REPLACEMENT);
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), encoder));
  }

  /** Writes {@code changes} as the lines of {@code changes.jsonl} to {@code file}. */
  public static void writeChanges(Path file, List<ContactChange> changes) throws IOException {
    try (Writer out = utf8(file)) {
      for (ContactChange change : changes) {
        out.write(LevitateJson.writeChange(change));
        out.write('\n');
      }
    }
  }
}
