package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.model.ActivityType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the write-back ledger records of one activity version: written before each call ({@link
 * State#SENDING}) and after it ({@link State#WRITTEN} or {@link State#REJECTED}), or once for an
 * activity never sent ({@link State#SKIPPED}).
 */
@Value.Immutable
public abstract class LedgerEntry {
  LedgerEntry() {}

  /** Where an activity version stands. */
  public enum State {
    /** A call went out (or is about to) and its outcome is not known: look before sending again. */
    SENDING,
    /** Salesforce has the note. */
    WRITTEN,
    /** Merge refused it for good; {@link #problems()} says why. */
    REJECTED,
    /**
     * Never sent, for good: the contact's Salesforce record is gone; {@link #problems()} says so.
     * No call was made ({@link #attempts()} is 0).
     */
    SKIPPED
  }

  public abstract String activityId();

  public abstract long version();

  public abstract ActivityType type();

  public abstract State state();

  public abstract String idempotencyKey();

  /** The reference written into the note's body. */
  public abstract String reference();

  /** The title sent; a retry sends exactly this again. */
  public abstract String title();

  /**
   * The body sent; a retry sends exactly this again, so the same idempotency key never travels with
   * another body (which Merge would refuse), whatever changed in formatting since.
   */
  public abstract String body();

  /** The note this entry sent, as it was sent. */
  NoteContent content() {
    return NoteContent.builder()
        .title(title())
        .body(body())
        .reference(reference())
        .idempotencyKey(idempotencyKey())
        .build();
  }

  public abstract String mergeContactId();

  /** Merge's id of the note, once written. */
  public abstract Optional<String> noteId();

  /** Calls made for this version so far. */
  public abstract int attempts();

  /** Merge's problems (rejected) or the last failure (sending). */
  public abstract List<String> problems();

  public abstract Instant updatedAt();

  /**
   * Builds a {@link LedgerEntry}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableLedgerEntry.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
