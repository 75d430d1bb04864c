package ai.levitate.sf.core.settings;

import org.immutables.value.Value;

/**
 * How many archives and removals one run may make before the sync holds them back for a person to
 * approve. A run trips the brake when it would archive or remove more than {@link #maxCount()}
 * contacts, or more than {@link #maxShare()} of the contacts the account holds once that is more
 * than {@link #minimumCount()} contacts (so a 20-contact account may still lose 3).
 *
 * <p>Defaults: at most 10% and at most 500 contacts; the share is ignored up to 5 contacts.
 */
@Value.Immutable
public abstract class MassArchiveBrake {
  MassArchiveBrake() {}

  @Value.Default
  public double maxShare() {
    return 0.10;
  }

  @Value.Default
  public long maxCount() {
    return 500;
  }

  @Value.Default
  public long minimumCount() {
    return 5;
  }

  /** Whether archiving or removing {@code count} of {@code known} contacts trips the brake. */
  public boolean trips(long count, long known) {
    if (count > maxCount()) {
      return true;
    }
    if (count <= minimumCount()) {
      return false;
    }
    return known <= 0 || (double) count / known > maxShare();
  }

  @Value.Check
  protected void check() {
    if (!(maxShare() >= 0 && maxShare() <= 1)) {
      throw new IllegalArgumentException(
          "brake.maxShare must be between 0 and 1, was " + maxShare());
    }
    if (maxCount() < 0) {
      throw new IllegalArgumentException("brake.maxCount must not be negative, was " + maxCount());
    }
    if (minimumCount() < 0) {
      throw new IllegalArgumentException(
          "brake.minimumCount must not be negative, was " + minimumCount());
    }
  }

  /**
   * Builds a {@link MassArchiveBrake}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableMassArchiveBrake.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  /** This brake in a builder, to derive a variant. */
  public Builder newBuilder() {
    return builder().from(this);
  }

  public static MassArchiveBrake defaults() {
    return builder().build();
  }
}
