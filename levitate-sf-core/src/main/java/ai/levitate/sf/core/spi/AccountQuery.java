package ai.levitate.sf.core.spi;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which page of Merge's accounts list to read: the accounts Merge first stored in a window of its
 * {@code created_at}, and the opaque cursor of the page (empty for the first). Bounds are
 * exclusive, as Merge's are; an absent bound leaves that end open. Deleted accounts are always
 * included, each with its remote fields.
 */
@Value.Immutable
public abstract class AccountQuery {
  AccountQuery() {}

  /** Accounts Merge first stored after this instant (Merge's {@code created_at} never changes). */
  public abstract Optional<Instant> createdAfter();

  /** Accounts Merge first stored before this instant. */
  public abstract Optional<Instant> createdBefore();

  /** The cursor Merge gave as {@code next} on the previous page of the same window. */
  public abstract Optional<String> cursor();

  /**
   * Builds an {@link AccountQuery}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableAccountQuery.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every account, from the first page. */
  public static AccountQuery all() {
    return builder().build();
  }
}
