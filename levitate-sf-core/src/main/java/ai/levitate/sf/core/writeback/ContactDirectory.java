package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.spi.SyncStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the write-back needs to know of synced contacts: Merge's id, and whether the contact's
 * Salesforce record is gone. Typically answered from the sync state.
 */
@FunctionalInterface
public interface ContactDirectory {
  /** The synced contact with this Salesforce id, if the sync knows it. */
  Optional<SyncedContact> find(String salesforceContactId);

  /**
   * A contact as the sync last wrote it.
   *
   * @param salesforceRecordGone whether the sync archived the contact because its Salesforce record
   *     is gone (deleted, or no longer returned by Merge): a note has nothing to attach to. A
   *     contact archived as deceased still has its record, and gets its notes.
   */
  record SyncedContact(String mergeId, boolean salesforceRecordGone) {
    public SyncedContact {
      Objects.requireNonNull(mergeId, "mergeId == null");
    }
  }

  /**
   * The directory the sync state makes: a contact the sync archived as deleted in Salesforce or
   * missing from Merge has its record gone.
   */
  static ContactDirectory of(SyncStore store) {
    Objects.requireNonNull(store, "store == null");
    return salesforceId ->
        Optional.ofNullable(store.contacts(List.of(salesforceId)).get(salesforceId))
            .map(
                state ->
                    new SyncedContact(
                        state.mergeId(),
                        state.status() != ContactStatus.ACTIVE
                            && state.statusSetBy() == StatusSetBy.SYNC
                            && state.statusReason().filter(ContactDirectory::gone).isPresent()));
  }

  private static boolean gone(StatusReason reason) {
    return reason == StatusReason.DELETED_IN_SALESFORCE
        || reason == StatusReason.MISSING_FROM_SOURCE;
  }

  /** A directory that knows no contact; the engine then asks Merge by Salesforce id. */
  static ContactDirectory empty() {
    return salesforceId -> Optional.empty();
  }
}
