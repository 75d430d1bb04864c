package ai.levitate.sf.core.spi;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The sync's record of runs for one linked account: how many started, the last successful one's
 * watermark and the checkpoint of the one in progress. The host stores it as one record and
 * replaces it with each {@link SyncBatch}.
 */
@Value.Immutable
public abstract class RunState {
  RunState() {}

  /** Runs started so far; the next run's number is one more. */
  @Value.Default
  public long runsStarted() {
    return 0;
  }

  public abstract Optional<SyncWatermark> watermark();

  public abstract Optional<SyncCheckpoint> checkpoint();

  /**
   * Builds a {@link RunState}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableRunState.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The state of an account that was never synced. */
  public static RunState initial() {
    return builder().build();
  }
}
