package ai.levitate.sf.core.spi;

import java.util.Optional;

/**
 * What the write-back needs to know of synced contacts: Merge's id, and whether the sync archived
 * or removed the contact. Typically answered from the sync state.
 */
@FunctionalInterface
public interface ContactDirectory {
  /** The synced contact with this Salesforce id, if the sync knows it. */
  Optional<SyncedContact> find(String salesforceContactId);

  /** A contact as the sync last wrote it. */
  record SyncedContact(String mergeId, boolean archivedBySync) {
    public SyncedContact {
      java.util.Objects.requireNonNull(mergeId, "mergeId == null");
    }
  }

  /** A directory that knows no contact; the engine then asks Merge by Salesforce id. */
  static ContactDirectory empty() {
    return salesforceId -> Optional.empty();
  }
}
