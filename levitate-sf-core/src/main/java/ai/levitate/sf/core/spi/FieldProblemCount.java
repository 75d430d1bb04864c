package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.FieldProblem;
import java.util.List;
import org.immutables.value.Value;

/**
 * How many values of one field a run left out or cut for one {@link FieldProblem.Kind}, with a few
 * examples: those of the lowest Salesforce ids, so a run reports the same examples whatever order
 * it read its contacts in.
 */
@Value.Immutable
public abstract class FieldProblemCount {
  FieldProblemCount() {}

  /** Examples kept per field and kind. */
  public static final int MAX_EXAMPLES = 3;

  /** The Salesforce API name of the field. */
  public abstract String field();

  public abstract FieldProblem.Kind kind();

  /** Contacts read whose value of the field had this problem. */
  public abstract long count();

  /** At most {@link #MAX_EXAMPLES}, by Salesforce id. */
  public abstract List<FieldProblem> examples();

  @Value.Check
  protected void check() {
    if (examples().size() > MAX_EXAMPLES || examples().size() > count()) {
      throw new IllegalArgumentException(
          examples().size()
              + " examples of "
              + count()
              + " "
              + kind()
              + " problems of "
              + field()
              + "; at most "
              + MAX_EXAMPLES
              + " are kept");
    }
  }

  /**
   * Builds a {@link FieldProblemCount}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableFieldProblemCount.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
