package ai.levitate.sf.core.model;

import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An email address from Merge's common model, with its free-text type (e.g. {@code Work}). */
@Value.Immutable
public abstract class SourceEmail {
  SourceEmail() {}

  @Value.Parameter
  public abstract String address();

  @Value.Parameter
  public abstract Optional<String> type();

  public static SourceEmail of(String address, Optional<String> type) {
    return ImmutableSourceEmail.of(address, type);
  }

  public static SourceEmail of(String address, @Nullable String type) {
    return ImmutableSourceEmail.of(address, Optional.ofNullable(type));
  }
}
