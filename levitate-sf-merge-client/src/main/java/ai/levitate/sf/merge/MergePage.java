package ai.levitate.sf.merge;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of a Merge list: the records read, the records that could not be read, and the cursor of
 * the next page (empty on the last).
 */
@Value.Immutable
public abstract class MergePage<T> {
  MergePage() {}

  public abstract List<T> items();

  public abstract List<UnreadableRecord> unreadable();

  public abstract Optional<String> next();

  /** Records Merge sent on this page, read or not. */
  public int size() {
    return items().size() + unreadable().size();
  }

  /**
   * Builds a {@link MergePage}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder<T> extends ImmutableMergePage.Builder<T> {
    Builder() {}
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }
}
