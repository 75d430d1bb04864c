package ai.levitate.sf.merge;

import java.util.Optional;
import org.immutables.value.Value;

/** One Salesforce user with the Levitate user suggested as the owner of their contacts. */
@Value.Immutable
public abstract class OwnerSuggestion {
  OwnerSuggestion() {}

  /** How the suggestion was found. */
  public enum Match {
    /** One Levitate user has the Salesforce user's email. */
    EMAIL,
    /** Several Levitate users have that email; a person has to choose. */
    AMBIGUOUS_EMAIL,
    /** No Levitate user has that email. */
    NO_MATCH,
    /** Salesforce has no email for the user. */
    NO_EMAIL
  }

  /** The Salesforce user id ({@code 005...}), the key of {@code SyncSettings.owners()}. */
  public abstract String salesforceUserId();

  public abstract Optional<String> name();

  public abstract Optional<String> email();

  /** Whether the Salesforce user is active, when Merge says. */
  public abstract Optional<Boolean> active();

  public abstract Optional<LevitateUser> suggestion();

  public abstract Match match();

  /**
   * Builds a {@link OwnerSuggestion}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableOwnerSuggestion.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
