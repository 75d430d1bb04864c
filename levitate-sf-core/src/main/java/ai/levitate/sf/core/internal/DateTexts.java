package ai.levitate.sf.core.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and date-times as text, read alike by the client and the transform, the shapes Salesforce
 * and Merge send: {@code 1980-05-14}, {@code 1980-05-14T00:00:00Z}, {@code
 * 1980-05-14T00:00:00.000+0000}, {@code 1980-05-14T00:00:00-05:00}. A date-time keeps its own
 * offset, so its local time can be judged.
 */
public final class DateTexts {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
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
          .withChronology(IsoChronology.INSTANCE);

  private DateTexts() {}

  /** {@code YYYY-MM-DD} that names a day of the calendar. */
  public static Optional<LocalDate> date(String text) {
    if (text.length() != 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text, DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A calendar date: {@code YYYY-MM-DD}, or a date and time at midnight in its own offset, read as
   * the date it names. Any other time of day is no date: reading it as one would shift it.
   */
  public static Optional<LocalDate> calendarDate(String text) {
    Optional<LocalDate> date = date(text);
    if (date.isPresent()) {
      return date;
    }
    return dateTime(text).filter(DateTexts::midnight).map(OffsetDateTime::toLocalDate);
  }

  /** Whether the local time is 00:00 in the date-time's own offset. */
  public static boolean midnight(OffsetDateTime dateTime) {
    return dateTime.toLocalTime().toNanoOfDay() == 0;
  }

  /** A date and time with its offset; empty without one, or when no such instant exists. */
  public static Optional<OffsetDateTime> dateTime(String text) {
    if (text.length() < 17 || text.length() > 40) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text, DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
