package ai.levitate.sf.core.spi;

import org.immutables.value.Value;

/**
 * An archive or removal the mass-archive brake held back, kept by the host (one per contact, keyed
 * by {@link #salesforceId()}) until a person approves or discards it, or a later run decides the
 * contact afresh.
 */
@Value.Immutable
public abstract class HeldChange extends ContactDiff {
  HeldChange() {}

  /** The number of the run that held it back. */
  public abstract long heldInRun();

  /** What the contact's state becomes when the change is emitted. */
  public abstract ContactState stateAfter();

  @Value.Check
  protected void check() {
    checkDiff();
    if (type() != ChangeType.ARCHIVE && type() != ChangeType.REMOVE) {
      throw new IllegalArgumentException("only archives and removals are held, not " + type());
    }
  }

  /**
   * Builds a {@link HeldChange}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableHeldChange.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
