package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.internal.Texts;
import org.immutables.value.Value;

/**
 * The Salesforce note an activity becomes: its title and plain-text body, the reference written
 * into the body (which finds the note again when an outcome is uncertain), and the idempotency key
 * sent with it. The same activity version always gives the same content. Within {@link
 * NoteRequest}'s limits.
 */
@Value.Immutable
abstract class NoteContent {
  NoteContent() {}

  abstract String title();

  abstract String body();

  /** A short code unique to the activity version, written as the body's last line. */
  abstract String reference();

  /** Sent as Merge's {@code Idempotency-Key}; the same on every attempt for this version. */
  abstract String idempotencyKey();

  @Value.Check
  protected void check() {
    if (title().isEmpty() || title().length() > NoteRequest.MAX_TITLE) {
      throw new IllegalArgumentException(
          "note title must have 1 to " + NoteRequest.MAX_TITLE + " characters");
    }
    if (Texts.utf8Length(body()) > NoteRequest.MAX_BODY_BYTES) {
      throw new IllegalArgumentException(
          "note body must take at most " + NoteRequest.MAX_BODY_BYTES + " bytes of UTF-8");
    }
    if (!body().contains(reference())) {
      throw new IllegalArgumentException("note body must carry its reference");
    }
  }

  /**
   * Builds a {@link NoteContent}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  static final class Builder extends ImmutableNoteContent.Builder {
    Builder() {}
  }

  static Builder builder() {
    return new Builder();
  }
}
