package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.ContactState;
import java.util.Optional;

/**
 * What the engine does with one contact it read.
 *
 * @param state the state to store now: the new one for {@code EMIT} and {@code UNCHANGED}; the
 *     previous one, marked held or seen, for {@code HOLD} and {@code SKIP}
 * @param stateAfter for {@code HOLD}, the state once the held change is emitted
 * @param contact the contact as the sync wants it, for counting unassigned owners
 * @param repeat whether this run read the contact before
 */
record Decision(
    Action action,
    Optional<DiffDraft> diff,
    Optional<ContactState> state,
    Optional<ContactState> stateAfter,
    Optional<ContactSkipReason> skip,
    Optional<ContactProblem> problem,
    Optional<LevitateContact> contact,
    boolean repeat) {

  enum Action {
    EMIT,
    HOLD,
    UNCHANGED,
    SKIP
  }

  static Decision emit(
      DiffDraft diff, ContactState state, LevitateContact contact, boolean repeat) {
    return new Decision(
        Action.EMIT,
        Optional.of(diff),
        Optional.of(state),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(contact),
        repeat);
  }

  static Decision hold(
      DiffDraft diff, ContactState heldState, ContactState stateAfter, boolean repeat) {
    return new Decision(
        Action.HOLD,
        Optional.of(diff),
        Optional.of(heldState),
        Optional.of(stateAfter),
        Optional.empty(),
        Optional.empty(),
        diff.contact(),
        repeat);
  }

  static Decision unchanged(ContactState state, Optional<LevitateContact> contact, boolean repeat) {
    return new Decision(
        Action.UNCHANGED,
        Optional.empty(),
        Optional.of(state),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        contact,
        repeat);
  }

  static Decision skip(
      ContactSkipReason reason,
      Optional<ContactState> seen,
      Optional<ContactProblem> problem,
      boolean repeat) {
    return new Decision(
        Action.SKIP,
        Optional.empty(),
        seen,
        Optional.empty(),
        Optional.of(reason),
        problem,
        Optional.empty(),
        repeat);
  }
}
