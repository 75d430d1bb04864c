package ai.levitate.sf.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why one contact was skipped while the others synced: a record Merge sent that could not be read,
 * a contact without a Salesforce id, a new contact whose deceased or opt-out indicator cannot be
 * read. Other unreadable values are {@link FieldProblem}s: left out while the contact syncs.
 */
@Value.Immutable
public abstract class ContactProblem {
  ContactProblem() {}

  /** The kinds of problem, for counting skipped contacts by reason. */
  public enum Kind {
    /** The record has no Salesforce id. */
    MISSING_SALESFORCE_ID,
    /**
     * The deceased or email opt-out indicator of a contact seen for the first time holds a value
     * that cannot be read, so the contact is not created until it can be.
     */
    INVALID_FIELD_VALUE,
    /** Merge sent JSON for the record that could not be read. */
    UNREADABLE_RECORD,
    /** Merge sent a shell record with no data; what Levitate holds is kept. */
    SHELL_RECORD,
    /** The same contact arrived twice in one run; the first was kept. */
    DUPLICATE_RECORD
  }

  public abstract Kind kind();

  public abstract Optional<String> mergeId();

  public abstract Optional<String> salesforceId();

  /** The Salesforce field at fault, when one is. */
  public abstract Optional<String> field();

  /**
   * One sentence for an admin, e.g. {@code Anniversary__c holds "2023-02-30", which is not a date}.
   */
  public abstract String message();

  /**
   * Builds a {@link ContactProblem}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableContactProblem.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
