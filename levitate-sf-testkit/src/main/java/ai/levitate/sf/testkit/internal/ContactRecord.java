package ai.levitate.sf.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.Objects;

/**
 * One stored contact, kept small: ids, Merge's timestamps as epoch microseconds, the Merge ids of
 * its account and owner, and its Salesforce field values as one array in {@link FieldSchema} order
 * (strings, booleans, {@code LocalDate}, {@code Instant}, {@code BigDecimal}; a multipicklist as
 * one {@code ;}-separated string, as Salesforce stores it). JSON is written from it per request.
 *
 * <p>A contact loaded from a fixture keeps the fixture's JSON as {@link #raw()} instead, served as
 * given ({@link RawContacts}); its values array is empty and its timestamps and links are read from
 * that JSON for Merge's filters.
 *
 * <p>Never mutated, nor is its raw JSON: a change makes a new record, so a page being written is
 * never torn.
 */
public record ContactRecord(
    String id,
    String remoteId,
    long createdMicros,
    long modifiedMicros,
    long remoteCreatedMicros,
    String accountId,
    String ownerId,
    boolean deleted,
    boolean shell,
    Object[] values,
    ObjectNode raw) {

  /** A contact the fake renders from its values. */
  public ContactRecord(
      String id,
      String remoteId,
      long createdMicros,
      long modifiedMicros,
      long remoteCreatedMicros,
      String accountId,
      String ownerId,
      boolean deleted,
      boolean shell,
      Object[] values) {
    this(
        id,
        remoteId,
        createdMicros,
        modifiedMicros,
        remoteCreatedMicros,
        accountId,
        ownerId,
        deleted,
        shell,
        values,
        null);
  }

  /** The value at {@code index}, or null. */
  public Object value(int index) {
    return index < 0 || index >= values.length ? null : values[index];
  }

  public ContactRecord withValues(Object[] newValues, long modified) {
    return copy(modified, accountId, ownerId, deleted, newValues);
  }

  public ContactRecord withLinks(String newAccountId, String newOwnerId, long modified) {
    return copy(modified, newAccountId, newOwnerId, deleted, values);
  }

  public ContactRecord withDeleted(boolean newDeleted, long modified) {
    return copy(modified, accountId, ownerId, newDeleted, values);
  }

  /** This contact with what an edit changes; ids, creation times, shell and raw JSON stay. */
  private ContactRecord copy(
      long modified,
      String newAccountId,
      String newOwnerId,
      boolean newDeleted,
      Object[] newValues) {
    return new ContactRecord(
        id,
        remoteId,
        createdMicros,
        modified,
        remoteCreatedMicros,
        newAccountId,
        newOwnerId,
        newDeleted,
        shell,
        newValues,
        raw);
  }

  public Object[] copyOfValues() {
    return Arrays.copyOf(values, values.length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ContactRecord that
        && id.equals(that.id)
        && Objects.equals(remoteId, that.remoteId)
        && createdMicros == that.createdMicros
        && modifiedMicros == that.modifiedMicros
        && remoteCreatedMicros == that.remoteCreatedMicros
        && Objects.equals(accountId, that.accountId)
        && Objects.equals(ownerId, that.ownerId)
        && deleted == that.deleted
        && shell == that.shell
        && Arrays.equals(values, that.values)
        && Objects.equals(raw, that.raw);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + Long.hashCode(modifiedMicros);
  }

  @Override
  public String toString() {
    return "ContactRecord{id=" + id + ", remoteId=" + remoteId + "}";
  }
}
