package ai.levitate.sf.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/** Who owns a contact: the Salesforce owner as named there, and the Levitate user mapped to it. */
@Value.Immutable
public abstract class Owner {
  Owner() {}

  public abstract Optional<String> salesforceUserId();

  /** The owner's name in Salesforce ("User Name"), shown in Levitate as is. */
  public abstract Optional<String> salesforceUserName();

  /** The mapped Levitate user, else the default owner; empty when unassigned. */
  public abstract Optional<String> levitateUserId();

  public boolean unassigned() {
    return levitateUserId().isEmpty();
  }

  /**
   * Builds a {@link Owner}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableOwner.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  public static Owner none() {
    return builder().build();
  }
}
