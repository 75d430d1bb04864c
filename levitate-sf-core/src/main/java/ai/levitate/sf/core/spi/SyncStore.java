package ai.levitate.sf.core.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the sync remembers of one linked account, kept by the host, and where a page's changes are
 * committed: the run state (watermark and checkpoint), the state of each contact it wrote, and the
 * changes the brake holds. The engine reads through this interface and writes only through {@link
 * ContactSink#commit(SyncBatch)}, one transaction a page.
 *
 * <p>A person's decisions reach the sync here: when a person archives a contact in Levitate, the
 * host stores {@link ContactState#archivedByPerson()} for it, and the sync leaves it alone. That
 * state is the next version: the host stores it only in place of the state it read, in one
 * transaction, as the sink does (see {@link ContactSink}), so a page in flight never undoes it.
 */
public interface SyncStore extends ContactSink {
  /** The stored run state; {@link RunState#initial()} for an account never synced. */
  RunState runState();

  /**
   * The states of those contacts the sync wrote, by Salesforce id; absent ids are not in the map.
   */
  Map<String, ContactState> contacts(Collection<String> salesforceIds);

  /** A page of states matching {@code query}, ordered by Salesforce id. */
  List<ContactState> contacts(ContactStateQuery query);

  /** How many states match {@code query}'s filters ({@code after} and {@code limit} ignored). */
  long count(ContactStateQuery query);

  /** A page of held changes matching {@code query}, ordered by Salesforce id. */
  List<HeldChange> heldChanges(HeldChangeQuery query);
}
