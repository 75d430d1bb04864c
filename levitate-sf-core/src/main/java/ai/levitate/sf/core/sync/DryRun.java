package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactDiff;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import ai.levitate.sf.core.spi.SyncReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * What a run would do, contact by contact, without doing it: the changes a real run started now
 * would emit (with the same ids), the archives and removals its brake would hold, and its report.
 * {@link #tagsRemoved()} and {@link #keyFactsRemoved()} say how many contacts would lose each tag
 * and key fact the sync owns, so a settings change shows what it takes away before it is applied.
 */
@Value.Immutable
public abstract class DryRun {
  DryRun() {}

  public abstract SyncReport report();

  public abstract List<ContactChange> changes();

  public abstract List<HeldChange> held();

  /** How many contacts would lose each sync-owned tag, by tag name. */
  @Value.Derived
  public Map<String, Long> tagsRemoved() {
    Map<String, Long> counts = new TreeMap<>();
    for (ContactDiff diff : diffs()) {
      new LinkedHashSet<>(diff.tagsRemoved()).forEach(tag -> counts.merge(tag, 1L, Long::sum));
    }
    return counts;
  }

  /** How many contacts would lose a sync-owned key fact, by key fact label. */
  @Value.Derived
  public Map<String, Long> keyFactsRemoved() {
    Map<String, Long> counts = new TreeMap<>();
    for (ContactDiff diff : diffs()) {
      Set<String> labels = new LinkedHashSet<>();
      diff.keyFactsRemoved().stream().map(OwnedKeyFact::label).forEach(labels::add);
      labels.forEach(label -> counts.merge(label, 1L, Long::sum));
    }
    return counts;
  }

  private List<ContactDiff> diffs() {
    List<ContactDiff> diffs = new ArrayList<>(changes());
    diffs.addAll(held());
    return diffs;
  }

  /**
   * Builds a {@link DryRun}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableDryRun.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
