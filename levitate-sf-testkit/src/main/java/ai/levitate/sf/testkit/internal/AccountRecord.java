package ai.levitate.sf.testkit.internal;

/** One stored Salesforce Account (Merge's CRM Account), with Merge's timestamps in microseconds. */
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
    boolean deleted) {

  public AccountRecord withName(String newName, long modified) {
    return new AccountRecord(id, remoteId, newName, ownerId, industry, website, numberOfEmployees,
        description, createdMicros, modified, remoteCreatedMicros, deleted);
  }
}
