package ai.levitate.sf.core.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** How Merge's own copy of the Salesforce contacts is doing (Merge's {@code /sync-status}). */
@Value.Immutable
public abstract class SourceSyncStatus {
  SourceSyncStatus() {}

  /** Merge's sync states, plus {@link #UNKNOWN} for any value Merge adds later. */
  public enum State {
    SYNCING,
    DONE,
    FAILED,
    DISABLED,
    PAUSED,
    PARTIALLY_SYNCED,
    UNKNOWN
  }

  /** Merge's model id, e.g. {@code crm.Contact}. */
  public abstract String modelId();

  public abstract State status();

  /** The result of the last finished sync, when Merge reports one. */
  public abstract Optional<State> lastSyncResult();

  public abstract Optional<Instant> lastSyncStart();

  public abstract Optional<Instant> lastSyncFinished();

  public abstract Optional<Instant> nextSyncStart();

  /** Whether Merge is still on its first pull of the org. */
  @Value.Default
  public boolean initialSync() {
    return false;
  }

  /**
   * Whether Merge says its copy may be incomplete: its sync or its last result is {@link
   * State#FAILED} or {@link State#PARTIALLY_SYNCED}, or its first pull of the org (after a link or
   * relink) has not finished. Deletions and contacts missing from Merge must not be trusted then.
   */
  public boolean incomplete() {
    return status() == State.FAILED
        || status() == State.PARTIALLY_SYNCED
        || lastSyncResult()
            .filter(r -> r == State.FAILED || r == State.PARTIALLY_SYNCED)
            .isPresent()
        || (initialSync() && status() != State.DONE);
  }

  /**
   * Builds a {@link SourceSyncStatus}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableSourceSyncStatus.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
