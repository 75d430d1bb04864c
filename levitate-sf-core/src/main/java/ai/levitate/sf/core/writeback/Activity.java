package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.model.ActivityType;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a Levitate user did with a contact that may be written back to Salesforce as a note.
 * One subclass per {@link ActivityType}; the host hands them over through its activity source.
 *
 * <p>{@link #id()} and {@link #version()} identify what is written: the same id and version are
 * written once, whatever happens; a new version of an edited activity is a new note.
 */
public abstract class Activity {
  /** The host's stable id of the activity. */
  public abstract String id();

  /** Bumped by the host when the activity changes; starts at 1. */
  @Value.Default
  public long version() {
    return 1;
  }

  /** The Levitate contact it belongs to. */
  public abstract String levitateContactId();

  /** The Salesforce id of that contact; empty for a contact that did not come from Salesforce. */
  public abstract Optional<String> salesforceContactId();

  /** The Levitate user who did it; notes are owned by the Salesforce user mapped to them. */
  public abstract Optional<String> levitateUserId();

  public abstract ActivityType type();

  @Value.Check
  protected void checkActivity() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("activity id must not be blank");
    }
    if (version() < 1) {
      throw new IllegalArgumentException("activity version must be at least 1, was " + version());
    }
    if (levitateContactId().isBlank()) {
      throw new IllegalArgumentException("levitateContactId must not be blank");
    }
  }
}
