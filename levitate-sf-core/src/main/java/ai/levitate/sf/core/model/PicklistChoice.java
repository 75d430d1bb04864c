package ai.levitate.sf.core.model;

import org.immutables.value.Value;

/**
 * One value of a picklist or multipicklist field. Salesforce stores the API {@link #value()} and
 * shows the {@link #label()}; the two can differ.
 */
@Value.Immutable
public abstract class PicklistChoice {
  PicklistChoice() {}

  @Value.Parameter
  public abstract String value();

  /** The label Salesforce shows; the value when Salesforce gave none. */
  @Value.Parameter
  public abstract String label();

  /** False for a value that was retired but may still be stored on old records. */
  @Value.Default
  public boolean active() {
    return true;
  }

  public static PicklistChoice of(String value, String label) {
    return ImmutablePicklistChoice.of(value, label);
  }

  public static PicklistChoice of(String value) {
    return ImmutablePicklistChoice.of(value, value);
  }

  /** A choice with its {@link #active()} flag, as Salesforce describes a picklist. */
  public static PicklistChoice of(String value, String label, boolean active) {
    return ImmutablePicklistChoice.builder().value(value).label(label).active(active).build();
  }
}
