package ai.levitate.sf.core.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The value of one Salesforce field on one contact, typed as the field catalog describes it.
 *
 * <p>A field missing from {@link SourceContact#fields()} is one the connected user cannot read; a
 * field present as {@link Empty} is readable and has no value. A value the client could not read as
 * its field's type arrives as {@link Invalid}: when the settings use that field, the transform
 * leaves the value out and reports it as a {@link FieldProblem}.
 */
public sealed interface FieldValue {

  /** A readable field with no value (JSON {@code null} or an empty string). */
  record Empty() implements FieldValue {}

  /** The value of a text, picklist, email, phone, reference or other such field, as sent. */
  record Text(String value) implements FieldValue {
    public Text {
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** The value of a checkbox field. */
  record Bool(boolean value) implements FieldValue {}

  /** A calendar date with no time zone; never read through an instant. */
  record Date(LocalDate value) implements FieldValue {
    public Date {
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** A date and time field's instant. */
  record DateTime(Instant value) implements FieldValue {
    public DateTime {
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** The value of a number field, with the digits Salesforce sent. */
  record Number(BigDecimal value) implements FieldValue {
    public Number {
      Objects.requireNonNull(value, "value == null");
    }
  }

  /** The selected values of a multipicklist, in Salesforce's order. */
  record Multi(List<String> values) implements FieldValue {
    public Multi {
      values = List.copyOf(values);
    }
  }

  /**
   * A value that does not fit its field's type, e.g. {@code 2023-02-30} in a date field. The raw
   * text is kept short enough for a message.
   */
  record Invalid(String raw, String reason) implements FieldValue {
    private static final int MAX_RAW = 120;

    public Invalid {
      Objects.requireNonNull(raw, "raw == null");
      Objects.requireNonNull(reason, "reason == null");
      if (raw.codePointCount(0, raw.length()) > MAX_RAW) {
        raw = raw.substring(0, raw.offsetByCodePoints(0, MAX_RAW)) + "...";
      }
    }
  }

  static FieldValue empty() {
    return new Empty();
  }

  static FieldValue text(String value) {
    return new Text(value);
  }

  static FieldValue bool(boolean value) {
    return new Bool(value);
  }

  static FieldValue date(LocalDate value) {
    return new Date(value);
  }

  static FieldValue dateTime(Instant value) {
    return new DateTime(value);
  }

  static FieldValue number(BigDecimal value) {
    return new Number(value);
  }

  static FieldValue multi(List<String> values) {
    return new Multi(values);
  }

  static FieldValue invalid(String raw, String reason) {
    return new Invalid(raw, reason);
  }

  /** The value as Salesforce would show it, for provenance and messages. */
  default String display() {
    if (this instanceof Empty) {
      return "";
    } else if (this instanceof Text t) {
      return t.value();
    } else if (this instanceof Bool b) {
      return Boolean.toString(b.value());
    } else if (this instanceof Date d) {
      return d.value().toString();
    } else if (this instanceof DateTime d) {
      return d.value().toString();
    } else if (this instanceof Number n) {
      return n.value().toPlainString();
    } else if (this instanceof Multi m) {
      return String.join(";", m.values());
    } else {
      return ((Invalid) this).raw();
    }
  }
}
