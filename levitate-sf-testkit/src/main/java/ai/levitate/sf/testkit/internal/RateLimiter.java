package ai.levitate.sf.testkit.internal;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Merge's per-linked-account limit: at most N requests in each minute of the server's clock (fixed
 * windows starting on the minute). A refused request does not count.
 */
public final class RateLimiter {
  private static final long MINUTE_MICROS = 60_000_000L;

  private final int perMinute;
  private final Clock clock;
  private final Map<String, long[]> windows = new HashMap<>();

  /** {@code perMinute} of 0 means no limit. */
  public RateLimiter(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /**
   * Counts a request of the account; returns -1 when it may proceed, else the whole seconds until
   * the window ends (at least 1).
   */
  public synchronized long acquire(String accountId) {
    if (perMinute == 0) {
      return -1;
    }
    long now = Times.nowMicros(clock);
    long window = Math.floorDiv(now, MINUTE_MICROS);
    long[] state = windows.computeIfAbsent(accountId, k -> new long[] {window, 0});
    if (state[0] != window) {
      state[0] = window;
      state[1] = 0;
    }
    if (state[1] >= perMinute) {
      long left = (window + 1) * MINUTE_MICROS - now;
      return Math.max(1, (left + 999_999) / 1_000_000);
    }
    state[1]++;
    return -1;
  }
}
