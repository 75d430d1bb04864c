package ai.levitate.sf.merge.internal.convert;

import ai.levitate.sf.core.internal.DateTexts;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reads the timestamp and date shapes Merge and Salesforce send: {@code 2024-01-01T12:00:00Z},
 * {@code 2024-01-01T12:00:00.123456Z}, {@code 2024-01-01T12:00:00.000+0000} and {@code
 * 2024-01-01T12:00:00+00:00}; dates as {@code 2024-01-01}, read as calendar dates, never through an
 * instant.
 */
public final class Timestamps {
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
    return DateTexts.dateTime(value).map(OffsetDateTime::toInstant);
  }

  /**
   * Merge's own shape, {@code 2024-01-01T12:00:00.123456Z}, read without the formatter: a page
   * holds hundreds of them. Null when the text has another shape or no such instant exists, for the
   * formatter to read or refuse.
   */
  private static Instant utc(String text) {
    int length = text.length();
    if (length < 20
        || length == 21
        || length > 30
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(length - 1) != 'Z'
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
   * A calendar date: {@code YYYY-MM-DD}, or a date-time at midnight in its own offset (e.g. {@code
   * 1980-05-14T00:00:00Z} or {@code 1980-05-14T00:00:00-05:00}, as Merge makes of a date), read as
   * the date it names. Any other time of day is not a date: reading it as one would shift it.
   */
  public static Optional<LocalDate> date(String text) {
    return text == null ? Optional.empty() : DateTexts.calendarDate(text.strip());
  }

  /**
   * An optional timestamp of a record: absent or null is empty, anything else must be a timestamp.
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
