package ai.levitate.sf.core.writeback;

/** Why an activity was not written back in a run. */
public enum ActivitySkipReason {
  /** The account did not enable write-back for the activity's type. */
  TYPE_DISABLED,
  /** The contact did not come from Salesforce. */
  NOT_FROM_SALESFORCE,
  /**
   * The contact's Salesforce record is gone (deleted, or no longer returned by Merge): recorded in
   * the ledger, so later runs skip the activity without looking again. A contact archived as
   * deceased keeps its record and gets its notes.
   */
  CONTACT_GONE,
  /** Neither the sync nor Merge knows the contact yet; tried again on a later run. */
  CONTACT_NOT_FOUND,
  /** An earlier run recorded that Merge refused this activity version for good. */
  ALREADY_REJECTED
}
