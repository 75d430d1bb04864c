package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.writeback.LedgerEntry;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A write-back ledger entry as JSON: {@code {"formatVersion", "activityId", "version", "type",
 * "state", "idempotencyKey", "reference", "title", "body", "mergeContactId", "noteId", "attempts",
 * "problems", "updatedAt"}}. Reading what was written gives an equal entry.
 */
public final class LedgerCodec {
  private static final String[] KEYS = {
    "activityId",
    "version",
    "type",
    "state",
    "idempotencyKey",
    "reference",
    "title",
    "body",
    "mergeContactId",
    "noteId",
    "attempts",
    "problems",
    "updatedAt"
  };

  private LedgerCodec() {}

  public static String write(LedgerEntry entry) {
    ObjectNode root =
        Format.LEDGER_ENTRY
            .object()
            .put("activityId", entry.activityId())
            .put("version", entry.version())
            .put("type", entry.type().name())
            .put("state", entry.state().name())
            .put("idempotencyKey", entry.idempotencyKey())
            .put("reference", entry.reference())
            .put("title", entry.title())
            .put("body", entry.body())
            .put("mergeContactId", entry.mergeContactId());
    Writer.put(root, "noteId", entry.noteId());
    root.put("attempts", entry.attempts());
    ArrayNode problems = root.putArray("problems");
    entry.problems().forEach(problems::add);
    root.put("updatedAt", entry.updatedAt().toString());
    return Writer.text(root);
  }

  public static LedgerEntry read(String json) {
    Strict root = Strict.parse(Format.LEDGER_ENTRY, json, KEYS);
    LedgerEntry.Builder entry =
        LedgerEntry.builder()
            .activityId(root.requiredString("activityId"))
            .version(root.requiredWholeNumber("version"))
            .type(root.requiredEnum("type", ActivityType.class))
            .state(root.requiredEnum("state", LedgerEntry.State.class))
            .idempotencyKey(root.requiredString("idempotencyKey"))
            .reference(root.requiredString("reference"))
            .title(root.requiredString("title"))
            .body(root.requiredString("body"))
            .mergeContactId(root.requiredString("mergeContactId"))
            .noteId(root.string("noteId"))
            .attempts(root.integer("attempts").orElse(0))
            .updatedAt(root.requiredInstant("updatedAt"));
    root.list("problems", Strict.Item::string).ifPresent(entry::problems);
    return root.build(entry::build);
  }
}
