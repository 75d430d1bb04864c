package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.model.ActivityType;
import java.time.Instant;
import org.immutables.value.Value;

/** A note a Levitate user wrote about a contact. */
@Value.Immutable
public abstract class NoteActivity extends Activity {
  NoteActivity() {}

  public abstract Instant time();

  public abstract String body();

  @Override
  @Value.Derived
  public ActivityType type() {
    return ActivityType.NOTE;
  }

  /**
   * Builds a {@link NoteActivity}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableNoteActivity.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
