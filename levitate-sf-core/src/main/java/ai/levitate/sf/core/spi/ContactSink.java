package ai.levitate.sf.core.spi;

/**
 * Where the sync's changes go: the host applies a page's contact changes to Levitate and stores the
 * new contact states, held changes and run state, all in one transaction.
 *
 * <pre>{@code
 * public void commit(SyncBatch batch) {
 *   try (Transaction tx = db.begin()) {
 *     for (ContactChange change : batch.changes()) levitate.apply(change);
 *     stateTable.upsert(batch.states());
 *     heldTable.upsert(batch.heldAdded());
 *     heldTable.delete(batch.heldRemoved());
 *     runTable.replace(batch.runState());
 *     tx.commit();
 *   }
 * }
 * }</pre>
 *
 * <p>If the commit throws, nothing of the batch may be stored; the engine stops and the next run
 * resumes from the previous checkpoint.
 */
public interface ContactSink {
  void commit(SyncBatch batch);
}
