package ai.levitate.sf.merge;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A note Merge wrote: its ids and the warnings Merge attached. */
@Value.Immutable
public abstract class CreatedNote {
  CreatedNote() {}

  /** Merge's id of the new note. */
  public abstract String noteId();

  /** The Salesforce id of the new note, when Merge reported it. */
  public abstract Optional<String> remoteId();

  public abstract List<MergeProblem> warnings();

  /**
   * Builds a {@link CreatedNote}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableCreatedNote.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
