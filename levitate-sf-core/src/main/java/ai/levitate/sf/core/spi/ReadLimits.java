package ai.levitate.sf.core.spi;

import org.immutables.value.Value;

/**
 * How fast a {@link ContactSource} lets the engine read: the requests a minute it allows (the
 * linked account's rate limit) and how many may be in flight at once. The engine reads a full pass
 * with enough pages at once to keep that rate busy at the latency it observes, and never more than
 * {@link #maxInFlight()}.
 *
 * <pre>{@code
 * ReadLimits.of(400, 10)   // Merge's Professional plan, a client that runs 10 requests at once
 * }</pre>
 */
@Value.Immutable
public abstract class ReadLimits {
  ReadLimits() {}

  /** Requests a minute the source lets through. */
  @Value.Parameter
  public abstract int requestsPerMinute();

  /** Requests the source runs at once; more readers would only wait for one another. */
  @Value.Parameter
  public abstract int maxInFlight();

  @Value.Check
  protected void check() {
    if (requestsPerMinute() < 1) {
      throw new IllegalArgumentException(
          "requestsPerMinute must be at least 1, was " + requestsPerMinute() + ".");
    }
    if (maxInFlight() < 1) {
      throw new IllegalArgumentException(
          "maxInFlight must be at least 1, was " + maxInFlight() + ".");
    }
  }

  public static ReadLimits of(int requestsPerMinute, int maxInFlight) {
    return ImmutableReadLimits.of(requestsPerMinute, maxInFlight);
  }
}
