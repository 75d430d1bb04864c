package ai.levitate.sf.merge;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * When and how long the client waits before trying a failed request again.
 *
 * <p>Retried: HTTP 429, 408 and 5xx answers and connection failures, for GET requests and for POST
 * requests that carry an {@code Idempotency-Key} (sent unchanged on every attempt). The wait before
 * retry {@code n} is {@code initialBackoff * multiplier^(n-1)}, at most {@code maxBackoff}, less a
 * random share of up to {@code jitter}. A {@code Retry-After} header replaces that wait; one longer
 * than {@code maxRetryAfter} ends the call at once with a {@link MergeRateLimitedException} (or the
 * status's exception) so the host can schedule the work later.
 *
 * <pre>{@code
 * RetryPolicy patient = RetryPolicy.builder().maxAttempts(8).maxBackoff(Duration.ofMinutes(1)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class RetryPolicy {
  RetryPolicy() {}

  /** Attempts in all, the first included; 1 means never retry. Default 5. */
  @Value.Default
  public int maxAttempts() {
    return 5;
  }

  /** Default 500 ms. */
  @Value.Default
  public Duration initialBackoff() {
    return Duration.ofMillis(500);
  }

  /** Default 30 s. */
  @Value.Default
  public Duration maxBackoff() {
    return Duration.ofSeconds(30);
  }

  /** Default 2. */
  @Value.Default
  public double multiplier() {
    return 2.0;
  }

  /** The share of each wait that is random, between 0 and 1. Default 0.2. */
  @Value.Default
  public double jitter() {
    return 0.2;
  }

  /** The longest {@code Retry-After} the client waits out itself. Default 2 minutes. */
  @Value.Default
  public Duration maxRetryAfter() {
    return Duration.ofMinutes(2);
  }

  @Value.Check
  protected void check() {
    if (maxAttempts() < 1) {
      throw new IllegalArgumentException(
          "retryPolicy.maxAttempts must be at least 1, was " + maxAttempts());
    }
    if (initialBackoff().isNegative() || initialBackoff().isZero()) {
      throw new IllegalArgumentException(
          "retryPolicy.initialBackoff must be positive, was " + initialBackoff());
    }
    if (maxBackoff().compareTo(initialBackoff()) < 0) {
      throw new IllegalArgumentException(
          "retryPolicy.maxBackoff must be at least initialBackoff ("
              + initialBackoff()
              + "), was "
              + maxBackoff());
    }
    if (!(multiplier() >= 1.0 && multiplier() <= 10.0)) {
      throw new IllegalArgumentException(
          "retryPolicy.multiplier must be between 1 and 10, was " + multiplier());
    }
    if (!(jitter() >= 0.0 && jitter() <= 1.0)) {
      throw new IllegalArgumentException(
          "retryPolicy.jitter must be between 0 and 1, was " + jitter());
    }
    if (maxRetryAfter().isNegative()) {
      throw new IllegalArgumentException(
          "retryPolicy.maxRetryAfter must not be negative, was " + maxRetryAfter());
    }
  }

  /**
   * Builds a {@link RetryPolicy}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableRetryPolicy.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * This policy in a builder, to derive a variant: {@code
   * RetryPolicy.defaults().newBuilder().maxAttempts(3).build()}.
   */
  public Builder newBuilder() {
    return builder().from(this);
  }

  /** Five attempts, 0.5 s doubling up to 30 s, 20% jitter, Retry-After honoured up to 2 minutes. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** One attempt: every failure surfaces at once. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }
}
