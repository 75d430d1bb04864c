package ai.levitate.sf.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the catalog knows of one Contact field: its API name, label and type.
 *
 * <pre>{@code
 * FieldDescriptor interests = FieldDescriptor.builder()
 *     .apiName("Interests__c").label("Interests").type(FieldType.MULTIPICKLIST)
 *     .addChoices(PicklistChoice.of("Golf"), PicklistChoice.of("Sailing"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class FieldDescriptor {
  FieldDescriptor() {}

  /** The Salesforce API name, e.g. {@code Birthdate} or {@code Nickname__c}. */
  public abstract String apiName();

  /** The label Salesforce shows for the field; tags are prefixed with it. */
  public abstract String label();

  public abstract FieldType type();

  /** Whether the org added the field; Salesforce custom fields end in {@code __c}. */
  @Value.Default
  public boolean custom() {
    return apiName().endsWith("__c");
  }

  /**
   * Whether the field is a formula. A formula's value can change without the record's modification
   * time moving, so incremental reads miss it until a full reconciliation.
   */
  @Value.Default
  public boolean formula() {
    return false;
  }

  /**
   * The most characters (UTF-16 units) Salesforce allows in the field, when a describe of the
   * object said so. Without it the transform assumes Salesforce's limits for the field's type.
   */
  public abstract Optional<Integer> length();

  /** Picklist and multipicklist values in Salesforce's order; empty for other types. */
  public abstract List<PicklistChoice> choices();

  /** The label to show for a stored picklist value: the choice's label when one matches. */
  public String choiceLabel(String value) {
    for (PicklistChoice choice : choices()) {
      if (choice.value().equals(value)) {
        return choice.label().isBlank() ? value : choice.label();
      }
    }
    return value;
  }

  @Value.Check
  protected void check() {
    if (apiName().isBlank()) {
      throw new IllegalArgumentException("apiName must not be blank");
    }
    if (label().isBlank()) {
      throw new IllegalArgumentException("label of " + apiName() + " must not be blank");
    }
    if (length().filter(n -> n < 1).isPresent()) {
      throw new IllegalArgumentException(
          "length of " + apiName() + " must be positive, not " + length().get());
    }
  }

  /**
   * Builds a {@link FieldDescriptor}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableFieldDescriptor.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A descriptor for a standard field whose label is its API name and which has no choices. */
  public static FieldDescriptor of(String apiName, String label, FieldType type) {
    return builder().apiName(apiName).label(label).type(type).build();
  }
}
