package ai.levitate.sf.core.model;

import org.immutables.value.Value;

/** A Levitate tag the sync produced, at most 60 code points, with the field it came from. */
@Value.Immutable
public abstract class Tag {
  Tag() {}

  /** The tag as Levitate shows it, e.g. {@code Interests: Golf}. */
  @Value.Parameter
  public abstract String name();

  @Value.Parameter
  public abstract Provenance source();

  public static Tag of(String name, Provenance source) {
    return ImmutableTag.of(name, source);
  }
}
