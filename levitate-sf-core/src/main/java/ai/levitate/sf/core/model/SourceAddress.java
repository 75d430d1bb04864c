package ai.levitate.sf.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/** An address from Merge's common model ({@code addresses}); every part may be missing. */
@Value.Immutable
public abstract class SourceAddress {
  SourceAddress() {}

  public abstract Optional<String> street1();

  public abstract Optional<String> street2();

  public abstract Optional<String> city();

  public abstract Optional<String> state();

  public abstract Optional<String> postalCode();

  /** Merge sends an ISO 3166 alpha-2 code here. */
  public abstract Optional<String> country();

  /** Merge's {@code address_type}, as sent ({@code BILLING}, {@code Shipping}, ...). */
  public abstract Optional<String> type();

  /**
   * Builds a {@link SourceAddress}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableSourceAddress.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
