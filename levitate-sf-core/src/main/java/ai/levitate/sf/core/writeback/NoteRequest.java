package ai.levitate.sf.core.writeback;

import java.util.Optional;
import org.immutables.value.Value;

/** A note to create in Salesforce through Merge, attached to a contact by its Merge id. */
@Value.Immutable
public abstract class NoteRequest {
  /** Merge's id of the contact (not the Salesforce id). */
  public abstract String mergeContactId();

  /** Merge's id of the user who owns the note, when the activity's user is mapped. */
  public abstract Optional<String> ownerMergeUserId();

  public abstract NoteContent content();

  /**
   * Builds a {@link NoteRequest}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableNoteRequest.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  /** This request in a builder, to derive a variant. */
  public Builder newBuilder() {
    return builder().from(this);
  }
}
