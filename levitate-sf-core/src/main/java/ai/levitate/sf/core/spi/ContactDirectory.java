package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.ContactStatus;
import java.util.List;
import java.util.Objects;
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
      Objects.requireNonNull(mergeId, "mergeId == null");
    }
  }

  /**
   * The directory the sync state makes: a contact the sync archived or removed (not a person) counts
   * as archived by the sync.
   */
  static ContactDirectory of(SyncStore store) {
    Objects.requireNonNull(store, "store == null");
    return salesforceId -> Optional.ofNullable(store.contacts(List.of(salesforceId)).get(salesforceId))
        .map(state -> new SyncedContact(state.mergeId(),
            state.status() != ContactStatus.ACTIVE
                && state.statusSetBy() == StatusSetBy.SYNC));
  }

  /** A directory that knows no contact; the engine then asks Merge by Salesforce id. */
  static ContactDirectory empty() {
    return salesforceId -> Optional.empty();
  }
}
