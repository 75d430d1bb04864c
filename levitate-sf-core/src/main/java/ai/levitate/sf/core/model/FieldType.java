package ai.levitate.sf.core.model;

/** The type of a Salesforce Contact field, as far as levitate-sf needs to tell them apart. */
public enum FieldType {
  STRING,
  TEXTAREA,
  PICKLIST,
  MULTIPICKLIST,
  CHECKBOX,
  DATE,
  DATETIME,
  EMAIL,
  PHONE,
  NUMBER,
  REFERENCE,
  OTHER
}
