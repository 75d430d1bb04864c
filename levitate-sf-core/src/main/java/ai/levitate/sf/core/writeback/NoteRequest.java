package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.internal.Texts;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A note to write to Salesforce through Merge, attached to a contact by its Merge id: what the
 * write-back engine hands its {@link NoteWriter}, and what {@code MergeCrmClient.createNote} takes.
 *
 * <pre>{@code
 * NoteRequest note = NoteRequest.builder()
 *     .contactId(contact.mergeId())
 *     .ownerId(mergeUserId)
 *     .title("Handwritten card sent")
 *     .body("Sent a birthday card.")
 *     .idempotencyKey("levitate-activity-8841")
 *     .build();
 * }</pre>
 *
 * <p>Salesforce's limits apply: a title of at most {@value #MAX_TITLE} characters (the classic
 * Note's limit) and a body of at most {@value #MAX_BODY_BYTES} bytes of UTF-8. With an {@link
 * #idempotencyKey()} the Merge client retries the POST, sending the same key each time, and Merge
 * returns the first answer for a repeated key and body for 24 hours.
 */
@Value.Immutable
public abstract class NoteRequest {
  NoteRequest() {}

  /** Salesforce allows 80 characters in a classic note's title. */
  public static final int MAX_TITLE = 80;

  /**
   * A note's body stays within 32,000 bytes of UTF-8: Salesforce documents 32 KB for a note body
   * without saying whether it counts characters or bytes, so this fits either reading.
   */
  public static final int MAX_BODY_BYTES = 32_000;

  /** Merge's id of the contact the note belongs to (not the Salesforce id). */
  public abstract String contactId();

  /** Merge's id of the user who owns the note; Merge's default when empty. */
  public abstract Optional<String> ownerId();

  /** Merge's id of the account to attach the note to as well. */
  public abstract Optional<String> accountId();

  /** Salesforce requires it; sent as {@code integration_params.title}. */
  public abstract String title();

  /** The note's plain-text body. */
  public abstract String body();

  /** Sent as Merge's {@code Idempotency-Key}, the same on every attempt. */
  public abstract Optional<String> idempotencyKey();

  @Value.Check
  protected void check() {
    notBlank(contactId(), "contactId");
    ownerId().ifPresent(id -> notBlank(id, "ownerId"));
    accountId().ifPresent(id -> notBlank(id, "accountId"));
    notBlank(title(), "title");
    if (title().length() > MAX_TITLE) {
      throw new IllegalArgumentException(
          "title must be at most "
              + MAX_TITLE
              + " characters (Salesforce's limit for a note title), was "
              + title().length());
    }
    int bytes = Texts.utf8Length(body());
    if (bytes > MAX_BODY_BYTES) {
      throw new IllegalArgumentException(
          "body must be at most "
              + MAX_BODY_BYTES
              + " bytes in UTF-8 (Salesforce's limit for a note body), was "
              + bytes);
    }
    idempotencyKey()
        .ifPresent(
            key -> {
              if (key.isEmpty()
                  || key.length() > 255
                  || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
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

  /** The note an activity's formatted content becomes on the contact with this Merge id. */
  static NoteRequest of(String contactId, Optional<String> ownerId, NoteContent content) {
    Objects.requireNonNull(content, "content == null");
    return builder()
        .contactId(contactId)
        .ownerId(ownerId)
        .title(content.title())
        .body(content.body())
        .idempotencyKey(content.idempotencyKey())
        .build();
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

  /** This request in a builder, to derive a variant. */
  public Builder newBuilder() {
    return builder().from(this);
  }
}
