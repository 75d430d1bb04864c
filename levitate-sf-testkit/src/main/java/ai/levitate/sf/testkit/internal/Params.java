package ai.levitate.sf.testkit.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.HttpUrl;

/**
 * The query parameters of one request, read as Merge (a Django service) reads them: a repeated
 * parameter keeps its last value. A parameter the endpoint does not know is a loud rejection.
 */
public final class Params {
  private final HttpUrl url;

  public Params(HttpUrl url) {
    this.url = url;
  }

  /** Rejects the request when it carries a parameter outside {@code allowed}. */
  public Params allow(String endpoint, Set<String> allowed) {
    Set<String> unknown = new TreeSet<>(url.queryParameterNames());
    unknown.removeAll(allowed);
    if (!unknown.isEmpty()) {
      throw Rejection.misunderstood(
          "unknown query parameter "
              + String.join(", ", unknown)
              + " for "
              + endpoint
              + "; known: "
              + new TreeSet<>(allowed));
    }
    return this;
  }

  /** The last value of {@code name}, or null. */
  public String last(String name) {
    var values = url.queryParameterValues(name);
    return values.isEmpty() ? null : values.get(values.size() - 1);
  }

  public boolean flag(String name) {
    String value = last(name);
    if (value == null) {
      return false;
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
        return true;
      case "false":
      case "0":
        return false;
      default:
        throw Rejection.misunderstood(name + " must be true or false, was " + value);
    }
  }

  /** An instant filter as epoch microseconds, or {@code absent} when the parameter is missing. */
  public long micros(String name, long absent) {
    String value = last(name);
    if (value == null) {
      return absent;
    }
    try {
      Instant instant = Times.parse(value);
      return Times.micros(instant);
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw Rejection.misunderstood(name + " must be an ISO 8601 date-time, was " + value);
    }
  }

  /**
   * {@code page_size}: 30 when absent; more than 100 is cut to 100, as Merge's paginator does. A
   * value that is not a positive whole number is a loud rejection (Merge would quietly use 30).
   */
  public int pageSize() {
    String value = last("page_size");
    if (value == null) {
      return 30;
    }
    try {
      int size = Integer.parseInt(value);
      if (size < 1) {
        throw Rejection.misunderstood("page_size must be a positive whole number, was " + value);
      }
      return Math.min(size, 100);
    } catch (NumberFormatException e) {
      if (value.chars().allMatch(Character::isDigit) && !value.isEmpty()) {
        return 100;
      }
      throw Rejection.misunderstood("page_size must be a positive whole number, was " + value);
    }
  }

  /** The expanded fields of {@code expand}, each checked against {@code allowed}. */
  public Set<String> expand(Set<String> allowed) {
    String value = last("expand");
    Set<String> out = new TreeSet<>();
    if (value == null) {
      return out;
    }
    for (String part : value.split(",")) {
      String field = part.strip();
      if (!allowed.contains(field)) {
        throw Rejection.misunderstood(
            "expand must name fields among " + new TreeSet<>(allowed) + ", was " + value);
      }
      out.add(field);
    }
    return out;
  }
}
