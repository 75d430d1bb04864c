package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.examples.jdbc.JdbcSyncStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code --preview FILE.html}: follows the runs beside the harness's own listener (keeping a few
 * examples of each reason a contact was skipped), then writes the page ({@link PreviewPage}) from
 * what Levitate holds after the runs, or, for a dry run, what it would hold.
 */
public final class Preview extends ListenerBeside {
  private static final int EXAMPLES = 5;

  private final Map<ContactSkipReason, List<String>> examples =
      new EnumMap<>(ContactSkipReason.class);

  /** A preview that follows runs beside {@code listener}, which it tells everything first. */
  public Preview(SyncListener listener) {
    super(listener);
  }

  @Override
  public void contactSkipped(String runId, ContactProblem problem) {
    super.contactSkipped(runId, problem);
    List<String> kept =
        examples.computeIfAbsent(ContactSkipReason.of(problem.kind()), r -> new ArrayList<>());
    if (kept.size() < EXAMPLES) {
      kept.add(
          problem.salesforceId().or(problem::mergeId).orElse("(no id)") + ": " + problem.message());
    }
  }

  /**
   * Writes the page: the contacts {@code store} holds, with a dry run's {@code changes} applied
   * over them.
   */
  public void write(
      Path file,
      String source,
      boolean dryRun,
      JdbcSyncStore store,
      List<ContactChange> changes,
      List<SyncReport> runs,
      SyncSettings settings,
      FieldCatalog catalog,
      Optional<SourceSyncStatus> mergeSync,
      Instant now)
      throws IOException {
    Map<String, LevitateContact> contacts = new TreeMap<>();
    Outputs.forEachStored(
        store, stored -> stored.contact().ifPresent(c -> contacts.put(stored.salesforceId(), c)));
    for (ContactChange change : changes) {
      change.contact().ifPresent(c -> contacts.put(change.salesforceId(), c));
    }
    List<String> warnings = new ArrayList<>();
    if (catalog.fields().isEmpty()) {
      warnings.add(
          "Merge sends no Contact fields for this account, " + FieldCatalog.WITHOUT_FIELDS);
    }
    String html =
        PreviewPage.render(
            new PreviewInput(
                source,
                now,
                dryRun,
                warnings,
                List.copyOf(contacts.values()),
                runs,
                examples,
                settings,
                catalog,
                mergeSync));
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (Writer out = Outputs.utf8(file)) {
      out.write(html);
    }
  }
}
