package ai.levitate.sf.core.model;

import ai.levitate.sf.core.internal.Texts;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One value of one contact that the sync left out or cut while the contact synced with everything
 * else: an impossible date, text in a checkbox, a list or an object where text is expected, a time
 * of day in a date field, a value longer than Salesforce allows, two values cut to one tag.
 *
 * <pre>{@code
 * report.counts().fieldProblems().forEach(count ->
 *     admin.show(count.field() + " " + count.kind() + ": " + count.count()));
 * }</pre>
 */
@Value.Immutable
public abstract class FieldProblem {
  FieldProblem() {}

  /**
   * Values are kept this many code points long at most (with {@code ...}) for reports: a line of
   * Salesforce text, long enough to show where two tags that cut to one differ.
   */
  public static final int MAX_VALUE_LENGTH = 255;

  /** What was wrong with the value, and so what the sync did with it. */
  public enum Kind {
    /**
     * The value cannot be read as its field is used (an impossible date, text in a checkbox, a list
     * or an object where text is expected); it was left out.
     */
    UNREADABLE,
    /**
     * A date field holds a date and time whose time is not midnight in its own offset; it was left
     * out rather than shifted to a date.
     */
    TIME_IN_DATE_FIELD,
    /** The value is longer than Salesforce allows for the field; it was cut between characters. */
    TOO_LONG,
    /**
     * Two different values gave the same tag once cut to 60 characters; the tag stands for the
     * first, and {@link #otherValue()} names it.
     */
    TAG_COLLISION
  }

  /** The Salesforce Contact id. */
  public abstract String salesforceId();

  /** The Salesforce API name of the field, e.g. {@code Birthdate}. */
  public abstract String field();

  public abstract Kind kind();

  /**
   * The value as it arrived, cut short to {@value #MAX_VALUE_LENGTH} code points for reports; for a
   * {@link Kind#TAG_COLLISION}, the uncut tag it gave.
   */
  public abstract String value();

  /** For {@link Kind#TAG_COLLISION}: the value whose tag this one's cut to, cut short likewise. */
  public abstract Optional<String> otherValue();

  /** One sentence for an admin: what the field holds, and what the sync did. */
  public abstract String message();

  @Value.Check
  protected FieldProblem shortened() {
    String value = Texts.cutTag(value(), MAX_VALUE_LENGTH);
    Optional<String> other = otherValue().map(v -> Texts.cutTag(v, MAX_VALUE_LENGTH));
    if (value.equals(value()) && other.equals(otherValue())) {
      return this;
    }
    return builder().from(this).value(value).otherValue(other).build();
  }

  /**
   * Builds a {@link FieldProblem}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableFieldProblem.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
