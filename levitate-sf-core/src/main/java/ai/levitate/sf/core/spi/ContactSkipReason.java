package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.ContactProblem;

/** Why a contact a run read emitted nothing, for counting skipped contacts by reason. */
public enum ContactSkipReason {
  /** The record has no Salesforce id. */
  MISSING_SALESFORCE_ID,
  /**
   * The deceased or email opt-out indicator of a contact seen for the first time holds a value that
   * cannot be read: guessing would be unsafe, so it is not created until the value can be read. Any
   * other unreadable value is left out and the contact syncs (see {@link
   * RunCounts#fieldProblems()}).
   */
  INVALID_FIELD_VALUE,
  /** Merge sent JSON for the record that could not be read. */
  UNREADABLE_RECORD,
  /** Merge sent a shell record with no data; what Levitate holds is kept. */
  SHELL_RECORD,
  /** The same contact arrived twice in one page; the first was kept. */
  DUPLICATE_RECORD,
  /** A person set the contact's status in Levitate; the sync leaves the contact alone. */
  STATUS_SET_BY_PERSON,
  /**
   * The first time the sync saw the contact it was already deleted in Salesforce or deceased: the
   * sync never creates a contact only to hide it.
   */
  INACTIVE_WHEN_FIRST_SEEN;

  /** The skip reason of a contact the transform or the source rejected. */
  public static ContactSkipReason of(ContactProblem.Kind kind) {
    return valueOf(kind.name());
  }
}
