package ai.levitate.sf.core.spi;

import org.immutables.value.Value;

/**
 * One change the sync emits to the host's {@link ContactSink}, with a deterministic id: the run and
 * the change's position in it. A run that is killed and resumed emits exactly the changes, with
 * exactly the ids, of a run that was never killed, so a host may also deduplicate on {@link #id()}.
 *
 * <pre>{@code
 * switch (change.type()) {
 *   // A contact already deceased when first seen is created archived: change.statusAfter().
 *   case CREATE -> contacts.insert(change.contact().orElseThrow(), change.statusAfter());
 *   case UPDATE -> contacts.update(change.contact().orElseThrow(), change.changedFields(),
 *       change.tagsAdded(), change.tagsRemoved(), change.keyFactsAdded(), change.keyFactsRemoved());
 *   case ARCHIVE -> contacts.archive(change.salesforceId(), change.reason().orElseThrow());
 *   ...
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class ContactChange extends ContactDiff {
  ContactChange() {}

  /** The run that emitted the change, e.g. {@code run-7}. */
  public abstract String runId();

  /** The change's place in its run's change log, from 0 with no gaps. */
  public abstract long position();

  /** {@code run-7/42}: unique per linked account, the same after a crash and resume. */
  public String id() {
    return runId() + "/" + position();
  }

  @Value.Check
  protected void check() {
    checkDiff();
  }

  /**
   * Builds a {@link ContactChange}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableContactChange.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
