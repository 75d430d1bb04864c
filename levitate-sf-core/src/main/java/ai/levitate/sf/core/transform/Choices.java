package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.PicklistChoice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A picklist field's choices, and its values as Merge may send them: a multipicklist that Merge
 * types as a plain string with choices arrives as a JSON list, or as Salesforce's one string with
 * {@code ;} between values. Values match a choice exactly, else after {@link Texts#clean} and
 * without regard to case, by value or label.
 */
final class Choices {
  private final FieldDescriptor field;
  private final Map<String, PicklistChoice> exact = new HashMap<>();
  private final Map<String, PicklistChoice> loose = new HashMap<>();

  Choices(FieldDescriptor field) {
    this.field = field;
    for (PicklistChoice choice : field.choices()) {
      exact.putIfAbsent(choice.value(), choice);
      loose.putIfAbsent(key(choice.value()), choice);
    }
    for (PicklistChoice choice : field.choices()) {
      loose.putIfAbsent(key(choice.label()), choice);
    }
  }

  /**
   * The values of a picklist-like field holding several: a list, or a {@code ;}-separated string
   * whose every part is a known choice (while the whole is not one). Empty for one value.
   */
  Optional<List<String>> several(Optional<FieldValue> raw) {
    if (field.type() != FieldType.PICKLIST && field.choices().isEmpty()) {
      return Optional.empty();
    }
    FieldValue value = raw.orElse(FieldValue.empty());
    if (value instanceof FieldValue.Multi multi) {
      return Optional.of(multi.values());
    }
    if (!(value instanceof FieldValue.Text text)
        || text.value().indexOf(';') < 0
        || choice(text.value()).isPresent()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (String part : text.value().split(";")) {
      if (part.isBlank()) {
        continue;
      }
      if (choice(part).isEmpty()) {
        return Optional.empty();
      }
      parts.add(part.strip());
    }
    return Optional.of(parts);
  }

  /** The label to show for a stored value: its choice's label when one matches, else the value. */
  String label(String value) {
    return choice(value).map(c -> c.label().isBlank() ? value : c.label()).orElse(value);
  }

  private Optional<PicklistChoice> choice(String value) {
    PicklistChoice choice = exact.get(value);
    return Optional.ofNullable(choice != null || loose.isEmpty() ? choice : loose.get(key(value)));
  }

  private static String key(String value) {
    return Texts.clean(value).toLowerCase(Locale.ROOT);
  }
}
