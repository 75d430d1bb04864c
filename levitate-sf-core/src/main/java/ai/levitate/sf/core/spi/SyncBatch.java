package ai.levitate.sf.core.spi;

import java.util.List;
import org.immutables.value.Value;

/**
 * Everything one page of a run changes, for the host to commit in ONE transaction: the contact
 * changes, the contacts' new states, held changes added and dropped, and the run state with the new
 * checkpoint. Committing all or nothing is what lets a killed run resume without duplicates or
 * gaps.
 */
@Value.Immutable
public abstract class SyncBatch {
  /** The run, e.g. {@code run-7}. */
  public abstract String runId();

  /**
   * The fencing token of the lease the run holds ({@link SyncLease#fencingToken()}). The sink keeps
   * the highest token it committed and MUST refuse a batch with a lower one, storing nothing: it
   * comes from a worker that lost its lease while paused (a long GC, a frozen VM) and woke after
   * another took over. Batches with the same token, or a higher one, are taken.
   */
  public abstract long fencingToken();

  /** Changes for Levitate's contacts, in log order (positions without gaps). */
  public abstract List<ContactChange> changes();

  /**
   * Contact states to insert or replace, keyed by Salesforce id. Each replaces only the version
   * before its own ({@link ContactState#follows(java.util.Optional)}): the state the engine read
   * when it decided the page. Where another is stored, the whole batch is refused.
   */
  public abstract List<ContactState> states();

  /** Held changes to insert or replace, keyed by Salesforce id. */
  public abstract List<HeldChange> heldAdded();

  /** Salesforce ids whose held change is to be deleted. */
  public abstract List<String> heldRemoved();

  /** The run state to store in place of the previous one. */
  public abstract RunState runState();

  public static ImmutableSyncBatch.Builder builder() {
    return ImmutableSyncBatch.builder();
  }
}
