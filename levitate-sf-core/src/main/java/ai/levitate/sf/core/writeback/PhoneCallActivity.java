package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.model.ActivityType;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A phone call logged in Levitate. */
@Value.Immutable
public abstract class PhoneCallActivity extends Activity {
  PhoneCallActivity() {}

  public abstract Instant time();

  public abstract Duration duration();

  /** How the call went, as the user logged it (e.g. {@code Connected}, {@code Left voicemail}). */
  public abstract Optional<String> outcome();

  public abstract Optional<String> notes();

  @Override
  @Value.Derived
  public ActivityType type() {
    return ActivityType.PHONE_CALL;
  }

  @Value.Check
  protected void checkDuration() {
    if (duration().isNegative()) {
      throw new IllegalArgumentException("call duration must not be negative, was " + duration());
    }
  }

  /**
   * Builds a {@link PhoneCallActivity}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutablePhoneCallActivity.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
