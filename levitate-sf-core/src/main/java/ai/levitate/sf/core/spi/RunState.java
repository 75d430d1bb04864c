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
  /** Runs started so far; the next run's number is one more. */
  @Value.Default
  public long runsStarted() {
    return 0;
  }

  public abstract Optional<SyncWatermark> watermark();

  public abstract Optional<SyncCheckpoint> checkpoint();

  public static ImmutableRunState.Builder builder() {
    return ImmutableRunState.builder();
  }

  /** The state of an account that was never synced. */
  public static RunState initial() {
    return builder().build();
  }
}
