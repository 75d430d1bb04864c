package ai.levitate.sf.core.model;

import org.immutables.value.Value;

/** A phone number with the label Salesforce gives it, e.g. {@code Mobile Phone}. */
@Value.Immutable
public abstract class Phone {
  Phone() {}

  @Value.Parameter
  public abstract String number();

  @Value.Parameter
  public abstract String label();

  @Value.Parameter
  public abstract Provenance source();

  public static Phone of(String number, String label, Provenance source) {
    return ImmutablePhone.of(number, label, source);
  }
}
