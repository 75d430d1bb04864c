package ai.levitate.sf.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How long the fake server waits before it answers: real time on the socket, so benchmarks see
 * network-like delays. Random latency draws from the server's seeded random.
 *
 * <pre>{@code
 * FakeMergeServer.builder().latency(Latency.uniform(Duration.ofMillis(40), Duration.ofMillis(120)))
 * }</pre>
 */
public final class Latency {
  private static final Latency NONE = new Latency(Duration.ZERO, Duration.ZERO);

  private final Duration min;
  private final Duration max;

  private Latency(Duration min, Duration max) {
    this.min = min;
    this.max = max;
  }

  /** Answers at once; the default, and what tests want. */
  public static Latency none() {
    return NONE;
  }

  public static Latency fixed(Duration delay) {
    check("delay", delay);
    return new Latency(delay, delay);
  }

  /** A delay drawn uniformly between {@code min} and {@code max} for each request. */
  public static Latency uniform(Duration min, Duration max) {
    check("min", min);
    check("max", max);
    if (max.compareTo(min) < 0) {
      throw new IllegalArgumentException("max must not be less than min, was " + max + " < " + min);
    }
    return new Latency(min, max);
  }

  /** The delay of one request, in nanoseconds. */
  long nextNanos(Random random) {
    long low = min.toNanos();
    long spread = max.toNanos() - low;
    if (spread == 0) {
      return low;
    }
    synchronized (random) {
      return low + (long) (random.nextDouble() * spread);
    }
  }

  private static void check(String name, Duration delay) {
    Objects.requireNonNull(delay, name + " == null");
    if (delay.isNegative() || delay.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException(name + " must be between 0 and 5 minutes, was " + delay);
    }
  }

  @Override
  public String toString() {
    return min.equals(max) ? "Latency[" + min + "]" : "Latency[" + min + ".." + max + "]";
  }
}
