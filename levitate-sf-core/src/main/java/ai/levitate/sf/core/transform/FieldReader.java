package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.internal.DateTexts;
import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceContact;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads one contact's field values as the type a role needs. A value that cannot be read that way
 * is left out (read as absent) and recorded as a {@link FieldProblem}, once per field: the contact
 * syncs with everything else.
 */
final class FieldReader {
  /** Code points of a value a message quotes. */
  private static final int SHOWN = 60;

  private final SourceContact contact;
  private final String salesforceId;
  private final Map<String, FieldProblem> problems = new LinkedHashMap<>();

  FieldReader(SourceContact contact, String salesforceId) {
    this.contact = contact;
    this.salesforceId = salesforceId;
  }

  /** A field the contact has (readable), possibly {@link FieldValue.Empty}. */
  Optional<FieldValue> raw(String apiName) {
    return contact.field(apiName);
  }

  /**
   * Text, trimmed; empty when absent, blank or unreadable. Longer than Salesforce allows for the
   * field, it is cut between two characters and the cut recorded.
   */
  Optional<String> text(FieldDescriptor field, String role) {
    return text(field.apiName(), field, role);
  }

  Optional<String> text(String apiName, FieldDescriptor fieldOrNull, String role) {
    return plain(apiName, fieldOrNull, role)
        .map(text -> within(apiName, text, FieldLengths.of(apiName, fieldOrNull), role));
  }

  /** Text that is left out, not cut, when it is too long: a cut email address would be wrong. */
  Optional<String> whole(FieldDescriptor field, String role) {
    Optional<String> text = plain(field.apiName(), field, role);
    OptionalInt max = FieldLengths.of(field.apiName(), field);
    if (text.isPresent() && max.isPresent() && text.get().length() > max.getAsInt()) {
      problem(
          field.apiName(),
          FieldProblem.Kind.TOO_LONG,
          text.get(),
          tooLong(field.apiName(), text.get(), max.getAsInt(), role)
              + ": it was left out, since a cut one would be wrong.");
      return Optional.empty();
    }
    return text;
  }

  /**
   * {@code value} cut between two characters to {@code max} UTF-16 units when longer, with the cut
   * recorded as a problem of {@code apiName}.
   */
  String within(String apiName, String value, OptionalInt max, String role) {
    if (max.isEmpty() || value.length() <= max.getAsInt()) {
      return value;
    }
    String cut = Texts.cutToLength(value, max.getAsInt());
    problem(
        apiName,
        FieldProblem.Kind.TOO_LONG,
        value,
        tooLong(apiName, value, max.getAsInt(), role)
            + ": it was cut to its first "
            + cut.length()
            + ".");
    return cut;
  }

  private static String tooLong(String apiName, String value, int max, String role) {
    return apiName
        + " holds "
        + value.length()
        + " characters, more than the "
        + max
        + " Salesforce allows for it (used as "
        + role
        + ")";
  }

