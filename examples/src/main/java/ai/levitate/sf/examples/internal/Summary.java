package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.FieldProblemCount;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.RunCounts;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.writeback.WritebackReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What the harness prints about runs: a short block per sync run and per write-back run. */
public final class Summary {
  /** Field problems printed with an example; the report has them all. */
  private static final int EXAMPLES = 5;

  /** Tags and key facts a dry run would take away, listed one a line before the changes. */
  private static final int REMOVALS = 20;

  private Summary() {}

  public static void print(PrintStream out, SyncReport report, List<String> problems) {
    RunCounts c = report.counts();
    out.printf(
        Locale.ROOT,
        "%s %s%s: %s in %s%n",
        report.runId(),
        report.kind(),
        report.dryRun() ? " (dry run: nothing changed)" : "",
        report.outcome(),
        seconds(report.duration()));
    report
        .kindReason()
        .ifPresent(
            reason ->
                out.printf(
                    Locale.ROOT,
                    "  asked for %s, ran %s: %s%n",
                    report.requestedKind(),
                    report.kind(),
                    reason));
    if (report.resumes() > 0) {
      out.printf(Locale.ROOT, "  resumed %d time(s) after a stop%n", report.resumes());
    }
    out.printf(
        Locale.ROOT,
        "  created %d, updated %d, unchanged %d, archived %d, restored %d,"
            + " removed %d, held %d%n",
        c.created(),
        c.updated(),
        c.unchanged(),
        c.archived(),
        c.restored(),
        c.removed(),
        c.held());
    out.printf(
        Locale.ROOT,
        "  skipped %d%s; unassigned owners %d%n",
        c.skippedTotal(),
        byName(c.skipped()),
        c.unassignedOwners());
    for (String problem : problems) {
      out.println("    e.g. " + problem);
    }
    fieldProblems(out, c.fieldProblems());
    out.printf(
        Locale.ROOT,
        "  read %d contacts in %d pages with %d Merge requests%n",
        c.contactsRead(),
        c.pages(),
        c.mergeRequests());
    report.mergeSyncState().ifPresent(state -> out.println("  Merge's own contact sync: " + state));
    report
        .brake()
        .filter(b -> b.tripped() || b.changes() > 0)
        .ifPresent(b -> out.println("  brake: " + b.summary()));
    report.warnings().forEach(w -> out.println("  warning: " + w.message()));
  }

  /**
   * Values left out or cut while their contacts synced, by field and kind, with an example of each
   * of the first few.
   */
  private static void fieldProblems(PrintStream out, List<FieldProblemCount> counts) {
    if (counts.isEmpty()) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "  field problems %d (values left out or cut): %s%n",
        counts.stream().mapToLong(FieldProblemCount::count).sum(),
        counts.stream()
            .map(p -> p.field() + " " + p.kind() + " " + p.count())
            .collect(Collectors.joining(", ")));
    for (FieldProblemCount count : counts.stream().limit(EXAMPLES).toList()) {
      FieldProblem example = count.examples().get(0);
      out.println(
          "    e.g. "
              + example.salesforceId()
              + ": "
              + example.message().replaceAll("\\p{Cntrl}+", " "));
    }
  }

  public static void print(PrintStream out, WritebackReport report) {
    out.printf(
        Locale.ROOT,
        "write-back: %d notes written, %d recovered, %d already written,"
            + " skipped %d%s, failed %d%s, %d Merge requests in %s%n",
        report.written(),
        report.recovered(),
        report.alreadyWritten(),
        report.skippedTotal(),
        byName(report.skipped()),
        report.failedTotal(),
        byName(report.failed()),
        report.calls(),
        seconds(report.duration()));
    for (String failure : report.failures().stream().limit(5).toList()) {
      out.println("    e.g. " + failure);
    }
  }

  /**
   * What a dry run would take away, before its changes: how many contacts lose each tag and key
   * fact the sync owns (the most first), as a settings change that drops a tag field does.
   */
  public static void printRemovals(
      PrintStream out, Map<String, Long> tags, Map<String, Long> keyFacts) {
    List<Removal> removals = new ArrayList<>();
    tags.forEach((tag, count) -> removals.add(new Removal("tag \"" + tag + "\"", count)));
    keyFacts.forEach(
        (label, count) -> removals.add(new Removal("key fact \"" + label + "\"", count)));
    if (removals.isEmpty()) {
      return;
    }
    // The most first; a stable sort keeps tags before key facts, each by name, within a count.
    removals.sort(Comparator.comparingLong(Removal::count).reversed());
    out.println("The run would take from contacts:");
    for (Removal removal : removals.stream().limit(REMOVALS).toList()) {
      out.printf(
          Locale.ROOT,
          "  %s from %d contact%s%n",
          removal.what(),
          removal.count(),
          removal.count() == 1 ? "" : "s");
    }
    if (removals.size() > REMOVALS) {
      out.printf(Locale.ROOT, "  and %d more tags and key facts%n", removals.size() - REMOVALS);
    }
  }

  private record Removal(String what, long count) {}

  /** A dry run's changes and held changes, contact by contact, with why. */
  public static void printChanges(
      PrintStream out, List<ContactChange> changes, List<HeldChange> held) {
    for (ContactChange change : changes) {
      out.println(
          describe(
              change.type().name(),
              change.salesforceId(),
              change.contact().map(Summary::name).orElse(""),
              change.reason().map(Enum::name).orElse(""),
              change.changedFields().stream()
                  .map(Enum::name)
                  .sorted()
                  .collect(Collectors.joining(", "))));
      change.explanation().forEach(line -> out.println("    " + line));
      if (change.type() == ChangeType.CREATE) {
        change.contact().ifPresent(contact -> provenance(out, contact));
      }
    }
    for (HeldChange change : held) {
      out.println(
          describe(
              "HELD " + change.type(),
              change.salesforceId(),
              change.contact().map(Summary::name).orElse(""),
              change.reason().map(Enum::name).orElse(""),
              ""));
      change.explanation().forEach(line -> out.println("    " + line));
    }
  }

  /** Where each tag and key fact of a new contact comes from. */
  private static void provenance(PrintStream out, LevitateContact contact) {
    out.println(
        "    tags: "
            + contact.tags().stream()
                .map(t -> t.name() + " (" + t.source().describe() + ")")
                .collect(Collectors.joining("; ")));
    if (!contact.keyFacts().isEmpty()) {
      out.println(
          "    key facts: "
              + contact.keyFacts().stream()
                  .map(f -> f.label() + " " + f.date() + " (" + f.source().describe() + ")")
                  .collect(Collectors.joining("; ")));
    }
  }

  private static String describe(
      String type, String id, String name, String reason, String fields) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-8s %s", type, id));
    if (!name.isBlank()) {
      line.append(' ').append(name);
    }
    if (!reason.isEmpty()) {
      line.append(" (").append(reason).append(')');
    }
    if (!fields.isEmpty()) {
      line.append(": ").append(fields);
    }
    return line.toString();
  }

  private static String name(LevitateContact contact) {
    return (contact.firstName().orElse("") + " " + contact.lastName().orElse("")).strip();
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  private static <E extends Enum<E>> String byName(Map<E, Long> counts) {
    if (counts.isEmpty()) {
      return "";
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey().name() + " " + e.getValue())
        .collect(Collectors.joining(", ", " (", ")"));
  }
}
