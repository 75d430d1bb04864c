package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.PicklistChoice;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A field catalog as JSON: {@code {"fields": [{"apiName", "label", "type", "custom", "formula",
 * "length", "choices": [{"value", "label", "active"}]}]}}, fields in catalog order; {@code length}
 * only when the catalog knows it.
 */
public final class CatalogCodec {
  private CatalogCodec() {}

  public static String write(FieldCatalog catalog) {
    ObjectNode root = Format.CATALOG.object();
    ArrayNode fields = root.putArray("fields");
    for (FieldDescriptor field : catalog.fields()) {
      ObjectNode item =
          fields
              .addObject()
              .put("apiName", field.apiName())
              .put("label", field.label())
              .put("type", field.type().name())
              .put("custom", field.custom())
              .put("formula", field.formula());
      field.length().ifPresent(length -> item.put("length", length));
      if (!field.choices().isEmpty()) {
        ArrayNode choices = item.putArray("choices");
        for (PicklistChoice choice : field.choices()) {
          choices
              .addObject()
              .put("value", choice.value())
              .put("label", choice.label())
              .put("active", choice.active());
        }
      }
    }
    return Writer.text(root);
  }

  public static FieldCatalog read(String json) {
    Strict root = Strict.parse(Format.CATALOG, json, "fields");
    List<FieldDescriptor> fields =
        root.list(
                "fields",
                item -> {
                  Strict field =
                      item.object(
                          "apiName", "label", "type", "custom", "formula", "length", "choices");
                  String apiName = field.requiredString("apiName");
                  String label = field.requiredString("label");
                  FieldType type = field.requiredEnum("type", FieldType.class);
                  var descriptor =
                      FieldDescriptor.builder().apiName(apiName).label(label).type(type);
                  field.bool("custom").ifPresent(descriptor::custom);
                  field.bool("formula").ifPresent(descriptor::formula);
                  field.integer("length").ifPresent(descriptor::length);
                  field
                      .list(
                          "choices",
                          c -> {
                            Strict choice = c.object("value", "label", "active");
                            String value = choice.requiredString("value");
                            return choice.build(
                                () ->
                                    PicklistChoice.of(
                                        value,
                                        choice.string("label").orElse(value),
                                        choice.bool("active").orElse(true)));
                          })
                      .ifPresent(descriptor::choices);
                  return field.build(descriptor::build);
                })
            .orElse(List.of());
    return root.build(() -> FieldCatalog.of(fields));
  }
}
