package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.model.ActivityType;
import java.time.Instant;
import org.immutables.value.Value;

/** A text message sent to or received from a contact. */
@Value.Immutable
public abstract class TextMessageActivity extends Activity {
  TextMessageActivity() {}

  /** Which way a text went. */
  public enum Direction {
    SENT,
    RECEIVED
  }

  public abstract Direction direction();

  public abstract Instant time();

  public abstract String message();

  @Override
  @Value.Derived
  public ActivityType type() {
    return ActivityType.TEXT_MESSAGE;
  }

  /**
   * Builds a {@link TextMessageActivity}; {@code build()} throws {@link IllegalStateException}
   * naming any required attribute left unset.
   */
  public static final class Builder extends ImmutableTextMessageActivity.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
