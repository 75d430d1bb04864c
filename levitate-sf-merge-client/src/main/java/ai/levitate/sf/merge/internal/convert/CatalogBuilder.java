package ai.levitate.sf.merge.internal.convert;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.PicklistChoice;
import ai.levitate.sf.merge.internal.wire.RemoteFieldClassDto;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the field catalog from Merge's remote field classes, in Merge's order, optionally refined
 * by a Salesforce describe of Contact: where the describe knows a field, its type, label, formula
 * flag and picklist values (with their labels and whether they are active) win; fields only the
 * describe lists are added after. A class without an API name is skipped, and a second class with
 * the same API name (compared without case) is ignored.
 */
public final class CatalogBuilder {
  private final Map<String, FieldDescriptor> fields = new LinkedHashMap<>();
  private final Map<String, String> apiNameByClassId = new HashMap<>();

  public CatalogBuilder addClass(RemoteFieldClassDto remoteClass) {
    String apiName = remoteClass.remoteKeyName() == null ? "" : remoteClass.remoteKeyName().strip();
    if (apiName.isEmpty()) {
      return this;
    }
    FieldDescriptor existing = fields.get(key(apiName));
    if (remoteClass.id() != null) {
      apiNameByClassId.putIfAbsent(
          remoteClass.id(), existing == null ? apiName : existing.apiName());
    }
    if (existing != null) {
      return this;
    }
    boolean custom = Boolean.TRUE.equals(remoteClass.isCustom()) || apiName.endsWith("__c");
    List<PicklistChoice> choices = choices(remoteClass.fieldChoices());
    if (choices.isEmpty() && remoteClass.itemSchema() != null) {
      choices = choices(remoteClass.itemSchema().get("item_choices"));
    }
    FieldType type =
        FieldTypes.fromMerge(
            apiName,
            custom,
            remoteClass.fieldType(),
            remoteClass.fieldFormat(),
            !choices.isEmpty());
    fields.put(
        key(apiName), descriptor(apiName, remoteClass.displayName(), type, custom, false, choices));
    return this;
  }

  /**
   * Refines the catalog with a Salesforce describe ({@code {"fields": [{"name", "label", "type",
   * "custom", "calculated", "length", "picklistValues"}]}}); a text field's {@code length} is the
   * most characters Salesforce allows in it.
   */
  public CatalogBuilder refine(JsonNode describe) {
    for (JsonNode field : describe.path("fields")) {
      String apiName = field.path("name").asText("").strip();
      if (apiName.isEmpty()) {
        continue;
      }
      FieldDescriptor existing = fields.get(key(apiName));
      String name = existing == null ? apiName : existing.apiName();
      String label =
          Records.text(field.path("label")).orElse(existing == null ? name : existing.label());
      FieldType type = FieldTypes.fromSalesforce(field.path("type").asText(""));
      boolean custom =
          field.path("custom").isBoolean()
              ? field.path("custom").booleanValue()
              : name.endsWith("__c");
      boolean formula = field.path("calculated").asBoolean(false);
      List<PicklistChoice> choices = salesforceChoices(field.path("picklistValues"));
      if (choices.isEmpty() && existing != null) {
        choices = existing.choices();
      }
      int length = field.path("length").asInt(0);
      FieldDescriptor refined = descriptor(name, label, type, custom, formula, choices);
      fields.put(
          key(name),
          length > 0 && textual(type)
              ? FieldDescriptor.builder().from(refined).length(length).build()
              : refined);
    }
    return this;
  }

  /** The types whose describe {@code length} bounds their values' characters. */
  private static boolean textual(FieldType type) {
    return type == FieldType.STRING
        || type == FieldType.TEXTAREA
        || type == FieldType.PICKLIST
        || type == FieldType.MULTIPICKLIST
        || type == FieldType.EMAIL
        || type == FieldType.PHONE;
  }

  public FieldModel build() {
    return new FieldModel(FieldCatalog.of(List.copyOf(fields.values())), apiNameByClassId);
  }

  private static FieldDescriptor descriptor(
      String apiName,
      String label,
      FieldType type,
      boolean custom,
      boolean formula,
      List<PicklistChoice> choices) {
    FieldDescriptor.Builder builder =
        FieldDescriptor.builder()
            .apiName(apiName)
            .label(label == null || label.isBlank() ? apiName : label.strip())
            .type(type)
            .custom(custom)
            .formula(formula);
    if (type == FieldType.PICKLIST || type == FieldType.MULTIPICKLIST) {
      builder.choices(choices);
    }
    return builder.build();
  }

  /** Merge's choices: strings, or {@code {value, display_name}} objects. */
  static List<PicklistChoice> choices(JsonNode node) {
    List<PicklistChoice> choices = new ArrayList<>();
    if (node == null || !node.isArray()) {
      return choices;
    }
    for (JsonNode choice : node) {
      if (choice.isValueNode() && !choice.isNull() && !choice.asText().isBlank()) {
        choices.add(PicklistChoice.of(choice.asText()));
      } else if (choice.isObject()) {
        Optional<String> value = Records.text(choice.get("value"));
        if (value.isPresent()) {
          String label =
              Records.text(choice.get("display_name"))
                  .or(() -> Records.text(choice.get("label")))
                  .orElse(value.get());
          choices.add(PicklistChoice.of(value.get(), label));
        }
      }
    }
    return choices;
  }

  /** Salesforce's {@code picklistValues}: {@code {value, label, active}}. */
  private static List<PicklistChoice> salesforceChoices(JsonNode node) {
    List<PicklistChoice> choices = new ArrayList<>();
    for (JsonNode choice : node) {
      Optional<String> value = Records.text(choice.get("value"));
      if (value.isPresent()) {
        choices.add(
            PicklistChoice.of(
                value.get(),
                Records.text(choice.get("label")).orElse(value.get()),
                choice.path("active").asBoolean(true)));
      }
    }
    return choices;
  }

  private static String key(String apiName) {
    return apiName.toLowerCase(Locale.ROOT);
  }
}
