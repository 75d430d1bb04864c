package ai.levitate.sf.core.spi;

import org.immutables.value.Value;

/**
 * Something a person should know about a run that ended well all the same, in {@link
 * SyncReport#warnings()}: its kind, for a host to act on, and a sentence to show.
 */
@Value.Immutable
public abstract class RunWarning {
  RunWarning() {}

  /** What a warning is about. */
  public enum Kind {
    /**
     * The worker's clock and the source's differ by more than the engine's tolerance ({@code
     * SyncEngine.Builder.sourceClockTolerance}). The run's window was taken from the source's
     * clock, so nothing was missed; the worker's time service needs a look.
     */
    SOURCE_CLOCK_SKEW,
    /**
     * The field catalog is empty: the source sends no Contact fields (Merge's Launch plan has no
     * remote fields), so the rules that read fields cannot apply and only the common model syncs.
     */
    NO_SOURCE_FIELDS
  }

  @Value.Parameter
  public abstract Kind kind();

  @Value.Parameter
  public abstract String message();

  public static RunWarning of(Kind kind, String message) {
    return ImmutableRunWarning.of(kind, message);
  }
}
