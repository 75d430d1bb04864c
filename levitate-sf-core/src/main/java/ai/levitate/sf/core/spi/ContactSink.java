package ai.levitate.sf.core.spi;

/**
 * Where the sync's changes go: the host applies a page's contact changes to Levitate and stores the
 * new contact states, held changes and run state, all in one transaction.
 *
 * <pre>{@code
 * public void commit(SyncBatch batch) {
 *   try (Transaction tx = db.begin()) {
 *     long newest = runTable.selectNewestTokenForUpdate();
 *     if (batch.fencingToken() < newest) throw new LevitateSfException("a newer lease exists");
 *     runTable.updateNewestToken(batch.fencingToken());
 *     // lock the rows, then refuse a stale batch before touching anything
 *     Map<String, ContactState> stored = stateTable.selectForUpdate(ids(batch.states()));
 *     List<String> changed = batch.states().stream()
 *         .filter(s -> !s.follows(Optional.ofNullable(stored.get(s.salesforceId()))))
 *         .map(ContactState::salesforceId).toList();
 *     if (!changed.isEmpty()) throw new StateConflictException("changed meanwhile", changed);
 *     Map<String, ShownTags> before = levitate.shownTags(ids(batch.changes()));
 *     for (ContactChange change : batch.changes()) levitate.apply(change);
 *     stateTable.upsert(batch.statesAfter(before));   // a tag a person had first stays theirs
 *     heldTable.upsert(batch.heldAdded());
 *     heldTable.delete(batch.heldRemoved());
 *     runTable.replace(batch.runState());
 *     tx.commit();
 *   }
 * }
 * }</pre>
 *
 * <p>A sink MUST refuse a batch whose {@link SyncBatch#fencingToken()} is lower than the highest it
 * committed, storing nothing: the lease check (made before a commit once a third of the lease has
 * passed since the last renewal) cannot stop a worker that paused after it while another took the
 * lease over; the token can.
 *
 * <p>A sink stores {@link SyncBatch#statesAfter(java.util.Map)}, given what the changed contacts
 * showed before it applied the changes, so a tag or key fact a person added by hand that a change
 * also adds stays the person's; storing {@link SyncBatch#states()} as they are makes the sync take
 * it over.
 *
 * <p>A sink MUST store each of the batch's states only in place of the version it follows ({@link
 * ContactState#version()}), checked in the same transaction as the writes: a person's decision
 * recorded after the engine read a contact (its state then has a newer version) must never be
 * overwritten by the engine's. On a mismatch it throws {@link StateConflictException} and stores
 * nothing; the engine reads the states again and decides that page afresh.
 *
 * <p>If the commit throws, nothing of the batch may be stored; the engine stops (or, on a state
 * conflict, retries the page) and the next run resumes from the previous checkpoint.
 */
public interface ContactSink {
  void commit(SyncBatch batch);
}
