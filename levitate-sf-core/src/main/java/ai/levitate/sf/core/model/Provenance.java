package ai.levitate.sf.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an output value came from, so a dry run can explain each tag, key fact, phone, email and
 * status: a Salesforce field and its value, a Merge common-model list, or a rule that applies to
 * every contact (the {@code Salesforce} tag).
 */
@Value.Immutable
public abstract class Provenance {
  Provenance() {}

  /** The kinds of origin. */
  public enum Origin {
    /** A Contact field, named by {@link #field()}, with the value it held. */
    SALESFORCE_FIELD,
    /**
     * A Merge common-model attribute such as {@code phone_numbers} or {@code remote_was_deleted}.
     */
    MERGE_MODEL,
    /** A rule that applies to every synced contact. */
    CONSTANT,
    /**
     * A value the sync wrote before and keeps although its source cleared: the {@code Unsubscribe}
     * tag, which is sticky unless the settings allow its removal.
     */
    STICKY
  }

  @Value.Parameter
  public abstract Origin origin();

  /** The Salesforce API name or Merge attribute; empty for {@link Origin#CONSTANT}. */
  @Value.Parameter
  public abstract Optional<String> field();

  /** The source value as Salesforce shows it. */
  @Value.Parameter
  public abstract Optional<String> value();

  @Value.Check
  protected void check() {
    boolean fieldless = origin() == Origin.CONSTANT || origin() == Origin.STICKY;
    if (fieldless ? field().isPresent() : field().isEmpty()) {
      throw new IllegalArgumentException(
          origin() + " provenance must " + (fieldless ? "not name" : "name") + " a field");
    }
  }

  /**
   * A provenance from its parts, as stored; {@link Origin#CONSTANT} and {@link Origin#STICKY} take
   * no field and the others need one ({@link IllegalArgumentException} otherwise).
   */
  public static Provenance of(Origin origin, Optional<String> field, Optional<String> value) {
    return ImmutableProvenance.of(origin, field, value);
  }

  public static Provenance salesforceField(String apiName, String value) {
    return ImmutableProvenance.of(
        Origin.SALESFORCE_FIELD, Optional.of(apiName), Optional.of(value));
  }

  public static Provenance mergeModel(String attribute, String value) {
    return ImmutableProvenance.of(Origin.MERGE_MODEL, Optional.of(attribute), Optional.of(value));
  }

  public static Provenance constant() {
    return ImmutableProvenance.of(Origin.CONSTANT, Optional.empty(), Optional.empty());
  }

  /** For a value kept after its source cleared, e.g. a sticky {@code Unsubscribe} tag. */
  public static Provenance sticky() {
    return ImmutableProvenance.of(Origin.STICKY, Optional.empty(), Optional.empty());
  }

  /** For people: {@code Interests__c = Golf;Sailing}, {@code every contact}, or {@code kept}. */
  public String describe() {
    if (origin() == Origin.CONSTANT) {
      return "every contact";
    }
    if (origin() == Origin.STICKY) {
      return "kept after its source cleared";
    }
    return field().orElseThrow() + " = " + value().orElse("");
  }
}
