package ai.levitate.sf.reliability;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.writeback.LedgerEntry;
import ai.levitate.sf.testkit.InMemorySyncStore.HostContact;
import ai.levitate.sf.testkit.StoredNote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where an account ends: everything the host holds (change log, contact states, held changes, the
 * contacts in Levitate, run state), the notes Merge stored and how the ledger records each
 * activity. Two ends are compared field by field, and the differences that break the promise to an
 * admin are counted apart: contacts lost, contacts archived that should not be, notes written
 * twice.
 */
record End(
    List<ContactChange> changes,
    List<ContactState> states,
    List<HeldChange> held,
    Map<String, HostContact> levitate,
    RunState runState,
    List<Note> notes,
    Map<String, LedgerEntry.State> ledger) {

  /** A stored note without its ids, which depend on the order notes were written in. */
  record Note(
      Optional<String> contactId,
      Optional<String> ownerId,
      Optional<String> title,
      Optional<String> content) {}

  static End of(Org org) {
    List<Note> notes = new ArrayList<>();
    for (StoredNote n : org.linked.notes()) {
      notes.add(new Note(n.contactId(), n.ownerId(), n.title(), n.content()));
    }
    notes.sort((a, b) -> a.toString().compareTo(b.toString()));
    Map<String, LedgerEntry.State> ledger = new TreeMap<>();
    org.ledger.entries().forEach(e -> ledger.put(e.activityId() + " v" + e.version(), e.state()));
    return new End(
        org.store.changes(),
        org.store.states(),
        org.store.held(),
        org.store.levitateContacts(),
        org.store.runState(),
        List.copyOf(notes),
        ledger);
  }

  /** Contacts Levitate holds at {@code expected}'s end that it does not hold here. */
  long lost(End expected) {
    return expected.levitate.keySet().stream().filter(id -> !levitate.containsKey(id)).count();
  }

  /** Contacts archived or removed here that are active (or absent) at {@code expected}'s end. */
  long wronglyArchived(End expected) {
    return levitate.entrySet().stream()
        .filter(e -> e.getValue().status() != ContactStatus.ACTIVE)
        .filter(
            e -> {
              HostContact other = expected.levitate.get(e.getKey());
              return other == null || other.status() == ContactStatus.ACTIVE;
            })
        .count();
  }

  /** Notes stored more than once: the same note text on the same contact. */
  long duplicateNotes() {
    Map<Note, Integer> counts = new HashMap<>();
    notes.forEach(n -> counts.merge(n, 1, Integer::sum));
    return counts.values().stream().mapToLong(c -> c - 1).sum();
  }

  /** The parts that differ from {@code expected}; empty when the ends are the same. */
  List<String> differences(End expected) {
    List<String> parts = new ArrayList<>();
    if (!changes.equals(expected.changes)) {
      parts.add("changes (" + changes.size() + " vs " + expected.changes.size() + ")");
    }
    if (!states.equals(expected.states)) {
      parts.add("states");
    }
    if (!held.equals(expected.held)) {
      parts.add("held (" + held.size() + " vs " + expected.held.size() + ")");
    }
    if (!levitate.equals(expected.levitate)) {
      parts.add("levitate");
    }
    if (!runState.equals(expected.runState)) {
      parts.add("runState " + runState + " vs " + expected.runState);
    }
    if (!notes.equals(expected.notes)) {
      parts.add("notes (" + notes.size() + " vs " + expected.notes.size() + ")");
    }
    if (!ledger.equals(expected.ledger)) {
      parts.add("ledger " + ledger + " vs " + expected.ledger);
    }
    return parts;
  }
}
