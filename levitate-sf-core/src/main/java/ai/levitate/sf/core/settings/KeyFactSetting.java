package ai.levitate.sf.core.settings;

import java.util.Optional;
import org.immutables.value.Value;

/** A date field that becomes a key fact, with the key fact's label (default: the field's label). */
@Value.Immutable
public abstract class KeyFactSetting {
  KeyFactSetting() {}

  @Value.Parameter
  public abstract String field();

  @Value.Parameter
  public abstract Optional<String> label();

  @Value.Check
  protected void check() {
    Checks.notBlank(field(), "keyFacts.field");
    label().ifPresent(label -> Checks.notBlank(label, "keyFacts.label"));
  }

  public static KeyFactSetting of(String field) {
    return ImmutableKeyFactSetting.of(field, Optional.empty());
  }

  public static KeyFactSetting of(String field, String label) {
    return ImmutableKeyFactSetting.of(field, Optional.of(label));
  }
}
