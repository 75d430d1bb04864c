package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.model.ActivityType;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A handwritten card Levitate sent to a contact. */
@Value.Immutable
public abstract class HandwrittenCardActivity extends Activity {
  HandwrittenCardActivity() {}

  /** The day the card went out; a calendar date, not an instant. */
  public abstract LocalDate sentDate();

  public abstract String message();

  @Override
  @Value.Derived
  public ActivityType type() {
    return ActivityType.HANDWRITTEN_CARD;
  }

  /**
   * Builds a {@link HandwrittenCardActivity}; {@code build()} throws {@link IllegalStateException}
   * naming any required attribute left unset.
   */
  public static final class Builder extends ImmutableHandwrittenCardActivity.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
