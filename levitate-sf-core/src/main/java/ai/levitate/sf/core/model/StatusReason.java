package ai.levitate.sf.core.model;

/** Why the sync set a contact's status to archived or removed. */
public enum StatusReason {
  /** The deceased indicator is set. */
  DECEASED,
  /** Salesforce deleted the contact (Merge's {@code remote_was_deleted}). */
  DELETED_IN_SALESFORCE,
  /**
   * Merge no longer returns the contact at all (purged from Salesforce's recycle bin, merged into
   * another contact, or hidden from the connected user); only a full reconciliation notices.
   */
  MISSING_FROM_SOURCE
}
