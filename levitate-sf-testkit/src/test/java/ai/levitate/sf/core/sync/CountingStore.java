package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncStore;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A host whose storage lives outside this heap (a database, in production): it keeps the run state
 * and counts what it was sent, so a memory test weighs the engine alone. It knows no contact
 * states, which is the truth before an account's first sync.
 */
final class CountingStore implements SyncStore {
  private RunState runState = RunState.initial();
  final Map<ChangeType, Long> changes = new EnumMap<>(ChangeType.class);
  long states;
  long batches;
  long lastPosition = -1;
  boolean gapless = true;

  @Override
  public RunState runState() {
    return runState;
  }

  @Override
  public Map<String, ContactState> contacts(Collection<String> salesforceIds) {
    return Map.of();
  }

  @Override
  public List<ContactState> contacts(ContactStateQuery query) {
    return List.of();
  }

  @Override
  public long count(ContactStateQuery query) {
    return 0;
  }

  @Override
  public List<HeldChange> heldChanges(HeldChangeQuery query) {
    return List.of();
  }

  @Override
  public void commit(SyncBatch batch) {
    batches++;
    for (ContactChange change : batch.changes()) {
      changes.merge(change.type(), 1L, Long::sum);
      gapless &= change.position() == lastPosition + 1;
      lastPosition = change.position();
    }
    states += batch.states().size();
    runState = batch.runState();
  }
}
