package ai.levitate.sf.merge.internal.convert;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
    String value = text.strip();
    Instant utc = utc(value);
    if (utc != null) {
      return Optional.of(utc);
    }
    try {
      return Optional.of(OffsetDateTime.parse(value, DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Merge's own shape, {@code 2024-01-01T12:00:00.123456Z}, read without the formatter: a page
   * holds hundreds of them. Null when the text has another shape or no such instant exists, for
   * the formatter to read or refuse.
   */
  private static Instant utc(String text) {
    int length = text.length();
    if (length < 20 || length == 21 || length > 30 || text.charAt(4) != '-'
        || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
        || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z'
        || (length > 20 && text.charAt(19) != '.')) {
      return null;
    }
    int[] parts = new int[7];
    int[][] spans = {{0, 4}, {5, 7}, {8, 10}, {11, 13}, {14, 16}, {17, 19}, {20, length - 1}};
    for (int i = 0; i < parts.length; i++) {
      for (int c = spans[i][0]; c < spans[i][1]; c++) {
        char digit = text.charAt(c);
        if (digit < '0' || digit > '9') {
          return null;
        }
        parts[i] = parts[i] * 10 + (digit - '0');
      }
    }
    int nanos = parts[6];
    for (int digits = length - 21; digits < 9 && length > 20; digits++) {
      nanos *= 10;
    }
    try {
      return LocalDateTime.of(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], nanos)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
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
