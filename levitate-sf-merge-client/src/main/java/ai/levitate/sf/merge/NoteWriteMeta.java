package ai.levitate.sf.merge;

import java.util.Optional;
import org.immutables.value.Value;

/** What Merge says about writing notes to this account ({@code GET /notes/meta/post}). */
@Value.Immutable
public abstract class NoteWriteMeta {
  NoteWriteMeta() {}

  /** Whether Merge will accept a write for the account now. */
  public abstract boolean canMakeRequest();

  /** The linked account's status as Merge reports it here, e.g. {@code COMPLETE}. */
  public abstract Optional<String> linkedAccountStatus();

  public abstract boolean hasConditionalParams();

  public abstract boolean hasRequiredLinkedAccountParams();

  /** The account's exact request schema, as JSON text. */
  public abstract String requestSchemaJson();

  /**
   * Builds a {@link NoteWriteMeta}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableNoteWriteMeta.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
