package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactDiff;
import ai.levitate.sf.core.spi.ContactField;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A contact change as JSON: the change the sync emitted ({@code runId}, {@code position}) or the
 * archive or removal its brake held ({@code heldInRun}, {@code stateAfter}), with the contact as
 * the contact codec writes it, the changed fields, tags and key facts added and removed, and the
 * explanation. Reading what was written gives an equal change.
 */
public final class DiffCodec {
  private static final String[] DIFF_KEYS = {
    "type",
    "salesforceId",
    "mergeId",
    "contact",
    "reason",
    "changedFields",
    "tagsAdded",
    "tagsRemoved",
    "keyFactsAdded",
    "keyFactsRemoved",
    "explanation"
  };

  private DiffCodec() {}

  /** One line: {@code {"formatVersion", "runId", "position", "type", "salesforceId", ...}}. */
  public static String writeChange(ContactChange change) {
    ObjectNode root =
        Format.CHANGE.object().put("runId", change.runId()).put("position", change.position());
    diff(root, change);
    return Writer.text(root);
  }

  public static ContactChange readChange(String json) {
    Strict root = Strict.parse(Format.CHANGE, json, keys("runId", "position"));
    ContactChange.Builder change =
        ContactChange.builder()
            .runId(root.requiredString("runId"))
            .position(root.requiredWholeNumber("position"));
    diff(
        root,
        new Target(
            change::type,
            change::salesforceId,
            change::mergeId,
            c -> change.contact(c),
            r -> change.reason(r),
            change::changedFields,
            change::tagsAdded,
            change::tagsRemoved,
            change::keyFactsAdded,
            change::keyFactsRemoved,
            change::explanation));
    return root.build(change::build);
  }

  /**
   * One line: {@code {"formatVersion", "heldInRun", "stateAfter", "type", "salesforceId", ...}}.
   */
  public static String writeHeld(HeldChange held) {
    ObjectNode root = Format.HELD_CHANGE.object().put("heldInRun", held.heldInRun());
    root.set("stateAfter", StateCodec.contactState(held.stateAfter()));
    diff(root, held);
    return Writer.text(root);
  }

  public static HeldChange readHeld(String json) {
    Strict root = Strict.parse(Format.HELD_CHANGE, json, keys("heldInRun", "stateAfter"));
    HeldChange.Builder held =
        HeldChange.builder()
            .heldInRun(root.requiredWholeNumber("heldInRun"))
            .stateAfter(
                StateCodec.contactState(
                    root.requiredObject("stateAfter", StateCodec.CONTACT_STATE_KEYS)));
    diff(
        root,
        new Target(
            held::type,
            held::salesforceId,
            held::mergeId,
            c -> held.contact(c),
            r -> held.reason(r),
            held::changedFields,
            held::tagsAdded,
            held::tagsRemoved,
            held::keyFactsAdded,
            held::keyFactsRemoved,
            held::explanation));
    return root.build(held::build);
  }

  private static String[] keys(String... own) {
    List<String> keys = new ArrayList<>(Arrays.asList(own));
    keys.addAll(Arrays.asList(DIFF_KEYS));
    return keys.toArray(new String[0]);
  }

  private static void diff(ObjectNode root, ContactDiff diff) {
    root.put("type", diff.type().name())
        .put("salesforceId", diff.salesforceId())
        .put("mergeId", diff.mergeId());
    diff.contact().ifPresent(c -> root.putRawValue("contact", ContactCodec.embedded(c)));
    diff.reason().ifPresent(r -> root.put("reason", r.name()));
    ArrayNode fields = root.putArray("changedFields");
    diff.changedFields().stream().sorted().forEach(f -> fields.add(f.name()));
    ArrayNode added = root.putArray("tagsAdded");
    diff.tagsAdded().forEach(added::add);
    ArrayNode removed = root.putArray("tagsRemoved");
    diff.tagsRemoved().forEach(removed::add);
    root.putRawValue("keyFactsAdded", ContactCodec.embedded(diff.keyFactsAdded()));
    StateCodec.ownedKeyFacts(root.putArray("keyFactsRemoved"), diff.keyFactsRemoved());
    ArrayNode explanation = root.putArray("explanation");
    diff.explanation().forEach(explanation::add);
  }

  private static void diff(Strict root, Target target) {
    target.type.accept(root.requiredEnum("type", ChangeType.class));
    target.salesforceId.accept(root.requiredString("salesforceId"));
    target.mergeId.accept(root.requiredString("mergeId"));
    root.object("contact", ContactCodec.KEYS).map(ContactCodec::read).ifPresent(target.contact);
    root.enumValue("reason", StatusReason.class).ifPresent(target.reason);
    root.list("changedFields", item -> item.enumValue(ContactField.class))
        .ifPresent(target.changedFields);
    root.list("tagsAdded", Strict.Item::string).ifPresent(target.tagsAdded);
    root.list("tagsRemoved", Strict.Item::string).ifPresent(target.tagsRemoved);
    root.list("keyFactsAdded", ContactCodec::keyFact).ifPresent(target.keyFactsAdded);
    root.list("keyFactsRemoved", StateCodec::ownedKeyFact).ifPresent(target.keyFactsRemoved);
    root.list("explanation", Strict.Item::string).ifPresent(target.explanation);
  }

  /** The setters of the two builders, which share no interface. */
  private record Target(
      Consumer<ChangeType> type,
      Consumer<String> salesforceId,
      Consumer<String> mergeId,
      Consumer<LevitateContact> contact,
      Consumer<StatusReason> reason,
      Consumer<Iterable<ContactField>> changedFields,
      Consumer<Iterable<String>> tagsAdded,
      Consumer<Iterable<String>> tagsRemoved,
      Consumer<Iterable<KeyFact>> keyFactsAdded,
      Consumer<Iterable<OwnedKeyFact>> keyFactsRemoved,
      Consumer<Iterable<String>> explanation) {}
}
