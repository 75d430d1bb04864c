package ai.levitate.sf.examples.jdbc;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncStore;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One linked account's sync state and Levitate contacts in a JDBC database: the engine's {@link
 * SyncStore}. Each {@link #commit(SyncBatch)} is one transaction that applies the changes to the
 * Levitate contacts table and stores the contact states, held changes and run state; a batch from a
 * lease older than the newest one committed is refused, and so is one whose states do not follow
 * the stored versions (the rows are locked and checked first). Every row carries the account key,
 * and this store reads and writes only its own account's.
 *
 * <pre>{@code
 * JdbcSyncStore store = JdbcStorage.create(dataSource).store("acme-salesforce");
 * store.archiveByPerson("0035e00000Abc12AAA");   // the sync leaves it alone from now on
 * }</pre>
 */
public final class JdbcSyncStore implements SyncStore {
  private final Jdbc jdbc;
  private final String account;
  private final StateRows states;
  private final LevitateRows levitate;

  JdbcSyncStore(Jdbc jdbc, String account) {
    this.jdbc = jdbc;
    this.account = account;
    this.states = new StateRows(account);
    this.levitate = new LevitateRows(account, states);
  }

  /** The account key this store is scoped to. */
  public String accountKey() {
    return account;
  }

  @Override
  public RunState runState() {
    return jdbc.read("Reading the run state of " + account, states::runState);
  }

  @Override
  public Map<String, ContactState> contacts(Collection<String> salesforceIds) {
    Objects.requireNonNull(salesforceIds, "salesforceIds == null");
    if (salesforceIds.isEmpty()) {
      return Map.of();
    }
    return jdbc.read("Reading contact states of " + account, c -> states.states(c, salesforceIds));
  }

  @Override
  public List<ContactState> contacts(ContactStateQuery query) {
    Objects.requireNonNull(query, "query == null");
    return jdbc.read("Listing contact states of " + account, c -> states.states(c, query));
  }

  @Override
  public long count(ContactStateQuery query) {
    Objects.requireNonNull(query, "query == null");
    return jdbc.read("Counting contact states of " + account, c -> states.count(c, query));
  }

  @Override
  public List<HeldChange> heldChanges(HeldChangeQuery query) {
    Objects.requireNonNull(query, "query == null");
    return jdbc.read("Listing held changes of " + account, c -> states.held(c, query));
  }

  /**
   * Stores the batch in one transaction, or nothing of it.
   *
   * @throws JdbcStoreException when the database fails, or the batch's lease token is older than
   *     one already committed (a worker that lost its lease)
   * @throws ai.levitate.sf.core.spi.StateConflictException when a state the batch replaces changed
   *     since the engine read it (a person archived or restored the contact meanwhile)
   */
  @Override
  public void commit(SyncBatch batch) {
    Objects.requireNonNull(batch, "batch == null");
    jdbc.transaction(
        "Committing a batch of " + batch.runId() + " for " + account,
        c -> {
          OptionalLong newest = states.lockNewestToken(c);
          if (newest.isPresent() && batch.fencingToken() < newest.getAsLong()) {
            throw new JdbcStoreException(
                "Refused a batch of "
                    + batch.runId()
                    + " with lease token "
                    + batch.fencingToken()
                    + "; a newer lease ("
                    + newest.getAsLong()
                    + ") committed.");
          }
          states.saveStates(c, batch.statesAfter(levitate.apply(c, batch.changes())));
          states.saveHeld(c, batch.heldAdded(), batch.heldRemoved());
          states.saveRunState(c, batch.runState(), batch.fencingToken(), newest.isPresent());
          return null;
        });
  }

  /**
   * The Levitate contacts of the account in Salesforce id order, archived and removed ones
   * included: at most {@code limit} after {@code after}.
   */
  public List<StoredContact> levitateContacts(Optional<String> after, int limit) {
    checkPage(after, limit);
    return jdbc.read(
        "Listing Levitate contacts of " + account, c -> levitate.page(c, after, limit));
  }

  /**
   * As {@link #levitateContacts}, each contact only as the JSON the store holds ({@link
   * ai.levitate.sf.merge.LevitateJson#readContact} reads it), not read: for a caller that reads it
   * on another thread. Empty for a contact archived before the sync ever delivered it.
   */
  public List<StoredJson> levitateContactJson(Optional<String> after, int limit) {
    checkPage(after, limit);
    return jdbc.read(
        "Listing Levitate contacts of " + account, c -> levitate.jsonPage(c, after, limit));
  }

  /**
   * A stored Levitate contact's Salesforce id and JSON, as {@link #levitateContactJson} lists it.
   */
  public record StoredJson(String salesforceId, Optional<String> contactJson) {}

  private static void checkPage(Optional<String> after, int limit) {
    Objects.requireNonNull(after, "after == null");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit + ".");
    }
  }

  /** The Levitate contact with this Salesforce id, if the sync created it. */
  public Optional<StoredContact> levitateContact(String salesforceId) {
    Objects.requireNonNull(salesforceId, "salesforceId == null");
    return Optional.ofNullable(
        jdbc.read(
            "Reading a Levitate contact of " + account,
            c -> levitate.rows(c, List.of(salesforceId)).get(salesforceId)));
  }

  /** A person adds a tag to the contact in Levitate; the sync never takes it away. */
  public void addTagByPerson(String salesforceId, String tag) {
    Objects.requireNonNull(tag, "tag == null");
    person(
        salesforceId,
        "Adding a tag",
        row -> {
          Set<String> tags = new LinkedHashSet<>(row.tags());
          tags.add(tag);
          return new StoredContact(
              row.salesforceId(),
              row.status(),
              row.contact(),
              List.copyOf(tags),
              row.keyFacts(),
              "person");
        },
        false);
  }

  /** A person archives the contact in Levitate; the sync leaves its status alone from now on. */
  public void archiveByPerson(String salesforceId) {
    person(salesforceId, "Archiving", row -> withStatus(row, ContactStatus.ARCHIVED), true);
  }

  /** A person makes the contact active again; the sync updates it but no longer archives it. */
  public void restoreByPerson(String salesforceId) {
    person(salesforceId, "Restoring", row -> withStatus(row, ContactStatus.ACTIVE), true);
  }

  private static StoredContact withStatus(StoredContact row, ContactStatus status) {
    return new StoredContact(
        row.salesforceId(), status, row.contact(), row.tags(), row.keyFacts(), "person");
  }

  /**
   * A person's change ({@code edit}) to one contact and, when it {@code setsStatus}, to its sync
   * state.
   */
  private void person(
      String salesforceId, String what, UnaryOperator<StoredContact> edit, boolean setsStatus) {
    Objects.requireNonNull(salesforceId, "salesforceId == null");
    jdbc.transaction(
        what + " " + salesforceId + " of " + account,
        c -> {
          StoredContact row = levitate.rows(c, List.of(salesforceId)).get(salesforceId);
          ContactState state = states.states(c, List.of(salesforceId)).get(salesforceId);
          if (row == null || state == null) {
            throw new IllegalArgumentException(
                "salesforceId "
                    + salesforceId
                    + " names no contact the sync created for account "
                    + account
                    + ".");
          }
          StoredContact changed = edit.apply(row);
          levitate.save(c, List.of(changed), Set.of(salesforceId));
          if (setsStatus) {
            states.saveStates(
                c,
                List.of(
                    changed.status() == ContactStatus.ARCHIVED
                        ? state.archivedByPerson()
                        : state.restoredByPerson()));
          }
          return null;
        });
  }

  @Override
  public String toString() {
    return "JdbcSyncStore[" + account + "]";
  }
}
