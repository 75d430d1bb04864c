package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceContact;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one contact's field values as the type a role needs. A value that cannot be read that way
 * throws {@link BadValue}, which the transformer turns into a rejected contact.
 */
final class FieldReader {
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private final SourceContact contact;

  FieldReader(SourceContact contact) {
    this.contact = contact;
  }

  /** A field the contact has (readable), possibly {@link FieldValue.Empty}. */
  Optional<FieldValue> raw(String apiName) {
    return contact.field(apiName);
  }

  /** Text, trimmed; empty when absent or blank. */
  Optional<String> text(FieldDescriptor field, String role) {
    return text(field.apiName(), field, role);
  }

  Optional<String> text(String apiName, FieldDescriptor fieldOrNull, String role) {
    Optional<FieldValue> value = raw(apiName);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    FieldValue v = value.get();
    String text;
    if (v instanceof FieldValue.Empty) {
      return Optional.empty();
    } else if (v instanceof FieldValue.Text t) {
      text = t.value();
    } else if (v instanceof FieldValue.Number n) {
      text = n.value().toPlainString();
    } else if (v instanceof FieldValue.Multi m) {
      text = String.join(";", m.values());
    } else {
      throw bad(apiName, v, "which is not text", fieldOrNull, role);
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
  }

  /** A checkbox: false when absent or empty. */
  boolean checkbox(FieldDescriptor field, String role) {
    FieldValue v = raw(field.apiName()).orElse(FieldValue.empty());
    if (v instanceof FieldValue.Empty) {
      return false;
    } else if (v instanceof FieldValue.Bool b) {
      return b.value();
    } else if (v instanceof FieldValue.Text t) {
      String s = t.value().strip();
      if (s.equalsIgnoreCase("true")) {
        return true;
      } else if (s.equalsIgnoreCase("false") || s.isEmpty()) {
        return false;
      }
    }
    throw bad(field.apiName(), v, "which is not true or false", field, role);
  }

  /** A calendar date; empty when absent or empty. */
  Optional<LocalDate> date(FieldDescriptor field, String role) {
    FieldValue v = raw(field.apiName()).orElse(FieldValue.empty());
    if (v instanceof FieldValue.Empty) {
      return Optional.empty();
    } else if (v instanceof FieldValue.Date d) {
      return Optional.of(d.value());
    } else if (v instanceof FieldValue.Text t) {
      String s = t.value().strip();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(s, ISO_DATE));
      } catch (DateTimeParseException e) {
        // falls through to the error below
      }
    }
    throw bad(field.apiName(), v, "which is not a date", field, role);
  }

  /** Whether an indicator (date, datetime or checkbox) is set; the display value when it is. */
  Optional<String> indicator(FieldDescriptor field, String role) {
    switch (field.type()) {
      case CHECKBOX:
        return checkbox(field, role) ? Optional.of("true") : Optional.empty();
      case DATE:
        return date(field, role).map(LocalDate::toString);
      default:
        FieldValue v = raw(field.apiName()).orElse(FieldValue.empty());
        if (v instanceof FieldValue.Empty) {
          return Optional.empty();
        } else if (v instanceof FieldValue.DateTime || v instanceof FieldValue.Date) {
          return Optional.of(v.display());
        } else if (v instanceof FieldValue.Text t) {
          return t.value().isBlank() ? Optional.empty() : Optional.of(t.value().strip());
        }
        throw bad(field.apiName(), v, "which is not a date and time", field, role);
    }
  }

  /** The selected values of a multipicklist, in order; a {@code ;} string is split. */
  List<String> multi(FieldDescriptor field, String role) {
    FieldValue v = raw(field.apiName()).orElse(FieldValue.empty());
    if (v instanceof FieldValue.Empty) {
      return List.of();
    } else if (v instanceof FieldValue.Multi m) {
      return m.values();
    } else if (v instanceof FieldValue.Text t) {
      List<String> values = new ArrayList<>();
      for (String part : t.value().split(";", -1)) {
        values.add(part);
      }
      return values;
    }
    throw bad(field.apiName(), v, "which is not a list of picklist values", field, role);
  }

  private static BadValue bad(
      String apiName, FieldValue value, String what, FieldDescriptor field, String role) {
    String reason =
        value instanceof FieldValue.Invalid invalid ? " (" + invalid.reason() + ")" : "";
    String type = field == null ? "" : field.type() + " field ";
    return new BadValue(apiName,
        apiName + " holds \"" + value.display() + "\", " + what + reason + "; the " + type
            + "is used as " + role + ".");
  }

  /** A value that does not fit what its field is used for. */
  static final class BadValue extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String field;

    BadValue(String field, String message) {
      super(message, null, false, false);
      this.field = field;
    }
  }
}
