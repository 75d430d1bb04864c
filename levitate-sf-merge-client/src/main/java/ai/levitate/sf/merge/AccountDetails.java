package ai.levitate.sf.merge;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** What Merge knows of the linked account: which integration it is and whether it is linked. */
@Value.Immutable
public abstract class AccountDetails {
  AccountDetails() {}

  /** Merge's id of the linked account. */
  public abstract Optional<String> id();

  /** The integration's name, e.g. {@code Salesforce}. */
  public abstract Optional<String> integration();

  /** The integration's slug, e.g. {@code salesforce}. */
  public abstract Optional<String> integrationSlug();

  public abstract Optional<String> category();

  /** {@code COMPLETE}, {@code INCOMPLETE} or {@code RELINK_NEEDED}. */
  public abstract Optional<String> status();

  public abstract Optional<String> endUserOrganizationName();

  public abstract Optional<String> endUserOriginId();

  public abstract Optional<String> endUserEmailAddress();

  public abstract Optional<String> accountType();

  /** When the linking flow was completed. */
  public abstract Optional<Instant> completedAt();

  /** Whether the linked account connects to Salesforce. */
  public boolean isSalesforce() {
    return integrationSlug()
        .map(s -> s.equalsIgnoreCase("salesforce"))
        .orElseGet(() -> integration().map(s -> s.equalsIgnoreCase("salesforce")).orElse(false));
  }

  /**
   * Builds a {@link AccountDetails}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableAccountDetails.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
