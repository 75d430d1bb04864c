package ai.levitate.sf.core.model;

/** Whether a contact is in use in Levitate. */
public enum ContactStatus {
  ACTIVE,
  /** Hidden in Levitate and kept; restored when its reason clears. */
  ARCHIVED,
  /** Taken out of Levitate (the deceased action {@code REMOVE}). */
  REMOVED
}
