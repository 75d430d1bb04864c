package ai.levitate.sf.core.model;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A Salesforce User as Merge knows it: the owner of contacts. */
@Value.Immutable
public abstract class SourceUser {
  SourceUser() {}

  /** Merge's id of the user; notes are owned by this id. */
  public abstract String mergeId();

  /** The Salesforce User id ({@code 005...}); owner mapping settings are keyed by it. */
  public abstract Optional<String> remoteId();

  public abstract Optional<String> name();

  public abstract Optional<String> email();

  public abstract Optional<Boolean> active();

  /** When Merge last changed its copy; drives incremental reads of renamed owners. */
  public abstract Optional<Instant> modifiedAt();

  /**
   * Builds a {@link SourceUser}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableSourceUser.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
