package ai.levitate.sf.core.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** A phone number from Merge's common model, free text as typed in Salesforce. */
@Value.Immutable
public abstract class SourcePhone {
  SourcePhone() {}

  @Value.Parameter
  public abstract String number();

  /** Merge's free-text {@code phone_number_type}, e.g. {@code Mobile}. */
  @Value.Parameter
  public abstract Optional<String> type();

  public static SourcePhone of(String number, Optional<String> type) {
    return ImmutableSourcePhone.of(number, type);
  }

  public static SourcePhone of(String number, @Nullable String type) {
    return ImmutableSourcePhone.of(number, Optional.ofNullable(type));
  }
}
