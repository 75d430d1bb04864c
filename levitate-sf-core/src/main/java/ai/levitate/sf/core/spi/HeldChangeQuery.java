package ai.levitate.sf.core.spi;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which held changes to list from a {@link SyncStore}, ordered by Salesforce id, a page at a time.
 */
@Value.Immutable
public abstract class HeldChangeQuery {
  HeldChangeQuery() {}

  /** Only the changes this run held back. */
  public abstract Optional<Long> heldInRun();

  /** Only changes whose Salesforce id sorts after this one (Java's {@code String} order). */
  public abstract Optional<String> after();

  @Value.Default
  public int limit() {
    return 100;
  }

  public boolean matches(HeldChange held) {
    return heldInRun().map(run -> held.heldInRun() == run).orElse(true);
  }

  @Value.Check
  protected void check() {
    if (limit() < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit());
    }
  }

  /**
   * Builds a {@link HeldChangeQuery}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableHeldChangeQuery.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
