package ai.levitate.sf.core.spi;

/** What a {@link ContactChange} asks the host to do with one Levitate contact. */
public enum ChangeType {
  /** A contact the sync has not written before: add it. */
  CREATE,
  /**
   * Fields of a contact the sync wrote before changed; {@link ContactChange#changedFields()} says
   * which.
   */
  UPDATE,
  /**
   * Hide the contact and keep it (deleted in Salesforce, deceased, or no longer returned by Merge).
   */
  ARCHIVE,
  /** Bring back a contact the sync archived or removed, because its reason cleared. */
  RESTORE,
  /** Take the contact out of Levitate (the deceased action {@code REMOVE}). */
  REMOVE
}
