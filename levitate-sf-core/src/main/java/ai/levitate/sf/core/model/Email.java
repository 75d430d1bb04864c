package ai.levitate.sf.core.model;

import org.immutables.value.Value;

/** An email address with its label, e.g. {@code Email} or {@code Work}. */
@Value.Immutable
public abstract class Email {
  Email() {}

  @Value.Parameter
  public abstract String address();

  @Value.Parameter
  public abstract String label();

  @Value.Parameter
  public abstract Provenance source();

  public static Email of(String address, String label, Provenance source) {
    return ImmutableEmail.of(address, label, source);
  }
}
