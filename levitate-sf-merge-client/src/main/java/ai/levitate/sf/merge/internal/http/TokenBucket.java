package ai.levitate.sf.merge.internal.http;

import ai.levitate.sf.core.NanoClock;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.merge.Sleeper;
import java.time.Duration;

/**
 * The client-side rate limiter of one linked account, shared by every thread and by reads and
 * writes. It holds {@code max(1, limit / 20)} tokens and refills with the rest of the limit evenly
 * over 61 seconds, so any 61 seconds see at most {@code limit} requests: a minute of Merge's clock
 * stays within the limit even when requests reach Merge up to a second later than they left (with
 * several requests in flight the bucket runs empty, so every minute is a full one). A caller that
 * finds the bucket empty reserves the next token and sleeps until it is due, so waiters are served
 * in order. Time is measured on a monotonic clock: setting the wall clock neither refills the
 * bucket (a step forward would otherwise let a burst past Merge's limit) nor holds requests back (a
 * step back would otherwise stall the client for as long as the step).
 */
public final class TokenBucket {
  /** A minute and the second of slack for arrival jitter. */
  private static final double REFILL_NANOS = 61e9;

  private final NanoClock clock;
  private final Sleeper sleeper;
  private final double capacity;
  private final double tokensPerNano;
  private double tokens;
  private long lastRefill;

  public TokenBucket(RateLimit limit, NanoClock clock, Sleeper sleeper) {
    this.clock = clock;
    this.sleeper = sleeper;
    int perMinute = limit.requestsPerMinute();
    this.capacity = burst(limit);
    double refill = perMinute > capacity ? perMinute - capacity : perMinute;
    this.tokensPerNano = refill / REFILL_NANOS;
    this.tokens = capacity;
    this.lastRefill = clock.nanoTime();
  }

  /** The requests a full bucket lets through at once: {@code max(1, limit / 20)}. */
  public static int burst(RateLimit limit) {
    return Math.max(1, limit.requestsPerMinute() / 20);
  }

  /** Takes one token, sleeping first when none is left. */
  public void acquire() throws InterruptedException {
    Duration wait = reserve();
    if (!wait.isZero()) {
      sleeper.sleep(wait);
    }
  }

  /** Takes a token (possibly one not yet refilled) and says how long until it is due. */
  synchronized Duration reserve() {
    long now = clock.nanoTime();
    if (now - lastRefill > 0) {
      tokens = Math.min(capacity, tokens + (now - lastRefill) * tokensPerNano);
      lastRefill = now;
    }
    tokens -= 1;
    if (tokens >= 0) {
      return Duration.ZERO;
    }
    return Duration.ofNanos((long) Math.ceil(-tokens / tokensPerNano));
  }
}
