package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.model.ActivityType;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/** An email sent to a contact from Levitate. */
@Value.Immutable
public abstract class EmailActivity extends Activity {
  EmailActivity() {}

  public abstract String subject();

  public abstract String body();

  /** The From address. */
  public abstract String sender();

  /** The To addresses. */
  public abstract List<String> recipients();

  public abstract Instant sentAt();

  @Override
  @Value.Derived
  public ActivityType type() {
    return ActivityType.EMAIL;
  }

  /**
   * Builds a {@link EmailActivity}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableEmailActivity.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
