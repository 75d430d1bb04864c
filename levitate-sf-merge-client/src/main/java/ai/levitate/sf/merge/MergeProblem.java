package ai.levitate.sf.merge;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One warning or error Merge attached to a write, e.g. {@code MISSING_REQUIRED_FIELD} with the
 * pointer {@code /model/integration_params/title}.
 */
@Value.Immutable
public abstract class MergeProblem {
  MergeProblem() {}

  /** Merge's machine-readable kind, e.g. {@code RELINK_NEEDED}; empty when Merge sent none. */
  public abstract Optional<String> problemType();

  public abstract Optional<String> title();

  public abstract Optional<String> detail();

  /** The JSON pointer of the request field at fault, e.g. {@code /model/contact}. */
  public abstract Optional<String> pointer();

  /**
   * For people: {@code MISSING_REQUIRED_FIELD (/model/integration_params/title): Title is
   * required}.
   */
  public String describe() {
    StringBuilder text = new StringBuilder(problemType().or(this::title).orElse("PROBLEM"));
    pointer().ifPresent(p -> text.append(" (").append(p).append(')'));
    detail()
        .or(this::title)
        .filter(d -> !d.equals(problemType().orElse(null)))
        .ifPresent(d -> text.append(": ").append(d));
    return text.toString();
  }

  /**
   * Builds a {@link MergeProblem}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableMergeProblem.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
