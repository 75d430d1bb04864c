package ai.levitate.sf.testkit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Merge's timestamps: instants kept as epoch microseconds, written in UTC with six decimals. */
public final class Times {
  private static final DateTimeFormatter MERGE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter SALESFORCE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private Times() {}

  public static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  public static long nowMicros(Clock clock) {
    return micros(clock.instant());
  }

  public static Instant instant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }

  /**
   * As Merge writes timestamps, e.g. {@code 2024-05-01T12:00:00.000000Z}. Written digit by digit
   * for years 0 to 9999 (a page holds a dozen a contact, and a formatter costs more than the rest
   * of the contact); other years by the formatter.
   */
  public static String merge(long micros) {
    long seconds = Math.floorDiv(micros, 1_000_000L);
    int fraction = (int) Math.floorMod(micros, 1_000_000L);
    LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    int year = time.getYear();
    if (year < 0 || year > 9999) {
      return MERGE.format(instant(micros));
    }
    char[] text = new char[27];
    digits(text, 0, year, 4);
    text[4] = '-';
    digits(text, 5, time.getMonthValue(), 2);
    text[7] = '-';
    digits(text, 8, time.getDayOfMonth(), 2);
    text[10] = 'T';
    digits(text, 11, time.getHour(), 2);
    text[13] = ':';
    digits(text, 14, time.getMinute(), 2);
    text[16] = ':';
    digits(text, 17, time.getSecond(), 2);
    text[19] = '.';
    digits(text, 20, fraction, 6);
    text[26] = 'Z';
    return new String(text);
  }

  /** Writes {@code value} as {@code count} decimal digits at {@code at}, zero-padded. */
  private static void digits(char[] text, int at, int value, int count) {
    for (int i = at + count - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** As Salesforce writes datetimes in raw records, e.g. {@code 2024-05-01T12:00:00.000+0000}. */
  public static String salesforce(Instant instant) {
    return SALESFORCE.format(instant);
  }

  /** Reads an ISO 8601 timestamp with an offset or {@code Z}, as Merge's filters accept. */
  public static Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text, SALESFORCE).toInstant();
      } catch (DateTimeParseException again) {
        throw new IllegalArgumentException("not an ISO 8601 timestamp: " + text, e);
      }
    }
  }
}
