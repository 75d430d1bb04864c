package ai.levitate.sf.core.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A Salesforce Account as Merge knows it; its name becomes the company of its contacts. */
@Value.Immutable
public abstract class SourceAccount {
  /** Merge's id of the account. */
  public abstract String mergeId();

  /** The Salesforce Account id. */
  public abstract Optional<String> remoteId();

  public abstract Optional<String> name();

  /** When Merge last changed its copy; drives incremental reads of renamed accounts. */
  public abstract Optional<Instant> modifiedAt();

  public static ImmutableSourceAccount.Builder builder() {
    return ImmutableSourceAccount.builder();
  }
}
