package ai.levitate.sf.core.spi;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * What the last successful read of an account leaves for the next: when it started (the next
 * incremental run reads what Merge changed after that, less an overlap), the settings it used (a
 * settings change turns the next incremental run into a full pass), and the records it could not
 * read (the next run reads them again).
 */
@Value.Immutable
public abstract class SyncWatermark {
  public abstract long runNumber();

  public abstract RunKind kind();

  public abstract Instant startedAt();

  public abstract Instant finishedAt();

  public abstract String settingsFingerprint();

  public abstract RunOutcome outcome();

  /** Records the run could not read; the next run reads them again. */
  @Value.Default
  public UnreadRecords unread() {
    return UnreadRecords.none();
  }

  public static ImmutableSyncWatermark.Builder builder() {
    return ImmutableSyncWatermark.builder();
  }
}
