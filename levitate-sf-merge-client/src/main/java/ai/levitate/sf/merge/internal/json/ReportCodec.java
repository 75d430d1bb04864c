package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.spi.BrakeDecision;
import ai.levitate.sf.core.spi.FieldProblemCount;
import ai.levitate.sf.core.spi.RunCounts;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.writeback.WritebackReport;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Run reports as JSON, for a host to store and show: counts by name, reasons by name, instants in
 * ISO 8601 and durations in milliseconds. Written only: a report is a record of what happened.
 */
public final class ReportCodec {
  private ReportCodec() {}

  public static String write(SyncReport report) {
    ObjectNode root =
        Format.SYNC_REPORT
            .object()
            .put("runId", report.runId())
            .put("runNumber", report.runNumber())
            .put("kind", report.kind().name())
            .put("requestedKind", report.requestedKind().name());
    Writer.put(root, "kindReason", report.kindReason());
    root.put("outcome", report.outcome().name())
        .put("dryRun", report.dryRun())
        .put("resumes", report.resumes())
        .put("startedAt", report.startedAt().toString())
        .put("finishedAt", report.finishedAt().toString())
        .put("durationMillis", report.duration().toMillis());
    counts(root.putObject("counts"), report.counts(), true);
    report.brake().ifPresent(brake -> brake(root.putObject("brake"), brake));
    report.mergeSyncState().ifPresent(state -> root.put("mergeSyncState", state.name()));
    report.sourceClockSkew().ifPresent(skew -> root.put("sourceClockSkewMillis", skew.toMillis()));
    ArrayNode warnings = root.putArray("warnings");
    report
        .warnings()
        .forEach(
            w -> warnings.addObject().put("kind", w.kind().name()).put("message", w.message()));
    return Writer.text(root);
  }

  public static String write(WritebackReport report) {
    ObjectNode root =
        Format.WRITEBACK_REPORT
            .object()
            .put("written", report.written())
            .put("recovered", report.recovered())
            .put("alreadyWritten", report.alreadyWritten());
    byName(root.putObject("skipped"), report.skipped());
    byName(root.putObject("failed"), report.failed());
    ArrayNode failures = root.putArray("failures");
    report.failures().forEach(failures::add);
    root.put("calls", report.calls()).put("durationMillis", report.duration().toMillis());
    return Writer.text(root);
  }

  /**
   * Run counts; the run state's checkpoint stores them the same way, but leaves {@code
   * fieldProblems} out when there are none, so a worker of the previous version still reads it.
   */
  static void counts(ObjectNode node, RunCounts counts, boolean report) {
    node.put("created", counts.created())
        .put("updated", counts.updated())
        .put("unchanged", counts.unchanged())
        .put("archived", counts.archived())
        .put("restored", counts.restored())
        .put("removed", counts.removed())
        .put("held", counts.held());
    byName(node.putObject("skipped"), counts.skipped());
    if (report || !counts.fieldProblems().isEmpty()) {
      fieldProblems(node.putArray("fieldProblems"), counts.fieldProblems());
    }
    node.put("unassignedOwners", counts.unassignedOwners())
        .put("contactsRead", counts.contactsRead())
        .put("pages", counts.pages())
        .put("mergeRequests", counts.mergeRequests());
  }

  /**
   * {@code [{"field", "kind", "count", "examples": [{"salesforceId", "value", "otherValue",
   * "message"}]}]}, by field and kind; {@code otherValue} only for a tag collision.
   */
  private static void fieldProblems(ArrayNode node, List<FieldProblemCount> counts) {
    for (FieldProblemCount count : counts) {
      ObjectNode item =
          node.addObject()
              .put("field", count.field())
              .put("kind", count.kind().name())
              .put("count", count.count());
      ArrayNode examples = item.putArray("examples");
      for (FieldProblem example : count.examples()) {
        ObjectNode e =
            examples
                .addObject()
                .put("salesforceId", example.salesforceId())
                .put("value", example.value());
        Writer.put(e, "otherValue", example.otherValue());
        e.put("message", example.message());
      }
    }
  }

  private static void brake(ObjectNode node, BrakeDecision brake) {
    node.put("tripped", brake.tripped());
    ArrayNode reasons = node.putArray("reasons");
    brake.reasons().stream().sorted().forEach(reason -> reasons.add(reason.name()));
    node.put("changes", brake.changes())
        .put("known", brake.known())
        .put("read", brake.read())
        .put("maxShare", brake.maxShare())
        .put("maxCount", brake.maxCount());
    brake.mergeSyncState().ifPresent(state -> node.put("mergeSyncState", state.name()));
    node.put("summary", brake.summary());
  }

  /** Enum-keyed counts in the enum's order, so the same counts give the same bytes. */
  private static <E extends Enum<E>> void byName(ObjectNode node, Map<E, Long> counts) {
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> node.put(e.getKey().name(), e.getValue()));
  }
}
