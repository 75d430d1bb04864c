package ai.levitate.sf.testkit.internal;

import java.time.Clock;
import java.time.Instant;
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

  /** As Merge writes timestamps, e.g. {@code 2024-05-01T12:00:00.000000Z}. */
  public static String merge(long micros) {
    return MERGE.format(instant(micros));
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
