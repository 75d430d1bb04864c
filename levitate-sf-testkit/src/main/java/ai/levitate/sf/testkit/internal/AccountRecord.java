package ai.levitate.sf.testkit.internal;

import java.util.Map;

/**
 * One stored Salesforce Account (Merge's CRM Account), with Merge's timestamps in microseconds and
 * its remote field values ({@code Type}, {@code IsPersonAccount}, ...) by Salesforce API name, in
 * the types {@link ContactRecord} uses.
 */
public record AccountRecord(
    String id,
    String remoteId,
    String name,
    String ownerId,
    String industry,
    String website,
    Integer numberOfEmployees,
    String description,
    long createdMicros,
    long modifiedMicros,
    long remoteCreatedMicros,
    boolean deleted,
    Map<String, Object> fields) {

  public AccountRecord {
    fields = Map.copyOf(fields);
  }

  /** The value of a remote field, or null. */
  public Object field(String apiName) {
    return fields.get(apiName);
  }

  public AccountRecord withName(String newName, long modified) {
    return new AccountRecord(id, remoteId, newName, ownerId, industry, website, numberOfEmployees,
        description, createdMicros, modified, remoteCreatedMicros, deleted, fields);
  }

  public AccountRecord withFields(Map<String, Object> newFields, long modified) {
    return new AccountRecord(id, remoteId, name, ownerId, industry, website, numberOfEmployees,
        description, createdMicros, modified, remoteCreatedMicros, deleted, newFields);
  }

  public AccountRecord withDeleted(boolean newDeleted, long modified) {
    return new AccountRecord(id, remoteId, name, ownerId, industry, website, numberOfEmployees,
        description, createdMicros, modified, remoteCreatedMicros, newDeleted, fields);
  }
}
