package ai.levitate.sf.testkit;

import ai.levitate.sf.core.LevitateSfException;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.ShownTags;
import ai.levitate.sf.core.spi.StateConflictException;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The host's side of the sync in memory, for tests: a {@link SyncStore} that commits each batch all
 * at once, and a small Levitate that applies the changes the way a host should (tags and key facts
 * as differences, so a person's own stay, and a tag the sync adds that a person had added first
 * stays the person's).
 *
 * <pre>{@code
 * InMemorySyncStore store = new InMemorySyncStore();
 * SyncEngine engine = SyncEngine.builder().storage(store)...build();
 * engine.run();
 * store.addTagByPerson("0035e00000Abc12AAA", "Golf buddy");   // survives every later run
 * store.archiveByPerson("0035e00000Abc12AAA");                // the sync leaves it alone
 * }</pre>
 *
 * <p>It refuses a batch whose lease token is older than one it already took, or whose states do not
 * follow the versions it holds (a person's decision came first), and fails on command ({@link
 * #failAtCommit(long)}) without storing anything, like a transaction that rolls back.
 */
public final class InMemorySyncStore implements SyncStore {
  /** A contact as this little Levitate holds it. */
  public record HostContact(
      Optional<LevitateContact> contact,
      List<String> tags,
      List<OwnedKeyFact> keyFacts,
      ContactStatus status) {}

  private final NavigableMap<String, ContactState> states = new TreeMap<>();
  private final NavigableMap<String, HeldChange> held = new TreeMap<>();
  private final NavigableMap<String, HostContact> levitate = new TreeMap<>();
  private final List<ContactChange> changes = new ArrayList<>();
  private RunState runState = RunState.initial();
  private long commits;
  private long failAt = -1;
  private long newestToken;

  @Override
  public synchronized RunState runState() {
    return runState;
  }

  @Override
  public synchronized Map<String, ContactState> contacts(Collection<String> salesforceIds) {
    Map<String, ContactState> found = new HashMap<>();
    for (String id : salesforceIds) {
      ContactState state = states.get(id);
      if (state != null) {
        found.put(id, state);
      }
    }
    return found;
  }

  @Override
  public synchronized List<ContactState> contacts(ContactStateQuery query) {
    return page(states, query.after(), query.limit(), query::matches);
  }

  @Override
  public synchronized long count(ContactStateQuery query) {
    return states.values().stream().filter(query::matches).count();
  }

  @Override
  public synchronized List<HeldChange> heldChanges(HeldChangeQuery query) {
    return page(held, query.after(), query.limit(), query::matches);
  }

  @Override
  public synchronized void commit(SyncBatch batch) {
    commits++;
    if (commits == failAt) {
      failAt = -1;
      throw new LevitateSfException("Simulated failure of commit " + commits + "; nothing stored.");
    }
    if (batch.fencingToken() < newestToken) {
      throw new LevitateSfException(
          "Refused a batch of "
              + batch.runId()
              + " with lease token "
              + batch.fencingToken()
              + "; a newer lease ("
              + newestToken
              + ") exists.");
    }
    List<String> changed = new ArrayList<>();
    for (ContactState state : batch.states()) {
      if (!state.follows(Optional.ofNullable(states.get(state.salesforceId())))) {
        changed.add(state.salesforceId());
      }
    }
    if (!changed.isEmpty()) {
      throw new StateConflictException(
          "Refused a batch of "
              + batch.runId()
              + ": the states of "
              + changed
              + " changed since the engine read them.",
          changed);
    }
    newestToken = batch.fencingToken();
    Map<String, ShownTags> before = new HashMap<>();
    for (ContactChange change : batch.changes()) {
      HostContact shown = levitate.get(change.salesforceId());
      if (shown != null) {
        before.putIfAbsent(change.salesforceId(), ShownTags.of(shown.tags(), shown.keyFacts()));
      }
      apply(change);
    }
    changes.addAll(batch.changes());
    batch.statesAfter(before).forEach(s -> states.put(s.salesforceId(), s));
    batch.heldAdded().forEach(h -> held.put(h.salesforceId(), h));
    batch.heldRemoved().forEach(held::remove);
    runState = batch.runState();
  }

  /** Makes the {@code n}-th commit from now (1 = the next) throw and store nothing. */
  public synchronized void failAtCommit(long n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    failAt = commits + n;
  }

  /** Every change committed so far, in order. */
  public synchronized List<ContactChange> changes() {
    return List.copyOf(changes);
  }

  public synchronized long commits() {
    return commits;
  }

  public synchronized Optional<ContactState> state(String salesforceId) {
    return Optional.ofNullable(states.get(salesforceId));
  }

  /** Every contact state, by Salesforce id. */
  public synchronized List<ContactState> states() {
    return List.copyOf(states.values());
  }

  /** Every held change, by Salesforce id. */
  public synchronized List<HeldChange> held() {
    return List.copyOf(held.values());
  }

  public synchronized Optional<HostContact> contact(String salesforceId) {
    return Optional.ofNullable(levitate.get(salesforceId));
  }

  /** Every contact this Levitate holds, by Salesforce id. */
  public synchronized Map<String, HostContact> levitateContacts() {
    return new TreeMap<>(levitate);
  }

  /** A person adds a tag in Levitate; the sync never takes it away. */
  public synchronized void addTagByPerson(String salesforceId, String tag) {
    HostContact c = existing(salesforceId);
    Set<String> tags = new LinkedHashSet<>(c.tags());
    tags.add(tag);
    levitate.put(
        salesforceId, new HostContact(c.contact(), List.copyOf(tags), c.keyFacts(), c.status()));
  }

  /** A person adds a key fact in Levitate; the sync never takes it away. */
  public synchronized void addKeyFactByPerson(String salesforceId, OwnedKeyFact fact) {
    HostContact c = existing(salesforceId);
    List<OwnedKeyFact> facts = new ArrayList<>(c.keyFacts());
    facts.add(fact);
    levitate.put(
        salesforceId, new HostContact(c.contact(), c.tags(), List.copyOf(facts), c.status()));
  }

  /** A person archives the contact in Levitate, and the host records it in the sync state. */
  public synchronized void archiveByPerson(String salesforceId) {
    person(salesforceId, ContactStatus.ARCHIVED);
  }

  /** A person makes the contact active again, and the host records it in the sync state. */
  public synchronized void restoreByPerson(String salesforceId) {
    person(salesforceId, ContactStatus.ACTIVE);
  }

  private void person(String salesforceId, ContactStatus status) {
    HostContact c = existing(salesforceId);
    levitate.put(salesforceId, new HostContact(c.contact(), c.tags(), c.keyFacts(), status));
    ContactState state = Objects.requireNonNull(states.get(salesforceId), "no state");
    states.put(
        salesforceId,
        status == ContactStatus.ARCHIVED ? state.archivedByPerson() : state.restoredByPerson());
  }

  private HostContact existing(String salesforceId) {
    HostContact c = levitate.get(salesforceId);
    if (c == null) {
      throw new IllegalArgumentException("no contact " + salesforceId + " in Levitate");
    }
    return c;
  }

  private void apply(ContactChange change) {
    HostContact before = levitate.get(change.salesforceId());
    Optional<LevitateContact> contact =
        change.contact().or(() -> before == null ? Optional.empty() : before.contact());
    levitate.put(
        change.salesforceId(),
        new HostContact(
            contact,
            change.tagsAfter(before == null ? List.of() : before.tags()),
            change.keyFactsAfter(before == null ? List.of() : before.keyFacts()),
            change.statusAfter()));
  }

  private static <T> List<T> page(
      NavigableMap<String, T> all, Optional<String> after, int limit, Predicate<T> matches) {
    List<T> page = new ArrayList<>();
    for (T item : (after.isPresent() ? all.tailMap(after.get(), false) : all).values()) {
      if (matches.test(item)) {
        page.add(item);
        if (page.size() == limit) {
          break;
        }
      }
    }
    return page;
  }
}
