package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.spi.SyncBatch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one page changes, collected decision by decision until it is committed as one {@link
 * SyncBatch}. Changes get their positions here, in the order they are decided.
 */
final class PageWork {
  private final String runId;
  private final long run;
  private long nextPosition;
  private final Counter counter;

  /** The states as read from the store when the page began: each write follows their version. */
  private final Map<String, ContactState> stored;

  private final Map<String, ContactState> current;
  private final List<ContactChange> changes = new ArrayList<>();
  private final Map<String, ContactState> states = new LinkedHashMap<>();
  private final Map<String, HeldChange> heldAdded = new LinkedHashMap<>();
  private final Set<String> heldRemoved = new LinkedHashSet<>();
  private final List<ContactProblem> problems = new ArrayList<>();
  private final List<ContactProblem> unreadable = new ArrayList<>();
  private final List<FieldProblem> fieldProblems = new ArrayList<>();

  PageWork(
      String runId,
      long run,
      long firstPosition,
      Counter counter,
      Map<String, ContactState> previous) {
    this.runId = runId;
    this.run = run;
    this.nextPosition = firstPosition;
    this.counter = counter;
    this.stored = Map.copyOf(previous);
    this.current = new HashMap<>(previous);
  }

  /** The contact's state as this page left it so far. */
  Optional<ContactState> current(String salesforceId) {
    return Optional.ofNullable(current.get(salesforceId));
  }

  void apply(Optional<String> salesforceId, Decision decision) {
    Optional<ContactState> prev = salesforceId.flatMap(this::current);
    decision.problem().ifPresent(problems::add);
    switch (decision.action()) {
      case EMIT -> {
        ContactChange change = decision.diff().orElseThrow().toChange(runId, nextPosition++);
        changes.add(change);
        count(change.type());
        store(decision.state().orElseThrow(), prev);
      }
      case HOLD -> {
        DiffDraft diff = decision.diff().orElseThrow();
        boolean heldBefore =
            prev.flatMap(ContactState::heldInRun).filter(r -> r == run).isPresent();
        heldAdded.put(diff.salesforceId(), diff.toHeld(run, decision.stateAfter().orElseThrow()));
        heldRemoved.remove(diff.salesforceId());
        if (!heldBefore) {
          counter.held++;
        }
        store(decision.state().orElseThrow(), Optional.empty());
      }
      case UNCHANGED -> {
        if (!decision.repeat()) {
          counter.unchanged++;
        }
        store(decision.state().orElseThrow(), prev);
      }
      case SKIP -> {
        if (!decision.repeat()) {
          counter.skipped(decision.skip().orElseThrow());
        }
        decision.state().ifPresent(state -> store(state, Optional.empty()));
      }
    }
    boolean unassigned =
        decision
            .contact()
            .filter(c -> c.status() == ContactStatus.ACTIVE && c.owner().unassigned())
            .isPresent();
    if (unassigned && !decision.repeat()) {
      counter.unassigned++;
    }
  }

  /**
   * Emits a held change (or drops it when the contact's state moved on since it was held: a later
   * run decided the contact afresh, or a person set its status).
   *
   * @param ownRun whether the run releases what it held itself, so its held count goes down
   */
  void release(HeldChange held, Optional<ContactState> state, boolean ownRun) {
    String id = held.salesforceId();
    heldRemoved.add(id);
    if (ownRun) {
      counter.held--;
    }
    boolean valid =
        state.isPresent()
            && state.get().heldInRun().equals(Optional.of(held.heldInRun()))
            && state.get().statusSetBy() == StatusSetBy.SYNC;
    if (!valid) {
      discard(held, state);
      return;
    }
    ContactChange change =
        ContactChange.builder().from(held).runId(runId).position(nextPosition++).build();
    changes.add(change);
    count(change.type());
    store(held.stateAfter(), Optional.empty());
  }

  /**
   * Drops a held change without emitting it, and frees its contact's state when the state still
   * names the run that held it.
   */
  void discard(HeldChange held, Optional<ContactState> state) {
    heldRemoved.add(held.salesforceId());
    state
        .filter(s -> s.heldInRun().equals(Optional.of(held.heldInRun())))
        .ifPresent(
            s ->
                store(
                    ContactState.builder().from(s).heldInRun(Optional.empty()).build(),
                    Optional.empty()));
  }

  private void store(ContactState state, Optional<ContactState> prev) {
    String id = state.salesforceId();
    boolean wasHeld = prev.flatMap(ContactState::heldInRun).isPresent();
    if (wasHeld && state.heldInRun().isEmpty()) {
      if (prev.get().heldInRun().get() == run) {
        counter.held--;
      }
      heldAdded.remove(id);
      heldRemoved.add(id);
    }
    ContactState now = current.get(id);
    long version = Optional.ofNullable(stored.get(id)).map(ContactState::version).orElse(0L) + 1;
    ContactState next = ContactState.builder().from(state).version(version).build();
    if (now != null && next.equals(ContactState.builder().from(now).version(version).build())) {
      return; // nothing but the version would change
    }
    states.put(id, next);
    current.put(id, next);
  }

  private void count(ChangeType type) {
    switch (type) {
      case CREATE -> counter.created++;
      case UPDATE -> counter.updated++;
      case ARCHIVE -> counter.archived++;
      case RESTORE -> counter.restored++;
      case REMOVE -> counter.removed++;
    }
  }

  /**
   * Counts the values a contact was built without; not again for a contact this run read before.
   */
  void fieldProblems(List<FieldProblem> problems, Decision decision) {
    if (!decision.repeat()) {
      problems.forEach(counter.fieldProblems::add);
      fieldProblems.addAll(problems);
    }
  }

  List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }

  long nextPosition() {
    return nextPosition;
  }

  List<ContactProblem> problems() {
    return problems;
  }

  /** Notes a record the source could not read, for the next run to read again. */
  void unreadable(ContactProblem problem) {
    unreadable.add(problem);
  }

  List<ContactProblem> unreadable() {
    return unreadable;
  }

  SyncBatch batch(long fencingToken, RunState runState) {
    return SyncBatch.builder()
        .runId(runId)
        .fencingToken(fencingToken)
        .changes(changes)
        .states(states.values())
        .heldAdded(heldAdded.values())
        .heldRemoved(heldRemoved)
        .runState(runState)
        .build();
  }
}
