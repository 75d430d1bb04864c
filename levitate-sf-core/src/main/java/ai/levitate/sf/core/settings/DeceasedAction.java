package ai.levitate.sf.core.settings;

/** What the sync does with a contact whose deceased indicator is set. */
public enum DeceasedAction {
  /** Archive the contact: kept in Levitate, hidden, restored if the indicator clears. */
  ARCHIVE,
  /** Remove the contact from Levitate. */
  REMOVE
}
