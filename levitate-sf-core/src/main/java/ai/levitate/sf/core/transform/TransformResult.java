package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.LevitateContact;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one contact: {@link Transformed} with the Levitate contact, or {@link Rejected}
 * with the reason it was skipped. A rejected contact never stops the others.
 */
public sealed interface TransformResult {

  record Transformed(LevitateContact contact) implements TransformResult {
    public Transformed {
      Objects.requireNonNull(contact, "contact == null");
    }
  }

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
}
