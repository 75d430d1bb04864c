package ai.levitate.sf.merge;

import java.time.Duration;
import java.util.Optional;

/**
 * Merge answered HTTP 429 on every attempt, or asked for a longer pause than the retry policy waits
 * out itself.
 */
public final class MergeRateLimitedException extends MergeException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public MergeRateLimitedException(
      String message, MergeExchange exchange, Duration retryAfter, Throwable cause) {
    super(message, exchange, cause);
    this.retryAfter = retryAfter;
  }

  /** How long Merge asked the client to wait ({@code Retry-After}), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
