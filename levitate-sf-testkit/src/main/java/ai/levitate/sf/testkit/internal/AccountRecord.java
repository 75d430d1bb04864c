package ai.levitate.sf.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * One stored Salesforce Account (Merge's CRM Account), with Merge's timestamps in microseconds and
 * its remote field values ({@code Type}, {@code IsPersonAccount}, ...) by Salesforce API name, in
 * the types {@link ContactRecord} uses. An account loaded from a fixture keeps the fixture's JSON
 * as {@link #raw()}, served as given; the other components are read from it for Merge's filters and
 * the data set's views, and its changes edit a copy of it ({@link RawAccounts}).
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
    Map<String, Object> fields,
    ObjectNode raw) {

  public AccountRecord {
    fields = Map.copyOf(fields);
  }

  /** An account the fake renders from its components. */
  public AccountRecord(
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
    this(
        id,
        remoteId,
        name,
        ownerId,
        industry,
        website,
        numberOfEmployees,
        description,
        createdMicros,
        modifiedMicros,
        remoteCreatedMicros,
        deleted,
        fields,
        null);
  }

  /** The value of a remote field, or null. */
  public Object field(String apiName) {
    return fields.get(apiName);
  }

  /** Renamed at {@code modified}; a fixture's JSON is edited in a copy. */
  public AccountRecord withName(String newName, long modified) {
    return copy(
        newName,
        modified,
        deleted,
        fields,
        raw == null ? null : RawJson.renamed(raw, newName, modified));
  }

  public AccountRecord withFields(Map<String, Object> newFields, long modified) {
    return copy(name, modified, deleted, newFields, raw);
  }

  public AccountRecord withDeleted(boolean newDeleted, long modified) {
    return copy(name, modified, newDeleted, fields, raw);
  }

  /** This account with what an edit changes; ids, owner and the other components stay. */
  private AccountRecord copy(
      String newName,
      long modified,
      boolean newDeleted,
      Map<String, Object> newFields,
      ObjectNode newRaw) {
    return new AccountRecord(
        id,
        remoteId,
        newName,
        ownerId,
        industry,
        website,
        numberOfEmployees,
        description,
        createdMicros,
        modified,
        remoteCreatedMicros,
        newDeleted,
        newFields,
        newRaw);
  }
}
