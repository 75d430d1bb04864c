package ai.levitate.sf.core.spi;

/**
 * Who set a contact's status last. The sync changes only a status it set itself: a contact a person
 * archived (or restored) in Levitate keeps that status until a person changes it again.
 */
public enum StatusSetBy {
  SYNC,
  PERSON
}
