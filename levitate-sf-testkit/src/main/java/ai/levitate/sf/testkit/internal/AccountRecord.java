package ai.levitate.sf.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One stored Salesforce Account (Merge's CRM Account), with Merge's timestamps in microseconds. An
 * account loaded from a fixture keeps the fixture's JSON as {@link #raw()}, served as given; the
 * other components are read from it for Merge's filters.
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
    ObjectNode raw) {

  /** An account the fake renders from its components. */
  public AccountRecord(String id, String remoteId, String name, String ownerId, String industry,
      String website, Integer numberOfEmployees, String description, long createdMicros,
      long modifiedMicros, long remoteCreatedMicros, boolean deleted) {
    this(id, remoteId, name, ownerId, industry, website, numberOfEmployees, description,
        createdMicros, modifiedMicros, remoteCreatedMicros, deleted, null);
  }

  /** Renamed at {@code modified}; a fixture's JSON is edited in a copy. */
  public AccountRecord withName(String newName, long modified) {
    return new AccountRecord(id, remoteId, newName, ownerId, industry, website, numberOfEmployees,
        description, createdMicros, modified, remoteCreatedMicros, deleted,
        raw == null ? null : RawJson.renamed(raw, newName, modified));
  }
}
