package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The store as a dry run sees it: what the run would have written laid over what the host holds, so
 * the run's later pages decide exactly as a real run's would. Nothing reaches the host.
 *
 * <p>Memory grows with what the run would change: the changes themselves, the states that differ,
 * and the ids of contacts it only read. Queries are answered from the store and then filtered
 * through the overlay; the engine's queries can only lose matches through its own writes (a read
 * contact is no longer unseen), which the filter sees.
 */
final class DryRunView implements StateView {
  private final SyncStore store;
  private final Map<String, ContactState> overlay = new HashMap<>();
  private final NavigableMap<String, ContactState> created = new TreeMap<>();
  private final Set<String> seenOnly = new HashSet<>();
  private long seenRun;
  private final Map<String, ContactState> raw = new HashMap<>();
  private final NavigableMap<String, HeldChange> held = new TreeMap<>();
  private final Set<String> heldDeleted = new HashSet<>();
  private final List<ContactChange> changes = new ArrayList<>();
  private RunState runState;

  DryRunView(SyncStore store) {
    this.store = store;
  }

  List<ContactChange> changes() {
    return List.copyOf(changes);
  }

  List<HeldChange> held(long run) {
    return held.values().stream().filter(h -> h.heldInRun() == run).toList();
  }

  @Override
  public RunState runState() {
    return runState != null ? runState : store.runState();
  }

  @Override
  public Map<String, ContactState> contacts(Collection<String> salesforceIds) {
    Map<String, ContactState> stored =
        salesforceIds.isEmpty() ? Map.of() : store.contacts(salesforceIds);
    Map<String, ContactState> result = new HashMap<>();
    for (String id : salesforceIds) {
      ContactState state = stored.get(id);
      if (state != null) {
        raw.put(id, state);
      }
      ContactState seen = state == null ? created.get(id) : overlaid(state);
      if (seen != null) {
        result.put(id, seen);
      }
    }
    return result;
  }

  @Override
  public List<ContactState> contacts(ContactStateQuery query) {
    return contacts(query, true);
  }

  /**
   * @param remember whether to keep the stored states for the next commit's comparison
   */
  private List<ContactState> contacts(ContactStateQuery query, boolean remember) {
    return merge(
        after -> store.contacts(ContactStateQuery.builder().from(query).after(after).build()),
        query.after(),
        query.limit(),
        ContactState::salesforceId,
        state -> {
          if (remember) {
            raw.put(state.salesforceId(), state);
          }
          return overlaid(state);
        },
        query::matches,
        created);
  }

  /** Counted page by page through the overlay; a dry run's counts cost store reads, not memory. */
  @Override
  public long count(ContactStateQuery query) {
    long count = 0;
    Optional<String> after = Optional.empty();
    while (true) {
      List<ContactState> page =
          contacts(ContactStateQuery.builder().from(query).after(after).limit(500).build(), false);
      if (page.isEmpty()) {
        return count;
      }
      count += page.size();
      after = Optional.of(page.get(page.size() - 1).salesforceId());
    }
  }

  @Override
  public List<HeldChange> heldChanges(HeldChangeQuery query) {
    return merge(
        after -> store.heldChanges(HeldChangeQuery.builder().from(query).after(after).build()),
        query.after(),
        query.limit(),
        HeldChange::salesforceId,
        change ->
            heldDeleted.contains(change.salesforceId()) || held.containsKey(change.salesforceId())
                ? null
                : change,
        query::matches,
        held);
  }

  @Override
  public void commit(SyncBatch batch) {
    for (ContactState state : batch.states()) {
      String id = state.salesforceId();
      ContactState before = raw.get(id);
      if (before == null) {
        created.put(id, state);
      } else if (state.equals(
          ContactState.builder()
              .from(before)
              .lastSeenRun(state.lastSeenRun())
              .version(state.version())
              .build())) {
        overlay.remove(id);
        seenOnly.add(id);
        seenRun = state.lastSeenRun();
      } else {
        seenOnly.remove(id);
        overlay.put(id, state);
      }
    }
    for (HeldChange change : batch.heldAdded()) {
      held.put(change.salesforceId(), change);
      heldDeleted.remove(change.salesforceId());
    }
    for (String id : batch.heldRemoved()) {
      held.remove(id);
      heldDeleted.add(id);
    }
    changes.addAll(batch.changes());
    runState = batch.runState();
    raw.clear();
  }

  private ContactState overlaid(ContactState stored) {
    String id = stored.salesforceId();
    ContactState written = overlay.get(id);
    if (written != null) {
      return written;
    }
    return seenOnly.contains(id)
        ? ContactState.builder()
            .from(stored)
            .lastSeenRun(seenRun)
            .version(stored.version() + 1)
            .build()
        : stored;
  }

  /**
   * A page of the store's items (each passed through {@code overlay}, which may drop it) merged
   * with the overlay's own items, in id order. Overlay items are taken only up to the last store
   * item read, so paging with {@code after} stays in order.
   */
  private static <T> List<T> merge(
      Function<Optional<String>, List<T>> storePage,
      Optional<String> after,
      int limit,
      Function<T, String> id,
      UnaryOperator<T> overlay,
      Predicate<T> matches,
      NavigableMap<String, T> own) {
    TreeMap<String, T> out = new TreeMap<>();
    Optional<String> cursor = after;
    boolean storeDone = false;
    while (out.size() < limit && !storeDone) {
      List<T> page = storePage.apply(cursor);
      for (T item : page) {
        T seen = overlay.apply(item);
        if (seen != null && matches.test(seen)) {
          out.put(id.apply(seen), seen);
        }
      }
      storeDone = page.size() < limit;
      if (!page.isEmpty()) {
        cursor = Optional.of(id.apply(page.get(page.size() - 1)));
      }
    }
    NavigableMap<String, T> tail = after.isPresent() ? own.tailMap(after.get(), false) : own;
    if (!storeDone && cursor.isPresent()) {
      tail = tail.headMap(cursor.get(), true);
    }
    for (T item : tail.values()) {
      if (matches.test(item)) {
        out.put(id.apply(item), item);
      }
    }
    List<T> result = new ArrayList<>(out.values());
    return result.size() > limit ? List.copyOf(result.subList(0, limit)) : result;
  }
}
