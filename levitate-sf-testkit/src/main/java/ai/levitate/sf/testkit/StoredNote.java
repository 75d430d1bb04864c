package ai.levitate.sf.testkit;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A note the fake server stored from a {@code POST /notes}, as Merge would hold it. */
@Value.Immutable
public abstract class StoredNote {
  StoredNote() {}

  /** Merge's id of the note. */
  public abstract String id();

  /** The Salesforce Note id the fake made up. */
  public abstract String remoteId();

  /**
   * Merge's id of the contact the note is on (Merge links notes by its own ids, not Salesforce's).
   */
  public abstract Optional<String> contactId();

  /** Merge's id of the account, when the note named one. */
  public abstract Optional<String> accountId();

  /** Merge's id of the user who owns the note. */
  public abstract Optional<String> ownerId();

  /**
   * The note's body as written (the write-back's body ends with its reference, {@code ref
   * LEV-...}).
   */
  public abstract Optional<String> content();

  /** {@code integration_params.title}, which Salesforce requires. */
  public abstract Optional<String> title();

  public abstract Instant createdAt();

  /**
   * Builds a {@link StoredNote}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableStoredNote.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
