package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.ContactProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.immutables.value.Value;

/**
 * Records a run could not read ({@link ContactPage#unreadable()}), kept in its checkpoint and then
 * its watermark so that the next run reads them again, one by one: by Salesforce id, or by Merge id
 * when the record showed none. A run moves its watermark past them, so without this a change they
 * hide would wait for the contact's next edit. A record read again and found readable (or gone) is
 * dropped; one still unreadable is carried on.
 *
 * <p>At most {@link #MAX_IDS} ids are kept; past that the record {@link #overflowed()} and the next
 * run reads every contact instead. A record that showed no id at all cannot be asked for again.
 */
@Value.Immutable
public abstract class UnreadRecords {
  UnreadRecords() {}

  /** The most ids kept: reading them one by one costs about what a full pass of 100,000 does. */
  public static final int MAX_IDS = 1_000;

  public abstract List<String> salesforceIds();

  /** Merge ids of records that showed no Salesforce id. */
  public abstract List<String> mergeIds();

  /** Whether more than {@link #MAX_IDS} records could not be read. */
  @Value.Default
  public boolean overflowed() {
    return false;
  }

  public boolean isEmpty() {
    return salesforceIds().isEmpty() && mergeIds().isEmpty() && !overflowed();
  }

  /** These records and those of {@code problems}, each id once. */
  public UnreadRecords plus(Collection<ContactProblem> problems) {
    if (problems.isEmpty() || overflowed()) {
      return this;
    }
    List<String> salesforce = new ArrayList<>(salesforceIds());
    List<String> merge = new ArrayList<>(mergeIds());
    boolean overflow = false;
    for (ContactProblem problem : problems) {
      List<String> ids = problem.salesforceId().isPresent() ? salesforce : merge;
      String id = problem.salesforceId().or(problem::mergeId).orElse(null);
      if (id == null || ids.contains(id)) {
        continue;
      }
      if (salesforce.size() + merge.size() == MAX_IDS) {
        overflow = true;
        break;
      }
      ids.add(id);
    }
    if (overflow) {
      return builder().overflowed(true).build();
    }
    return builder().salesforceIds(salesforce).mergeIds(merge).build();
  }

  /**
   * Builds a {@link UnreadRecords}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableUnreadRecords.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  public static UnreadRecords none() {
    return builder().build();
  }
}
