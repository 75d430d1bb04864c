package ai.levitate.sf.merge;

import org.jspecify.annotations.Nullable;

/**
 * How many requests a minute the client may send for one linked account. Merge limits each linked
 * account by plan: {@link #LAUNCH} 100, {@link #PROFESSIONAL} 400, {@link #ENTERPRISE} 600 a
 * minute.
 *
 * <p>The client spends a token per request from a bucket that holds a small burst ({@code
 * requestsPerMinute / 20}, at least one) and refills evenly with the rest over 61 seconds, so that
 * no sliding minute ever sees more than {@code requestsPerMinute} requests, even when they reach
 * Merge up to a second later than they were sent. After its first burst, a client that never pauses
 * so sends about 93% of the limit a minute (95% spread over 61 seconds).
 */
public final class RateLimit {
  /** Merge's Launch plan: 100 requests a minute per linked account. */
  public static final RateLimit LAUNCH = new RateLimit(100);

  /** Merge's Professional plan: 400 requests a minute per linked account. */
  public static final RateLimit PROFESSIONAL = new RateLimit(400);

  /** Merge's Enterprise plan: 600 requests a minute per linked account. */
  public static final RateLimit ENTERPRISE = new RateLimit(600);

  private final int requestsPerMinute;

  private RateLimit(int requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
  }

  /** A custom limit, e.g. a share of the plan's limit when other software uses the same account. */
  public static RateLimit perMinute(int requestsPerMinute) {
    if (requestsPerMinute < 1) {
      throw new IllegalArgumentException(
          "requestsPerMinute must be at least 1, was " + requestsPerMinute);
    }
    return new RateLimit(requestsPerMinute);
  }

  public int requestsPerMinute() {
    return requestsPerMinute;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RateLimit r && r.requestsPerMinute == requestsPerMinute;
  }

  @Override
  public int hashCode() {
    return requestsPerMinute;
  }

  @Override
  public String toString() {
    return requestsPerMinute + "/min";
  }
}
