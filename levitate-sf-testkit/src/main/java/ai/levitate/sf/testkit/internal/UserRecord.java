package ai.levitate.sf.testkit.internal;

/** One stored Salesforce User (Merge's CRM User), with Merge's timestamps in microseconds. */
public record UserRecord(
    String id,
    String remoteId,
    String name,
    String email,
    boolean active,
    long createdMicros,
    long modifiedMicros,
    boolean deleted) {

  public UserRecord withName(String newName, long modified) {
    return new UserRecord(id, remoteId, newName, email, active, createdMicros, modified, deleted);
  }
}
