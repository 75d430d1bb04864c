package ai.levitate.sf.core.spi;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which contacts to read, and where in the list: Merge's filters on its own timestamps, and the
 * opaque cursor of the page to read (empty for the first). Bounds are exclusive, as Merge's are.
 */
@Value.Immutable
public abstract class ContactQuery {
  ContactQuery() {}

  /** Merge allows at most 100 contacts a page. */
  public static final int MAX_PAGE_SIZE = 100;

  /** Contacts Merge changed after this instant. */
  public abstract Optional<Instant> modifiedAfter();

  /**
   * Contacts Merge changed before this instant; fixing it at a run's start keeps a snapshot stable.
   */
  public abstract Optional<Instant> modifiedBefore();

  /** Contacts Merge first stored after this instant (Merge's {@code created_at} never changes). */
  public abstract Optional<Instant> createdAfter();

  public abstract Optional<Instant> createdBefore();

  /** Only the contacts of this Merge account id. */
  public abstract Optional<String> accountId();

  /** Only the contact with this Salesforce id. */
  public abstract Optional<String> remoteId();

  /**
   * Only the contact with this Merge id, read on its own as Merge's {@code GET /contacts/{id}}
   * reads it: the other filters do not apply, and an unknown id reads no contact.
   */
  public abstract Optional<String> mergeId();

  /** Whether contacts deleted in Salesforce are returned (with {@code remote_was_deleted}). */
  @Value.Default
  public boolean includeDeleted() {
    return true;
  }

  @Value.Default
  public int pageSize() {
    return MAX_PAGE_SIZE;
  }

  /** The cursor Merge gave as {@code next} on the previous page. */
  public abstract Optional<String> cursor();

  @Value.Check
  protected void check() {
    if (pageSize() < 1 || pageSize() > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "pageSize must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize());
    }
  }

  /**
   * Builds a {@link ContactQuery}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableContactQuery.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  /** This query in a builder, to derive a variant: the next page, say. */
  public Builder newBuilder() {
    return builder().from(this);
  }

  /** Every contact, deleted ones included, 100 a page. */
  public static ContactQuery all() {
    return builder().build();
  }
}
