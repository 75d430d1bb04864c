package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.ReadLimits;
import java.util.Optional;

/**
 * How many pages a run reads at once: the number the host fixed, or else one the engine chooses
 * from the source's {@link ReadLimits} and the time its pages take.
 *
 * <p>The rule: enough readers to keep the rate limit busy, {@code ceil(1.25 * rate * page time)}
 * (Little's law, with a quarter to spare for pages slower than the average), at least 1, at most
 * the source's {@link ReadLimits#maxInFlight()} and {@link #MAX_CHOSEN}. A page's time runs from
 * the request to the end of its transform, less what the source says it waited for its own limits
 * (a wait grows with the readers, so counting it would only ask for more), averaged over the pages
 * so far with the latest weighing {@link #WEIGHT}. Until a page has been timed, one reader. Without
 * limits the source reads page after page.
 */
final class ReadPace {
  /** The most readers the engine chooses by itself. */
  static final int MAX_CHOSEN = 16;

  /** Readers beyond the rate times the page time, for pages slower than the average. */
  static final double HEADROOM = 1.25;

  /** The weight of the latest page in the average page time. */
  static final double WEIGHT = 0.25;

  private final int fixed;
  private final Optional<ReadLimits> limits;
  private double pageNanos = -1;
  private int chosen = 1;

  private ReadPace(int fixed, Optional<ReadLimits> limits) {
    this.fixed = fixed;
    this.limits = limits;
  }

  /** The number the host set. */
  static ReadPace fixed(int readers) {
    return new ReadPace(readers, Optional.empty());
  }

  /** Chosen by the engine for a source with these limits (none: page after page). */
  static ReadPace chosen(Optional<ReadLimits> limits) {
    return new ReadPace(limits.isPresent() ? 0 : 1, limits);
  }

  /** Whether a full pass reads windows side by side (the first of them alone until it is timed). */
  boolean partitions() {
    return fixed != 1;
  }

  /** Pages read at once now. */
  int readers() {
    return fixed > 0 ? fixed : chosen;
  }

  /** The most pages this run may ever read at once: the threads it may need. */
  int maxReaders() {
    return fixed > 0 ? fixed : cap(limits.orElseThrow());
  }

  /** Notes that a page took {@code nanos} of work (waits for the source's limits excluded). */
  void observe(long nanos) {
    if (fixed > 0) {
      return;
    }
    double sample = Math.max(0, nanos);
    pageNanos = pageNanos < 0 ? sample : (1 - WEIGHT) * pageNanos + WEIGHT * sample;
    chosen = choose(limits.orElseThrow(), pageNanos);
  }

  /** The readers that keep {@code limits} busy when a page takes {@code pageNanos}. */
  static int choose(ReadLimits limits, double pageNanos) {
    double perNano = limits.requestsPerMinute() / 60e9;
    double wanted = Math.ceil(HEADROOM * perNano * pageNanos);
    return (int) Math.max(1, Math.min(cap(limits), wanted));
  }

  private static int cap(ReadLimits limits) {
    return Math.min(MAX_CHOSEN, limits.maxInFlight());
  }
}
