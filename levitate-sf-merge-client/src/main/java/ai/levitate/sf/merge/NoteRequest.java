package ai.levitate.sf.merge;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A note to write to Salesforce through Merge, attached to a contact by its Merge id.
 *
 * <pre>{@code
 * NoteRequest note = NoteRequest.builder()
 *     .contactId(contact.mergeId())
 *     .ownerId(mergeUserId)
 *     .title("Handwritten card sent")
 *     .content("Sent a birthday card.")
 *     .idempotencyKey("levitate-activity-8841")
 *     .build();
 * }</pre>
 *
 * <p>Salesforce's limits apply: a title of at most 80 characters (the classic Note's limit) and a
 * body of at most 32 KB. With an {@link #idempotencyKey()} the client retries the POST, sending the
 * same key each time, and Merge returns the first answer for a repeated key and body for 24 hours.
 */
@Value.Immutable
public abstract class NoteRequest {
  public static final int MAX_TITLE_LENGTH = 80;
  public static final int MAX_CONTENT_BYTES = 32 * 1024;

  /** Merge's id of the contact the note belongs to. */
  public abstract String contactId();

  /** Merge's id of the user who owns the note; Merge's default when empty. */
  public abstract Optional<String> ownerId();

  /** Merge's id of the account to attach the note to as well. */
  public abstract Optional<String> accountId();

  /** Salesforce requires it; sent as {@code integration_params.title}. */
  public abstract String title();

  public abstract String content();

  public abstract Optional<String> idempotencyKey();

  @Value.Check
  protected void check() {
    notBlank(contactId(), "contactId");
    ownerId().ifPresent(id -> notBlank(id, "ownerId"));
    accountId().ifPresent(id -> notBlank(id, "accountId"));
    notBlank(title(), "title");
    if (title().length() > MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException("title must be at most " + MAX_TITLE_LENGTH
          + " characters (Salesforce's limit for a note title), was " + title().length());
    }
    int bytes = content().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > MAX_CONTENT_BYTES) {
      throw new IllegalArgumentException("content must be at most " + MAX_CONTENT_BYTES
          + " bytes in UTF-8 (Salesforce's limit for a note body), was " + bytes);
    }
    idempotencyKey().ifPresent(key -> {
      notBlank(key, "idempotencyKey");
      if (key.length() > 255 || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException(
            "idempotencyKey must be 1 to 255 visible ASCII characters without spaces");
      }
    });
  }

  private static void notBlank(String value, String name) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

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
}
