package ai.levitate.sf.merge;

import java.util.Optional;
import org.immutables.value.Value;

/** A record on a page that could not be read; its neighbours were. */
@Value.Immutable
public abstract class UnreadableRecord {
  UnreadableRecord() {}

  /** Merge's id of the record, when the record showed one. */
  public abstract Optional<String> mergeId();

  /** The Salesforce id of the record, when the record showed one. */
  public abstract Optional<String> remoteId();

  /** Why the record could not be read, e.g. {@code first_name is an object, not text}. */
  public abstract String reason();

  /**
   * Builds a {@link UnreadableRecord}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableUnreadableRecord.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
