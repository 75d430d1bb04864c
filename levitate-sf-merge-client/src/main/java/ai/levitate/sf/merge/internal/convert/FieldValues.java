package ai.levitate.sf.merge.internal.convert;

import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one field's JSON value as its catalog type. Never throws: a value that does not fit its
 * type becomes {@link FieldValue.Invalid} with the reason, which the transform reports as a field
 * problem when the settings use that field.
 */
public final class FieldValues {
  /** As many characters as Jackson allows a number in JSON text. */
  static final int MAX_NUMBER_TEXT = 1000;

  private FieldValues() {}

  public static FieldValue read(JsonNode value, FieldType type) {
    if (value == null
        || value.isNull()
        || value.isMissingNode()
        || (value.isTextual() && value.asText().isEmpty())) {
      return FieldValue.empty();
    }
    switch (type) {
      case CHECKBOX:
        return checkbox(value);
      case DATE:
        return date(value);
      case DATETIME:
        return dateTime(value);
      case NUMBER:
        return number(value);
      case MULTIPICKLIST:
        return multi(value);
      default:
        return text(value);
    }
  }

  private static FieldValue checkbox(JsonNode value) {
    if (value.isBoolean()) {
      return FieldValue.bool(value.booleanValue());
    }
    if (value.isTextual()) {
      String text = value.asText().strip().toLowerCase(Locale.ROOT);
      if (text.equals("true") || text.equals("false")) {
        return FieldValue.bool(text.equals("true"));
      }
    }
    return invalid(value, "expected true or false");
  }

  private static FieldValue date(JsonNode value) {
    if (value.isTextual()) {
      Optional<LocalDate> date = Timestamps.date(value.asText());
      if (date.isPresent()) {
        return FieldValue.date(date.get());
      }
    }
    return invalid(
        value,
        value.isTextual() && Timestamps.instant(value.asText()).isPresent()
            ? "expected a date, not a time of day other than midnight"
            : "expected a date as YYYY-MM-DD");
  }

  private static FieldValue dateTime(JsonNode value) {
    if (value.isTextual()) {
      Optional<Instant> instant = Timestamps.instant(value.asText());
      if (instant.isPresent()) {
        return FieldValue.dateTime(instant.get());
      }
      if (value.asText().strip().length() == 10) {
        Optional<LocalDate> date = Timestamps.date(value.asText());
        if (date.isPresent()) {
          return FieldValue.date(date.get());
        }
      }
    }
    return invalid(value, "expected a date and time with an offset");
  }

  private static FieldValue number(JsonNode value) {
    if (value.isNumber()) {
      return FieldValue.number(value.decimalValue());
    }
    if (value.isTextual()) {
      try {
        return FieldValue.number(new BigDecimal(value.asText().strip()));
      } catch (NumberFormatException e) {
        return invalid(value, "expected a number");
      }
    }
    return invalid(value, "expected a number");
  }

  /** A list of values, or Salesforce's one string with {@code ;} between values. */
  private static FieldValue multi(JsonNode value) {
    if (value.isArray()) {
      List<String> values = new ArrayList<>();
      for (JsonNode item : value) {
        if (item.isNull()) {
          continue;
        }
        if (!item.isValueNode()) {
          return invalid(value, "expected a list of picklist values");
        }
        String text = item.asText().strip();
        if (!text.isEmpty()) {
          values.add(text);
        }
      }
      return FieldValue.multi(values);
    }
    if (value.isValueNode()) {
      List<String> values = new ArrayList<>();
      for (String part : value.asText().split(";")) {
        if (!part.isBlank()) {
          values.add(part.strip());
        }
      }
      return FieldValue.multi(values);
    }
    return invalid(value, "expected a list of picklist values");
  }

  /** Text as sent; numbers and booleans as their JSON text; a list of values as a multi value. */
  private static FieldValue text(JsonNode value) {
    if (value.isTextual()) {
      return FieldValue.text(value.asText());
    }
    if (value.isNumber() && (value.isBigDecimal() || value.isFloatingPointNumber())) {
      BigDecimal decimal = value.decimalValue();
      // 1e999999999 is eleven characters of JSON and a billion digits written out.
      return plainLength(decimal) > MAX_NUMBER_TEXT
          ? invalid(
              value, "expected text, not a number of more than " + MAX_NUMBER_TEXT + " digits")
          : FieldValue.text(decimal.toPlainString());
    }
    if (value.isNumber()) {
      return FieldValue.text(value.asText());
    }
    if (value.isBoolean()) {
      return FieldValue.text(value.asText());
    }
    if (value.isArray()) {
      FieldValue list = multi(value);
      return list instanceof FieldValue.Invalid ? invalid(value, "expected text") : list;
    }
    return invalid(value, "expected text");
  }

  /**
   * How many characters {@link BigDecimal#toPlainString()} would write, about, without writing
   * them.
   */
  private static long plainLength(BigDecimal decimal) {
    long digits = decimal.precision();
    long scale = decimal.scale();
    return 2 + (scale <= 0 ? digits - scale : Math.max(digits, scale) + 1);
  }

  private static FieldValue invalid(JsonNode value, String reason) {
    return FieldValue.invalid(value.isTextual() ? value.asText() : value.toString(), reason);
  }
}
