package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.ContactStatus;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which contact states to list from a {@link SyncStore}: every filter that is set must match. Lists
 * are ordered by Salesforce id and read in pages: {@link #after()} is the last id of the previous
 * page.
 *
 * <pre>{@code
 * // SQL a host might run:
 * SELECT * FROM contact_state WHERE account_merge_id = ? AND last_seen_run < ?
 *   AND salesforce_id > ? ORDER BY salesforce_id LIMIT ?   -- only the filters that are set
 * }</pre>
 */
@Value.Immutable
public abstract class ContactStateQuery {
  ContactStateQuery() {}

  public abstract Optional<String> accountMergeId();

  public abstract Optional<String> ownerMergeId();

  public abstract Optional<ContactStatus> status();

  public abstract Optional<StatusSetBy> statusSetBy();

  /** Only states whose {@link ContactState#lastSeenRun()} is lower than this run number. */
  public abstract Optional<Long> seenBeforeRun();

  /** Only states whose Salesforce id sorts after this one (Java's {@code String} order). */
  public abstract Optional<String> after();

  @Value.Default
  public int limit() {
    return 100;
  }

  /** Whether {@code state} passes every filter but {@link #after()} and {@link #limit()}. */
  public boolean matches(ContactState state) {
    return accountMergeId().map(id -> state.accountMergeId().equals(Optional.of(id))).orElse(true)
        && ownerMergeId().map(id -> state.ownerMergeId().equals(Optional.of(id))).orElse(true)
        && status().map(s -> state.status() == s).orElse(true)
        && statusSetBy().map(s -> state.statusSetBy() == s).orElse(true)
        && seenBeforeRun().map(run -> state.lastSeenRun() < run).orElse(true);
  }

  @Value.Check
  protected void check() {
    if (limit() < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit());
    }
  }

  /**
   * Builds a {@link ContactStateQuery}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableContactStateQuery.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
