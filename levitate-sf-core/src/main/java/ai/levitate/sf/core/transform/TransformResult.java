package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.LevitateContact;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one contact: {@link Transformed} with the Levitate contact and the values it was
 * built without, or {@link Rejected} with the reason it cannot be synced at all. A rejected contact
 * never stops the others.
 */
public sealed interface TransformResult {

  /** The indicators whose value decides a contact's status or opt-out, which are never guessed. */
  enum Indicator {
    DECEASED,
    OPT_OUT
  }

  /**
   * The contact as Salesforce has it, less the values listed in {@code fieldProblems}.
   *
   * @param fieldProblems values left out or cut, one per field and kind, in the order read
   * @param unreadableIndicators the deceased or opt-out indicator whose value could not be read,
   *     with its problem: the contact's status (for {@code DECEASED}) or its {@code Unsubscribe}
   *     tag (for {@code OPT_OUT}) is then unknown, and the sync keeps what it had, or does not
   *     create the contact
   */
  record Transformed(
      LevitateContact contact,
      List<FieldProblem> fieldProblems,
      Map<Indicator, FieldProblem> unreadableIndicators)
      implements TransformResult {
    public Transformed {
      Objects.requireNonNull(contact, "contact == null");
      fieldProblems = List.copyOf(fieldProblems);
      unreadableIndicators = Map.copyOf(unreadableIndicators);
    }

    /** A contact built from every value it has. */
    public Transformed(LevitateContact contact) {
      this(contact, List.of(), Map.of());
    }

    /** The problem of the first unreadable indicator, deceased before opt-out. */
    public Optional<FieldProblem> unreadableIndicator() {
      for (Indicator indicator : Indicator.values()) {
        FieldProblem problem = unreadableIndicators.get(indicator);
        if (problem != null) {
          return Optional.of(problem);
        }
      }
      return Optional.empty();
    }
  }

  /** A contact that cannot be synced at all, with the reason; the others sync. */
  record Rejected(ContactProblem problem) implements TransformResult {
    public Rejected {
      Objects.requireNonNull(problem, "problem == null");
    }
  }

  /** The contact, when transformed. */
  default Optional<LevitateContact> transformed() {
    return this instanceof Transformed t ? Optional.of(t.contact()) : Optional.empty();
  }

  /** The reason, when rejected. */
  default Optional<ContactProblem> rejected() {
    return this instanceof Rejected r ? Optional.of(r.problem()) : Optional.empty();
  }

  /** The values left out or cut; none for a rejected contact, whose values were not read. */
  default List<FieldProblem> fieldProblems() {
    return this instanceof Transformed t ? t.fieldProblems() : List.of();
  }
}
