package ai.levitate.sf.core.spi;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** What a run did so far; kept in its checkpoint so a resumed run reports the whole run. */
@Value.Immutable
public abstract class RunCounts {
  RunCounts() {}

  @Value.Default
  public long created() {
    return 0;
  }

  @Value.Default
  public long updated() {
    return 0;
  }

  /** Contacts read whose output matched what the sync wrote before: nothing emitted. */
  @Value.Default
  public long unchanged() {
    return 0;
  }

  @Value.Default
  public long archived() {
    return 0;
  }

  @Value.Default
  public long restored() {
    return 0;
  }

  @Value.Default
  public long removed() {
    return 0;
  }

  /** Archives and removals waiting: until the run ends, or, when braked, for a person. */
  @Value.Default
  public long held() {
    return 0;
  }

  /** Contacts read that emitted nothing, by reason. */
  public abstract Map<ContactSkipReason, Long> skipped();

  /**
   * Values the run left out or cut while their contacts synced, by field and then kind (in the
   * kind's order), with a few examples each.
   */
  public abstract List<FieldProblemCount> fieldProblems();

  /** Active contacts read whose Salesforce owner maps to no Levitate user and no default owner. */
  @Value.Default
  public long unassignedOwners() {
    return 0;
  }

  /** Contact records read from the source, repeats and unreadable ones included. */
  @Value.Default
  public long contactsRead() {
    return 0;
  }

  /** Pages (or batches of contacts read by id) committed. */
  @Value.Default
  public long pages() {
    return 0;
  }

  /** Requests sent to Merge for the run, retries included. */
  @Value.Default
  public long mergeRequests() {
    return 0;
  }

  /** Changes emitted: created, updated, archived, restored and removed. */
  public long changes() {
    return created() + updated() + archived() + restored() + removed();
  }

  public long skippedTotal() {
    return skipped().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Every value left out or cut, over all fields and kinds. */
  public long fieldProblemsTotal() {
    return fieldProblems().stream().mapToLong(FieldProblemCount::count).sum();
  }

  /**
   * Builds a {@link RunCounts}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableRunCounts.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  public static RunCounts zero() {
    return builder().build();
  }
}
