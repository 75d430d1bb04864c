package ai.levitate.sf.core.spi;

import java.util.List;
import org.immutables.value.Value;

/**
 * The tags and key facts one Levitate contact shows, as the host read them before it applied a
 * batch: what {@link SyncBatch#statesAfter(java.util.Map)} needs to tell a person's tags from the
 * sync's.
 */
@Value.Immutable
public abstract class ShownTags {
  ShownTags() {}

  @Value.Parameter
  public abstract List<String> tags();

  @Value.Parameter
  public abstract List<OwnedKeyFact> keyFacts();

  public static ShownTags of(List<String> tags, List<OwnedKeyFact> keyFacts) {
    return ImmutableShownTags.of(tags, keyFacts);
  }
}
