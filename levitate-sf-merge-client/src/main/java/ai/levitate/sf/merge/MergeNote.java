package ai.levitate.sf.merge;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A note as Merge lists it; references are Merge ids. */
@Value.Immutable
public abstract class MergeNote {
  MergeNote() {}

  public abstract String mergeId();

  /** The Salesforce id of the note. */
  public abstract Optional<String> remoteId();

  public abstract Optional<String> content();

  public abstract Optional<String> contactId();

  public abstract Optional<String> ownerId();

  public abstract Optional<String> accountId();

  public abstract Optional<Instant> remoteCreatedAt();

  public abstract Optional<Instant> createdAt();

  public abstract Optional<Instant> modifiedAt();

  /**
   * Builds a {@link MergeNote}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableMergeNote.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
