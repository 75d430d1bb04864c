package ai.levitate.sf.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A contact's mailing address; at least one part is present. */
@Value.Immutable
public abstract class MailingAddress {
  MailingAddress() {}

  public abstract Optional<String> street1();

  /** The second and later lines of a multi-line Salesforce street, joined with {@code ", "}. */
  public abstract Optional<String> street2();

  public abstract Optional<String> city();

  public abstract Optional<String> state();

  public abstract Optional<String> postalCode();

  public abstract Optional<String> country();

  @Value.Check
  protected void check() {
    if (street1().isEmpty()
        && street2().isEmpty()
        && city().isEmpty()
        && state().isEmpty()
        && postalCode().isEmpty()
        && country().isEmpty()) {
      throw new IllegalArgumentException("a mailing address needs at least one part");
    }
  }

  /**
   * Builds a {@link MailingAddress}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableMailingAddress.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
