package ai.levitate.sf.merge;

import java.util.Optional;
import org.immutables.value.Value;

/** A Levitate user the host offers as an owner: its id, email and name. */
@Value.Immutable
public abstract class LevitateUser {
  LevitateUser() {}

  @Value.Parameter
  public abstract String id();

  @Value.Parameter
  public abstract String email();

  @Value.Parameter
  public abstract Optional<String> name();

  @Value.Check
  protected void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("id of a Levitate user must not be blank");
    }
  }

  public static LevitateUser of(String id, String email) {
    return ImmutableLevitateUser.of(id, email, Optional.empty());
  }

  public static LevitateUser of(String id, String email, String name) {
    return ImmutableLevitateUser.of(id, email, Optional.of(name));
  }
}
