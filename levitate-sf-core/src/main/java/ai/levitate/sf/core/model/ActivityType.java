package ai.levitate.sf.core.model;

/** The kinds of Levitate activity that can be written back to Salesforce as notes. */
public enum ActivityType {
  NOTE,
  EMAIL,
  PHONE_CALL,
  HANDWRITTEN_CARD,
  TEXT_MESSAGE
}
