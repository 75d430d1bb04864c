package ai.levitate.sf.merge.internal.convert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the timestamp and date shapes Merge and Salesforce send: {@code 2024-01-01T12:00:00Z},
 * {@code 2024-01-01T12:00:00.123456Z}, {@code 2024-01-01T12:00:00.000+0000} and
 * {@code 2024-01-01T12:00:00+00:00}; dates as {@code 2024-01-01}, read as calendar dates, never
 * through an instant.
 */
public final class Timestamps {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral('T')
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart()
      .appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart()
      .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
      .optionalEnd()
      .optionalEnd()
      .optionalStart()
      .appendOffset("+HH:MM", "Z")
      .optionalEnd()
      .optionalStart()
      .appendOffset("+HHMM", "Z")
      .optionalEnd()
      .optionalStart()
      .appendOffset("+HH", "Z")
      .optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private Timestamps() {}

  /** An instant, which must carry its offset; empty when the text is not one. */
  public static Optional<Instant> instant(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.strip(), DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A calendar date: {@code YYYY-MM-DD}, or the date part of a date-time Merge made of a date
   * (e.g. {@code 1980-05-14T00:00:00Z}); the written date is kept, whatever the offset.
   */
  public static Optional<LocalDate> date(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.strip();
    try {
      if (value.length() == 10) {
        return Optional.of(LocalDate.parse(value, DATE));
      }
      if (value.length() > 10 && (value.charAt(10) == 'T' || value.charAt(10) == 't')
          && instant(value).isPresent()) {
        return Optional.of(LocalDate.parse(value.substring(0, 10), DATE));
      }
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * An optional timestamp of a record: absent or null is empty, anything else must be a
   * timestamp.
   */
  static Optional<Instant> field(String name, String text) throws RecordException {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Optional<Instant> instant = instant(text);
    if (instant.isEmpty()) {
      throw new RecordException(name + " is not a timestamp: \"" + shorten(text) + "\"");
    }
    return instant;
  }

  static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }
}
