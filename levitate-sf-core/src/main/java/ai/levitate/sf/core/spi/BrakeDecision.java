package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.SourceSyncStatus;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The mass-archive brake's decision at the end of a run, with the numbers behind it. When it {@link
 * #tripped()}, the run's archives and removals stay held for a person to approve.
 */
@Value.Immutable
public abstract class BrakeDecision {
  BrakeDecision() {}

  public abstract boolean tripped();

  /** Why it tripped; empty when it did not. */
  public abstract Set<BrakeReason> reasons();

  /** Archives and removals the run would make. */
  public abstract long changes();

  /** Active contacts the sync had written when the run started. */
  public abstract long known();

  /** Contacts the run read from the source. */
  public abstract long read();

  /** The brake's share and count thresholds the run used. */
  public abstract double maxShare();

  public abstract long maxCount();

  /** Merge's own contact sync state when the run looked, if Merge reported one. */
  public abstract Optional<SourceSyncStatus.State> mergeSyncState();

  /** One sentence for an admin. */
  public String summary() {
    String numbers =
        changes()
            + (changes() == 1 ? " archive or removal" : " archives and removals")
            + " of "
            + known()
            + " contacts";
    if (!tripped()) {
      return "The brake let " + numbers + " through.";
    }
    StringBuilder why = new StringBuilder();
    for (BrakeReason reason : reasons()) {
      why.append(why.length() == 0 ? "" : "; ")
          .append(
              switch (reason) {
                case TOO_MANY_ARCHIVES ->
                    "more than "
                        + Math.round(maxShare() * 100)
                        + "% or more than "
                        + maxCount()
                        + " contacts";
                case MERGE_SYNC_INCOMPLETE ->
                    "Merge reports its contact sync as "
                        + mergeSyncState().map(Enum::name).orElse("incomplete");
                case EMPTY_SOURCE -> "Merge returned no contacts";
              });
    }
    return "The brake held back " + numbers + ": " + why + ".";
  }

  /**
   * Builds a {@link BrakeDecision}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableBrakeDecision.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
