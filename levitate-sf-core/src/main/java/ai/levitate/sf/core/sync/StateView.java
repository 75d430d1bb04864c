package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.ContactSink;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncStore;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The sync state as a run sees it: the host's store and sink for a real run, or the store with the
 * run's own writes laid over it for a dry run.
 */
interface StateView {
  RunState runState();

  Map<String, ContactState> contacts(Collection<String> salesforceIds);

  List<ContactState> contacts(ContactStateQuery query);

  long count(ContactStateQuery query);

  List<HeldChange> heldChanges(HeldChangeQuery query);

  void commit(SyncBatch batch);

  /** The host's store, written through its sink. */
  static StateView of(SyncStore store, ContactSink sink) {
    return new StateView() {
      @Override
      public RunState runState() {
        return store.runState();
      }

      @Override
      public Map<String, ContactState> contacts(Collection<String> salesforceIds) {
        return salesforceIds.isEmpty() ? Map.of() : store.contacts(salesforceIds);
      }

      @Override
      public List<ContactState> contacts(ContactStateQuery query) {
        return store.contacts(query);
      }

      @Override
      public long count(ContactStateQuery query) {
        return store.count(query);
      }

      @Override
      public List<HeldChange> heldChanges(HeldChangeQuery query) {
        return store.heldChanges(query);
      }

      @Override
      public void commit(SyncBatch batch) {
        sink.commit(batch);
      }
    };
  }
}