  private Optional<String> plain(String apiName, FieldDescriptor fieldOrNull, String role) {
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
    } else if (v instanceof FieldValue.Multi) {
      return unreadable(
          apiName, v, "a list of values where one text is expected", fieldOrNull, role);
    } else {
      return unreadable(apiName, v, "which is not text", fieldOrNull, role);
    }
    String trimmed = text.strip();
    return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
  }

  /** A checkbox: false when absent or empty; empty when unreadable. */
  Optional<Boolean> checkbox(FieldDescriptor field, String role) {
    FieldValue v = raw(field.apiName()).orElse(FieldValue.empty());
    if (v instanceof FieldValue.Empty) {
      return Optional.of(false);
    } else if (v instanceof FieldValue.Bool b) {
      return Optional.of(b.value());
    } else if (v instanceof FieldValue.Text t) {
      String s = t.value().strip();
      if (s.equalsIgnoreCase("true")) {
        return Optional.of(true);
      } else if (s.equalsIgnoreCase("false") || s.isEmpty()) {
        return Optional.of(false);
      }
    }
    return unreadable(field.apiName(), v, "which is not true or false", field, role);
  }

  /**
   * A calendar date; empty when absent, empty or unreadable. A date and time at midnight in its own
   * offset reads as its date; any other time of day is a problem, never a shifted date.
   */
  Optional<LocalDate> date(FieldDescriptor field, String role) {
    FieldValue v = raw(field.apiName()).orElse(FieldValue.empty());
    if (v instanceof FieldValue.Empty) {
      return Optional.empty();
    } else if (v instanceof FieldValue.Date d) {
      return Optional.of(d.value());
    } else if (v instanceof FieldValue.DateTime d) {
      return midnight(field, d.value().atOffset(ZoneOffset.UTC), v, role);
    } else if (v instanceof FieldValue.Text t) {
      String s = t.value().strip();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      Optional<LocalDate> date = DateTexts.date(s);
      if (date.isPresent()) {
        return date;
      }
      Optional<OffsetDateTime> dateTime = DateTexts.dateTime(s);
      if (dateTime.isPresent()) {
        return midnight(field, dateTime.get(), v, role);
      }
    } else if (v instanceof FieldValue.Invalid invalid) {
      // The source could not read it as a date; say whether a time of day was the reason.
      Optional<OffsetDateTime> dateTime = DateTexts.dateTime(invalid.raw().strip());
      if (dateTime.isPresent() && !DateTexts.midnight(dateTime.get())) {
        return midnight(field, dateTime.get(), v, role);
      }
    }
    return unreadable(field.apiName(), v, "which is not a date", field, role);
  }

  private Optional<LocalDate> midnight(
      FieldDescriptor field, OffsetDateTime dateTime, FieldValue v, String role) {
    if (DateTexts.midnight(dateTime)) {
      return Optional.of(dateTime.toLocalDate());
    }
    problem(
        field.apiName(),
        FieldProblem.Kind.TIME_IN_DATE_FIELD,
        v.display(),
        describe(
                field.apiName(),
                v,
                "a date and time whose time is not midnight in its own offset",
                field,
                role)
            + ": the contact synced without it rather than with a shifted date.");
    return Optional.empty();
  }

  /**
   * Whether an indicator (date, datetime or checkbox) is set: the display value when it is, empty
   * when it is not or cannot be read ({@link #unreadable(String)} tells which).
   */
  Optional<String> indicator(FieldDescriptor field, String role) {
    switch (field.type()) {
      case CHECKBOX:
        return checkbox(field, role).filter(Boolean::booleanValue).map(set -> "true");
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
        return unreadable(field.apiName(), v, "which is not a date and time", field, role);
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
    unreadable(field.apiName(), v, "which is not a list of picklist values", field, role);
    return List.of();
  }

  /** Whether a value of the field could not be read. */
  boolean unreadable(String apiName) {
    return problems.containsKey(apiName + " " + FieldProblem.Kind.UNREADABLE)
        || problems.containsKey(apiName + " " + FieldProblem.Kind.TIME_IN_DATE_FIELD);
  }

  /** The problem recorded for the field, if any: the first of its kinds. */
  Optional<FieldProblem> problem(String apiName) {
    return problems.values().stream().filter(p -> p.field().equals(apiName)).findFirst();
  }

  /** Records a problem with a value; only the first of each field and kind is kept. */
  void problem(String apiName, FieldProblem.Kind kind, String value, String message) {
    problem(apiName, kind, value, Optional.empty(), message);
  }

  void problem(
      String apiName,
      FieldProblem.Kind kind,
      String value,
      Optional<String> other,
      String message) {
    problems.computeIfAbsent(
        apiName + " " + kind,
        k ->
            FieldProblem.builder()
                .salesforceId(salesforceId)
                .field(apiName)
                .kind(kind)
                .value(value)
                .otherValue(other)
                .message(message)
                .build());
  }

  List<FieldProblem> problems() {
    return List.copyOf(problems.values());
  }

  private <T> Optional<T> unreadable(
      String apiName, FieldValue value, String what, FieldDescriptor field, String role) {
    problem(
        apiName,
        FieldProblem.Kind.UNREADABLE,
        value.display(),
        describe(apiName, value, what, field, role) + ": " + consequence(role));
    return Optional.empty();
  }

  private static String consequence(String role) {
    if (role.equals(ContactTransformer.DECEASED_ROLE)) {
      return "a new contact is not created and an existing one keeps its status.";
    }
    if (role.equals(ContactTransformer.OPT_OUT_ROLE)) {
      return "a new contact is not created and an existing one keeps its Unsubscribe tag as it was.";
    }
    return "the contact synced without it.";
  }

  private static String describe(
      String apiName, FieldValue value, String what, FieldDescriptor field, String role) {
    String reason =
        value instanceof FieldValue.Invalid invalid ? " (" + invalid.reason() + ")" : "";
    String type = field == null ? "" : field.type() + " field ";
    String shown = Texts.cutTag(value.display(), SHOWN);
    return apiName
        + " holds \""
        + shown
        + "\", "
        + what
        + reason
        + "; the "
        + type
        + "is used as "
        + role;
  }
}
