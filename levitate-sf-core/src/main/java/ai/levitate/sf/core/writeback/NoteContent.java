package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.internal.Texts;
import org.immutables.value.Value;

/**
 * The Salesforce note an activity becomes: its title and plain-text body, the reference written
 * into the body (which finds the note again when an outcome is uncertain), and the idempotency key
 * sent with it. The same activity version always gives the same content.
 */
@Value.Immutable
public abstract class NoteContent {
  /** Salesforce allows 80 characters in a classic note's title. */
  public static final int MAX_TITLE = 80;

  /**
   * A note's body stays within 32,000 bytes of UTF-8: Salesforce documents 32 KB for a note body
   * without saying whether it counts characters or bytes, so this fits either reading.
   */
  public static final int MAX_BODY_BYTES = 32_000;

  public abstract String title();

  public abstract String body();

  /** A short code unique to the activity version, written as the body's last line. */
  public abstract String reference();

  /** Sent as Merge's {@code Idempotency-Key}; the same on every attempt for this version. */
  public abstract String idempotencyKey();

  @Value.Check
  protected void check() {
    if (title().isEmpty() || title().length() > MAX_TITLE) {
      throw new IllegalArgumentException("note title must have 1 to " + MAX_TITLE + " characters");
    }
    if (Texts.utf8Length(body()) > MAX_BODY_BYTES) {
      throw new IllegalArgumentException("note body must take at most " + MAX_BODY_BYTES + " bytes of UTF-8");
    }
    if (!body().contains(reference())) {
      throw new IllegalArgumentException("note body must carry its reference");
    }
  }

  /**
   * Builds a {@link NoteContent}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableNoteContent.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
