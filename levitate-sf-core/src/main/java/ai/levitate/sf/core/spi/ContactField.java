package ai.levitate.sf.core.spi;

/** The parts of a Levitate contact an {@link ChangeType#UPDATE} can change, in a stable order. */
public enum ContactField {
  MERGE_ID,
  FIRST_NAME,
  LAST_NAME,
  NICKNAME,
  GREETING_NAME,
  JOB_TITLE,
  COMPANY_NAME,
  ADDRESS,
  PHONES,
  EMAILS,
  KEY_FACTS,
  TAGS,
  OWNER,
  STATUS
}
