package ai.levitate.sf.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One stored Salesforce User (Merge's CRM User), with Merge's timestamps in microseconds. A user
 * loaded from a fixture keeps the fixture's JSON as {@link #raw()}, served as given.
 */
public record UserRecord(
    String id,
    String remoteId,
    String name,
    String email,
    boolean active,
    long createdMicros,
    long modifiedMicros,
    boolean deleted,
    ObjectNode raw) {

  /** A user the fake renders from its components. */
  public UserRecord(
      String id,
      String remoteId,
      String name,
      String email,
      boolean active,
      long createdMicros,
      long modifiedMicros,
      boolean deleted) {
    this(id, remoteId, name, email, active, createdMicros, modifiedMicros, deleted, null);
  }

  /** Renamed at {@code modified}; a fixture's JSON is edited in a copy. */
  public UserRecord withName(String newName, long modified) {
    return new UserRecord(
        id,
        remoteId,
        newName,
        email,
        active,
        createdMicros,
        modified,
        deleted,
        raw == null ? null : RawJson.renamed(raw, newName, modified));
  }
}
