package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The values of a fixture's remote fields, typed by their field class: the testkit's own reading of
 * Merge's shapes (a multipicklist as a list or a {@code ;} string, a date as {@code YYYY-MM-DD} or
 * a midnight date-time, a checkbox as a boolean or its text). A value that does not fit its type is
 * kept as {@link Unreadable}: the fixture serves it as given and the client judges it.
 */
public final class FixtureValues {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private FixtureValues() {}

  /** A value that does not fit its field's type, as the fixture holds it. */
  public record Unreadable(JsonNode json) {
    public String text() {
      return json.isTextual() ? json.textValue() : json.toString();
    }
  }

  /**
   * The Java value of a JSON value of a field of {@code type}: null for no value, a {@code String},
   * {@code Boolean}, {@code LocalDate}, {@code Instant}, {@code BigDecimal}, a multipicklist as one
   * {@code ;}-separated string, or {@link Unreadable}.
   */
  public static Object read(JsonNode value, FieldType type) {
    if (value == null
        || value.isNull()
        || value.isMissingNode()
        || (value.isTextual() && value.textValue().isEmpty())) {
      return null;
    }
    switch (type) {
      case CHECKBOX:
        if (value.isBoolean()) {
          return value.booleanValue();
        }
        String flag = value.isTextual() ? value.textValue().strip().toLowerCase(Locale.ROOT) : "";
        return flag.equals("true") || flag.equals("false")
            ? Boolean.valueOf(flag)
            : new Unreadable(value);
      case DATE:
        LocalDate date = value.isTextual() ? date(value.textValue().strip()) : null;
        return date != null ? date : new Unreadable(value);
      case DATETIME:
        Instant instant = value.isTextual() ? instant(value.textValue().strip()) : null;
        return instant != null ? instant : new Unreadable(value);
      case NUMBER:
        if (value.isNumber()) {
          return value.decimalValue();
        }
        try {
          return value.isTextual()
              ? new BigDecimal(value.textValue().strip())
              : new Unreadable(value);
        } catch (NumberFormatException e) {
          return new Unreadable(value);
        }
      case MULTIPICKLIST:
        if (value.isArray()) {
          List<String> items = new ArrayList<>();
          for (JsonNode item : value) {
            if (!item.isValueNode()) {
              return new Unreadable(value);
            }
            if (!item.isNull()) {
              items.add(item.asText());
            }
          }
          return String.join(";", items);
        }
        return value.isValueNode() ? value.asText() : new Unreadable(value);
      default:
        return value.isValueNode() ? value.asText() : new Unreadable(value);
    }
  }

  /** The value as core's source model holds it. */
  public static FieldValue view(Object value, FieldType type) {
    return SourceViews.value(type, value);
  }

  /** The JSON form of a Java value of a field of {@code type}; a list for a multipicklist. */
  public static JsonNode json(Object value, FieldType type, boolean listForMulti) {
    if (value == null) {
      return type == FieldType.CHECKBOX
          ? RawJson.NODES.booleanNode(false)
          : RawJson.NODES.nullNode();
    } else if (value instanceof Boolean b) {
      return RawJson.NODES.booleanNode(b);
    } else if (value instanceof BigDecimal n) {
      return RawJson.NODES.numberNode(n);
    } else if (value instanceof LocalDate d) {
      return RawJson.NODES.textNode(d.toString());
    } else if (value instanceof Instant t) {
      return RawJson.NODES.textNode(Times.merge(Times.micros(t)));
    } else if (value instanceof Unreadable u) {
      return u.json();
    } else if (type == FieldType.MULTIPICKLIST && listForMulti) {
      var list = RawJson.NODES.arrayNode();
      for (String item : ((String) value).split(";")) {
        if (!item.isEmpty()) {
          list.add(item);
        }
      }
      return list;
    }
    return RawJson.NODES.textNode((String) value);
  }

  private static LocalDate date(String text) {
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text, DATE);
      }
      if (text.length() > 10 && text.charAt(10) == 'T' && instant(text) != null) {
        return LocalDate.parse(text.substring(0, 10), DATE);
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  private static Instant instant(String text) {
    try {
      return Times.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
