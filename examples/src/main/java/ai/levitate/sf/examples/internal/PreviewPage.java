package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.FieldProblemCount;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.merge.LevitateJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code --preview} page: one self-contained HTML file (inline CSS, inline SVG, no script,
 * nothing fetched, a Content Security Policy that allows nothing else) showing what Levitate would
 * hold for the org, so a person sees in one look whether the settings are right. Every value from
 * the data is escaped ({@link Html#escape}).
 */
final class PreviewPage {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BAR = 320;
  private static final String STYLE =
      String.join(
          "\n",
          "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1d2330;background:#f6f7f9}",
          "main{max-width:1000px;margin:0 auto;padding:24px}",
          "h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d6d9e0;padding-bottom:4px}",
          "h3{font-size:14px;margin:16px 0 4px;color:#40485a}",
          ".lead{color:#5b6475;margin:0 0 12px}.warn{background:#fff4d6;border-left:4px solid #e0a100;padding:8px 12px;margin:8px 0}",
          "section{background:#fff;border:1px solid #e1e4ea;border-radius:8px;padding:4px 16px 14px;margin:14px 0}",
          "table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:3px 8px;vertical-align:top;border-bottom:1px solid #eef0f3}",
          "th{font-weight:600;color:#40485a}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;width:5em}",
          "td.bar{width:" + (BAR + 10) + "px}svg rect.bar{fill:#3b6fd8}svg rect.none{fill:#c9ced8}",
          ".figure{font-weight:600}.muted{color:#7a8293}code,pre{font:12px/1.4 ui-monospace,Menlo,Consolas,monospace}",
          "pre{background:#f1f3f6;padding:8px;white-space:pre-wrap;word-break:break-word;margin:0}",
          ".legend span{display:inline-block;margin-right:16px}.sw{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}");
  private static final Map<ContactStatus, String> COLOURS =
      Map.of(
          ContactStatus.ACTIVE,
          "#2e9d5b",
          ContactStatus.ARCHIVED,
          "#c08a00",
          ContactStatus.REMOVED,
          "#c0392b");

  private final PreviewInput input;
  private final Html html = new Html();

  private PreviewPage(PreviewInput input) {
    this.input = input;
  }

  static String render(PreviewInput input) {
    return new PreviewPage(input).page();
  }

  private String page() {
    html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .raw(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
        .raw("<title>Levitate preview</title><style>")
        .raw(STYLE)
        .raw("</style></head><body><main>")
        .raw("<h1>What Levitate would hold for this Salesforce org</h1><p class=\"lead\">")
        .text(input.source())
        .raw("<br>")
        .text(
            input.dryRun()
                ? "A dry run: nothing was changed; the figures are what the next run would leave."
                : "After this invocation's runs.")
        .raw(" Page made ")
        .text(input.generatedAt())
        .raw(".</p>");
    for (String warning : input.warnings()) {
      html.raw("<p class=\"warn\">").text(warning).raw("</p>");
    }
    statuses();
    tags();
    keyFacts();
    owners();
    skipped();
    fieldProblems();
    settings();
    merge();
    return html.raw("</main></body></html>\n").toString();
  }

  private void statuses() {
    Map<ContactStatus, Long> byStatus = new EnumMap<>(ContactStatus.class);
    Map<StatusReason, Long> byReason = new EnumMap<>(StatusReason.class);
    for (ContactStatus status : ContactStatus.values()) {
      byStatus.put(status, 0L);
    }
    for (LevitateContact contact : input.contacts()) {
      byStatus.merge(contact.status(), 1L, Long::sum);
      contact.statusReason().ifPresent(reason -> byReason.merge(reason, 1L, Long::sum));
    }
    long total = input.contacts().size();
    section("Contacts by status");
    html.raw("<p>").figure("contacts-total", total).raw(" contacts in all.</p>");
    html.raw("<svg role=\"img\" aria-label=\"contacts by status\" width=\"640\" height=\"22\">");
    double x = 0;
    for (Map.Entry<ContactStatus, Long> entry : byStatus.entrySet()) {
      double width = total == 0 ? 0 : 640.0 * entry.getValue() / total;
      html.raw(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"22\"" + " fill=\"%s\"></rect>",
              x,
              width,
              COLOURS.get(entry.getKey())));
      x += width;
    }
    html.raw("</svg><p class=\"legend\">");
    byStatus.forEach(
        (status, count) ->
            html.raw("<span><i class=\"sw\" style=\"background:")
                .raw(COLOURS.get(status))
                .raw("\"></i>")
                .text(status.name().toLowerCase(Locale.ROOT))
                .raw(" ")
                .figure("status-" + status.name(), count)
                .raw("</span>"));
    html.raw("</p>");
    if (!byReason.isEmpty()) {
      html.raw("<table><tr><th>why not active</th><th class=\"n\">contacts</th></tr>");
      byReason.forEach(
          (reason, count) ->
              html.raw("<tr><td>")
                  .text(words(reason.name()))
                  .raw("</td><td class=\"n\">")
                  .figure("reason-" + reason.name(), count)
                  .raw("</td></tr>"));
      html.raw("</table>");
    }
    end();
  }

  /** Every tag with its contact count, by the Salesforce field it comes from. */
  private void tags() {
    Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
    for (LevitateContact contact : input.contacts()) {
      Set<String> seen = new HashSet<>();
      for (Tag tag : contact.tags()) {
        if (seen.add(tag.name())) {
          byField
              .computeIfAbsent(group(tag.source()), g -> new TreeMap<>())
              .merge(tag.name(), 1L, Long::sum);
        }
      }
    }
    section("Tags");
    html.raw(
        "<p class=\"lead\">Every tag with the number of contacts that would carry it, by the"
            + " field it comes from (archived and removed contacts included).</p>");
    if (byField.isEmpty()) {
      html.raw("<p class=\"muted\">No tags.</p>");
    }
    byField.forEach(
        (field, counts) -> {
          html.element("h3", field);
          bars("tag:", counts);
        });
    end();
  }

  private void keyFacts() {
    Map<String, Long> byLabel = new TreeMap<>();
    for (LevitateContact contact : input.contacts()) {
      contact.keyFacts().stream()
          .map(KeyFact::label)
          .distinct()
          .forEach(label -> byLabel.merge(label, 1L, Long::sum));
    }
    input
        .settings()
        .effectiveKeyFacts()
        .forEach(
            setting ->
                byLabel.putIfAbsent(
                    setting
                        .label()
                        .orElseGet(
                            () ->
                                input
                                    .catalog()
                                    .field(setting.field())
                                    .map(f -> f.label())
                                    .orElse(setting.field())),
                    0L));
    section("Key facts");
    if (byLabel.isEmpty()) {
      html.raw("<p class=\"muted\">No key facts.</p>");
    } else {
      html.raw(
          "<table><tr><th>label</th><th class=\"n\">contacts</th><th class=\"n\">lacking"
              + "</th><th></th></tr>");
      long total = input.contacts().size();
      byLabel.forEach(
          (label, count) ->
              html.raw("<tr><td>")
                  .text(label)
                  .raw("</td><td class=\"n\">")
                  .figure("keyfact:" + label, count)
                  .raw("</td><td class=\"n\">")
                  .figure("keyfact-lacking:" + label, total - count)
                  .raw("</td><td class=\"bar\">")
                  .raw(bar(count, total))
                  .raw("</td></tr>"));
      html.raw("</table>");
    }
    end();
  }

  /** Salesforce owners with their names, whether mapped to a Levitate user, and their contacts. */
  private void owners() {
    Map<String, String[]> owners = new TreeMap<>();
    Map<String, Long> counts = new TreeMap<>();
    for (LevitateContact contact : input.contacts()) {
      String id = contact.owner().salesforceUserId().orElse("");
      owners.putIfAbsent(
          id,
          new String[] {
            contact.owner().salesforceUserName().orElse(""),
            contact.owner().levitateUserId().orElse("")
          });
      counts.merge(id, 1L, Long::sum);
    }
    section("Owners");
    html.raw(
        "<table><tr><th>Salesforce user</th><th>name</th><th>Levitate user</th>"
            + "<th class=\"n\">contacts</th></tr>");
    owners.forEach(
        (id, owner) -> {
          boolean mapped =
              input.settings().owners().keySet().stream().anyMatch(k -> sameUser(k, id));
          String levitate =
              owner[1].isEmpty()
                  ? "not mapped: unassigned"
                  : mapped ? owner[1] : owner[1] + " (the default owner)";
          html.raw("<tr><td><code>")
              .text(id.isEmpty() ? "(no owner)" : id)
              .raw("</code></td><td>")
              .text(owner[0])
              .raw("</td><td>")
              .text(levitate)
              .raw("</td><td class=\"n\">")
              .figure("owner:" + (id.isEmpty() ? "none" : id), counts.get(id))
              .raw("</td></tr>");
        });
    html.raw("</table>");
    end();
  }

  private void skipped() {
    Map<ContactSkipReason, Long> counts = new EnumMap<>(ContactSkipReason.class);
    for (SyncReport run : input.runs()) {
      run.counts().skipped().forEach((reason, count) -> counts.merge(reason, count, Long::sum));
    }
    section("Skipped contacts");
    if (counts.isEmpty()) {
      html.raw("<p class=\"muted\">None: every contact read was synced.</p>");
    }
    counts.forEach(
        (reason, count) -> {
          html.raw("<h3>")
              .text(words(reason.name()))
              .raw(": ")
              .figure("skipped:" + reason.name(), count)
              .raw("</h3>");
          examples(input.skippedExamples().getOrDefault(reason, List.of()));
        });
    end();
  }

  private void fieldProblems() {
    Map<String, FieldProblemCount> counts = new LinkedHashMap<>();
    Map<String, Long> totals = new LinkedHashMap<>();
    for (SyncReport run : input.runs()) {
      for (FieldProblemCount count : run.counts().fieldProblems()) {
        String key = count.field() + ":" + count.kind();
        counts.putIfAbsent(key, count);
        totals.merge(key, count.count(), Long::sum);
      }
    }
    section("Field problems");
    html.raw("<p class=\"lead\">Values left out or cut while their contacts synced.</p>");
    if (counts.isEmpty()) {
      html.raw("<p class=\"muted\">None.</p>");
    }
    counts.forEach(
        (key, count) -> {
          html.raw("<h3>")
              .text(count.field())
              .raw(", ")
              .text(words(count.kind().name()))
              .raw(": ")
              .figure("field-problem:" + key, totals.get(key))
              .raw("</h3>");
          examples(
              count.examples().stream()
                  .map(p -> p.salesforceId() + name(p.salesforceId()) + ": " + p.message())
                  .toList());
        });
    end();
  }

  private void settings() {
    section("Settings used");
    html.raw("<table>");
    try {
      JsonNode settings = JSON.readTree(LevitateJson.writeSettings(input.settings()));
      settings
          .properties()
          .forEach(
              entry ->
                  html.raw("<tr><th>")
                      .text(entry.getKey())
                      .raw("</th><td><code>")
                      .text(entry.getValue().toString())
                      .raw("</code></td></tr>"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    html.raw("</table>");
    end();
  }

  private void merge() {
    section("Merge's sync state");
    html.raw("<table>");
    if (input.mergeSync().isPresent()) {
      var sync = input.mergeSync().get();
      row("status of its contact sync", sync.status().name());
      sync.lastSyncResult().ifPresent(r -> row("last sync ended", r.name()));
      sync.lastSyncStart().ifPresent(t -> row("last sync started", t.toString()));
      sync.lastSyncFinished().ifPresent(t -> row("last sync finished", t.toString()));
      sync.nextSyncStart().ifPresent(t -> row("next sync starts", t.toString()));
      row(
          "copy complete",
          sync.incomplete() ? "no: archives are held until Merge succeeds" : "yes");
    } else {
      row("status of its contact sync", "not reported");
    }
    html.raw(
        "</table><h3>Runs</h3><table><tr><th>run</th><th>outcome</th><th>read</th>"
            + "<th>changes</th></tr>");
    for (SyncReport run : input.runs()) {
      var c = run.counts();
      html.raw("<tr><td>")
          .text(run.runId() + " " + run.kind())
          .raw("</td><td>")
          .text(run.outcome())
          .raw("</td><td>")
          .text(c.contactsRead() + " contacts, " + c.mergeRequests() + " Merge requests")
          .raw("</td><td>")
          .text(
              String.format(
                  Locale.ROOT,
                  "created %d, updated %d, unchanged %d,"
                      + " archived %d, restored %d, removed %d, held %d",
                  c.created(),
                  c.updated(),
                  c.unchanged(),
                  c.archived(),
                  c.restored(),
                  c.removed(),
                  c.held()))
          .raw("</td></tr>");
    }
    html.raw("</table>");
    end();
  }

  private void bars(String prefix, Map<String, Long> counts) {
    List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(
        Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    long max = rows.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
    html.raw("<table>");
    for (Map.Entry<String, Long> row : rows) {
      html.raw("<tr><td>")
          .text(row.getKey())
          .raw("</td><td class=\"n\">")
          .figure(prefix + row.getKey(), row.getValue())
          .raw("</td><td class=\"bar\">")
          .raw(bar(row.getValue(), max))
          .raw("</td></tr>");
    }
    html.raw("</table>");
  }

  private static String bar(long value, long max) {
    long width = max == 0 ? 0 : Math.round((double) BAR * value / max);
    return "<svg width=\""
        + BAR
        + "\" height=\"12\" aria-hidden=\"true\"><rect class=\"none\""
        + " width=\""
        + BAR
        + "\" height=\"12\"></rect><rect class=\"bar\" width=\""
        + width
        + "\" height=\"12\"></rect></svg>";
  }

  private void examples(List<String> examples) {
    if (examples.isEmpty()) {
      return;
    }
    html.raw("<ul>");
    examples.forEach(example -> html.element("li", example));
    html.raw("</ul>");
  }

  /** {@code " (First Last)"} for a contact Levitate would hold, else nothing. */
  private String name(String salesforceId) {
    return input.contacts().stream()
        .filter(c -> c.salesforceId().equals(salesforceId))
        .findFirst()
        .map(
            c ->
                " ("
                    + String.join(" ", c.firstName().orElse(""), c.lastName().orElse("")).strip()
                    + ")")
        .orElse("");
  }

  private void row(String name, String value) {
    html.raw("<tr><th>").text(name).raw("</th><td>").text(value).raw("</td></tr>");
  }

  private void section(String title) {
    html.raw("<section>").element("h2", title);
  }

  private void end() {
    html.raw("</section>");
  }

  /** The field a tag comes from, by its Salesforce label. */
  private String group(Provenance source) {
    return switch (source.origin()) {
      case CONSTANT -> "Every contact";
      case SALESFORCE_FIELD ->
          source
              .field()
              .map(
                  field ->
                      input
                          .catalog()
                          .field(field)
                          .map(f -> f.label() + " (" + f.apiName() + ")")
                          .orElse(field))
              .orElse("Salesforce");
      default -> source.field().orElse("Merge");
    };
  }

  private static boolean sameUser(String a, String b) {
    return a.length() >= 15 && b.length() >= 15 && a.substring(0, 15).equals(b.substring(0, 15));
  }

  /** {@code DELETED_IN_SALESFORCE} as {@code Deleted in Salesforce}. */
  private static String words(String name) {
    String text =
        name.toLowerCase(Locale.ROOT).replace('_', ' ').replace("salesforce", "Salesforce");
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
