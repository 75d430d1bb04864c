package ai.levitate.sf.testkit.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.StateConflictException;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every host's {@link SyncStore} must do, its commit included, as JUnit 5 tests: run them
 * against your own store by extending this class. The testkit's in-memory store passes them, and so
 * does the examples' JDBC store.
 *
 * <pre>{@code
 * final class PostgresSyncStoreTest extends SyncStoreContract<PostgresSyncStore> {
 *   @Override
 *   protected PostgresSyncStore newStore() {
 *     return new PostgresSyncStore(freshSchema(), "account-1");
 *   }
 * }
 * }</pre>
 *
 * <p>What is checked: a new account's store is empty; a committed batch reads back equal, part by
 * part (states, held changes, the run state with its checkpoint); queries filter, order by
 * Salesforce id in Java's {@code String} order and page exactly as {@link
 * ContactStateQuery#matches(ContactState)} says; counts ignore paging; a later batch replaces
 * states and drops held changes; a batch from an older lease (a lower fencing token than one
 * committed) is refused and stores nothing, as the SPI requires of every sink; a state replaces
 * only the version it follows, and a batch over a state that changed meanwhile is refused with
 * {@link StateConflictException} and stores nothing; a tag a change adds that the contact already
 * showed is stored as the person's ({@link SyncBatch#statesAfter}). {@link SyncStoreRunContract}
 * then runs the engine over the store.
 *
 * @param <S> the store under test, which is its own sink
 */
public abstract class SyncStoreContract<S extends SyncStore> {
  private S store;

  /** A store for one account that was never synced. Called before each test. */
  protected abstract S newStore();

  @BeforeEach
  final void createStore() {
    store = newStore();
  }

  /** The store of the current test. */
  protected final S store() {
    return store;
  }

  @Test
  void aNewStoreHoldsNothing() {
    assertEquals(RunState.initial(), store.runState());
    assertEquals(Map.of(), store.contacts(StateSamples.IDS));
    assertEquals(List.of(), store.contacts(ContactStateQuery.builder().build()));
    assertEquals(0, store.count(ContactStateQuery.builder().build()));
    assertEquals(List.of(), store.heldChanges(HeldChangeQuery.builder().build()));
  }

  @Test
  void aCommittedBatchReadsBackEqual() {
    SyncBatch batch = StateSamples.firstBatch(2, 1);
    store.commit(batch);

    assertEquals(batch.runState(), store.runState());
    for (ContactState state : batch.states()) {
      assertEquals(
          Map.of(state.salesforceId(), state), store.contacts(List.of(state.salesforceId())));
    }
    assertEquals(
        sorted(batch.states()), store.contacts(ContactStateQuery.builder().limit(1000).build()));
    assertEquals(batch.heldAdded(), store.heldChanges(HeldChangeQuery.builder().build()));
  }

  @Test
  void contactsByIdAnswerOnlyTheKnownIds() {
    store.commit(StateSamples.firstBatch(2, 1));

    Map<String, ContactState> found =
        store.contacts(
            List.of(StateSamples.IDS.get(3), "0035e00000NotKnown", StateSamples.IDS.get(1)));

    assertEquals(Set.of(StateSamples.IDS.get(3), StateSamples.IDS.get(1)), found.keySet());
    assertEquals(StateSamples.state(3), found.get(StateSamples.IDS.get(3)));
    assertEquals(Map.of(), store.contacts(List.of()));
  }

  @Test
  void queriesFilterOrderAndPageAsTheQuerySays() {
    store.commit(StateSamples.firstBatch(2, 1));
    List<ContactState> all = sorted(StateSamples.states());

    for (ContactStateQuery query : queries()) {
      List<ContactState> expected = all.stream().filter(query::matches).toList();
      assertEquals(expected, readAll(query), "pages of " + query);
      assertEquals(expected.size(), store.count(query), "count of " + query);
      assertEquals(
          expected.size(),
          store.count(
              ContactStateQuery.builder()
                  .from(query)
                  .after(all.get(4).salesforceId())
                  .limit(1)
                  .build()),
          "count ignores after and limit: " + query);
    }
  }

  @Test
  void aLaterBatchReplacesStatesAndDropsHeldChanges() {
    store.commit(StateSamples.firstBatch(2, 1));
    ContactState replaced =
        ContactState.builder()
            .from(StateSamples.state(6))
            .fingerprint("changed")
            .ownedTags(List.of())
            .ownedKeyFacts(List.of())
            .status(ContactStatus.ACTIVE)
            .statusReason(Optional.empty())
            .statusSetBy(StatusSetBy.SYNC)
            .accountMergeId(Optional.empty())
            .ownerMergeId("owner-9")
            .lastSeenRun(3)
            .heldInRun(Optional.empty())
            .version(2)
            .build();
    HeldChange held = StateSamples.held(7, 3);
    RunState runState =
        RunState.builder().from(StateSamples.runState(3)).checkpoint(Optional.empty()).build();

    store.commit(
        SyncBatch.builder()
            .runId("run-3")
            .fencingToken(1)
            .addStates(replaced)
            .addHeldAdded(held)
            .addHeldRemoved(StateSamples.IDS.get(0))
            .runState(runState)
            .build());

    assertEquals(runState, store.runState());
    assertEquals(
        replaced, store.contacts(List.of(replaced.salesforceId())).get(replaced.salesforceId()));
    assertEquals(StateSamples.IDS.size(), store.count(ContactStateQuery.builder().build()));
    assertEquals(
        List.of(StateSamples.held(5, 2), held),
        store.heldChanges(HeldChangeQuery.builder().build()));
  }

  @Test
  void heldChangesFilterByRunAndPage() {
    store.commit(StateSamples.firstBatch(2, 1));
    store.commit(
        SyncBatch.builder()
            .runId("run-3")
            .fencingToken(1)
            .addHeldAdded(StateSamples.held(8, 3), StateSamples.held(2, 3))
            .runState(StateSamples.runState(3))
            .build());
    List<HeldChange> all =
        new ArrayList<>(
            List.of(
                StateSamples.held(0, 2),
                StateSamples.held(5, 2),
                StateSamples.held(8, 3),
                StateSamples.held(2, 3)));
    all.sort(Comparator.comparing(HeldChange::salesforceId));

    assertEquals(all, readHeld(HeldChangeQuery.builder().limit(1).build()));
    assertEquals(
        all.stream().filter(h -> h.heldInRun() == 3).toList(),
        readHeld(HeldChangeQuery.builder().heldInRun(3L).limit(1).build()));
    assertEquals(List.of(), store.heldChanges(HeldChangeQuery.builder().heldInRun(9L).build()));
  }

  @Test
  void aBatchFromAnOlderLeaseIsRefusedAndStoresNothing() {
    store.commit(StateSamples.firstBatch(2, 5));
    RunState before = store.runState();
    ContactState changed =
        ContactState.builder().from(StateSamples.state(1)).fingerprint("late").version(2).build();

    assertThrows(
        RuntimeException.class,
        () ->
            store.commit(
                SyncBatch.builder()
                    .runId("run-2")
                    .fencingToken(4)
                    .addStates(changed)
                    .addHeldRemoved(StateSamples.IDS.get(0))
                    .addHeldAdded(StateSamples.held(9, 2))
                    .runState(RunState.initial())
                    .build()));

    assertEquals(before, store.runState());
    assertEquals(
        StateSamples.state(1),
        store.contacts(List.of(changed.salesforceId())).get(changed.salesforceId()));
    assertEquals(
        List.of(StateSamples.held(0, 2), StateSamples.held(5, 2)),
        store.heldChanges(HeldChangeQuery.builder().build()));
  }

  @Test
  void batchesFromTheSameLeaseAndFromANewerOneAreTaken() {
    store.commit(StateSamples.firstBatch(2, 5));
    RunState same = StateSamples.runState(2);
    RunState next = StateSamples.runState(3);

    store.commit(SyncBatch.builder().runId("run-2").fencingToken(5).runState(same).build());
    assertEquals(same, store.runState());
    store.commit(SyncBatch.builder().runId("run-3").fencingToken(6).runState(next).build());
    assertEquals(next, store.runState());
    assertThrows(
        RuntimeException.class,
        () ->
            store.commit(
                SyncBatch.builder().runId("run-2").fencingToken(5).runState(same).build()));
    assertEquals(next, store.runState());
  }

  @Test
  void aStateReplacesOnlyTheVersionItFollows() {
    store.commit(StateSamples.firstBatch(2, 1));
    ContactState next =
        ContactState.builder().from(StateSamples.state(4)).fingerprint("next").version(2).build();

    store.commit(
        SyncBatch.builder()
            .runId("run-3")
            .fencingToken(1)
            .addStates(next)
            .runState(StateSamples.runState(3))
            .build());

    assertEquals(next, store.contacts(List.of(next.salesforceId())).get(next.salesforceId()));
  }

  @Test
  void aBatchOverAStateThatChangedMeanwhileIsRefusedAndStoresNothing() {
    store.commit(StateSamples.firstBatch(2, 1));
    // A person archives contact 6 (version 2) while the engine decides a page from version 1.
    ContactState person = StateSamples.state(6).archivedByPerson();
    store.commit(
        SyncBatch.builder()
            .runId("run-2")
            .fencingToken(1)
            .addStates(person)
            .runState(StateSamples.runState(2))
            .build());
    RunState before = store.runState();
    ContactState stale =
        ContactState.builder()
            .from(StateSamples.state(6))
            .fingerprint("engine")
            .statusSetBy(StatusSetBy.SYNC)
            .version(2)
            .build();
    ContactState fresh =
        ContactState.builder().from(StateSamples.state(7)).fingerprint("engine").version(2).build();

    StateConflictException refused =
        assertThrows(
            StateConflictException.class,
            () ->
                store.commit(
                    SyncBatch.builder()
                        .runId("run-3")
                        .fencingToken(1)
                        .addChanges(StateSamples.create("run-3", 0, fresh))
                        .addStates(fresh, stale)
                        .addHeldAdded(StateSamples.held(9, 3))
                        .addHeldRemoved(StateSamples.IDS.get(0))
                        .runState(StateSamples.runState(3))
                        .build()));

    assertEquals(List.of(stale.salesforceId()), refused.salesforceIds());
    assertEquals(person, store.contacts(List.of(person.salesforceId())).get(person.salesforceId()));
    assertEquals(
        StateSamples.state(7),
        store.contacts(List.of(fresh.salesforceId())).get(fresh.salesforceId()));
    assertEquals(before, store.runState());
    assertEquals(
        List.of(StateSamples.held(0, 2), StateSamples.held(5, 2)),
        store.heldChanges(HeldChangeQuery.builder().build()));
  }

  @Test
  void aFirstStateIsRefusedWhereOneIsStored() {
    store.commit(StateSamples.firstBatch(2, 1));

    assertThrows(
        StateConflictException.class,
        () ->
            store.commit(
                SyncBatch.builder()
                    .runId("run-3")
                    .fencingToken(1)
                    .addStates(StateSamples.state(3))
                    .runState(StateSamples.runState(3))
                    .build()));
  }

  @Test
  void aTagAChangeAddsThatTheContactAlreadyShowedIsStoredAsThePersons() {
    String id = StateSamples.IDS.get(2);
    ContactState first =
        ContactState.builder()
            .from(StateSamples.state(2))
            .ownedTags(List.of("Salesforce"))
            .ownedKeyFacts(List.of())
            .build();
    store.commit(
        SyncBatch.builder()
            .runId("run-1")
            .fencingToken(1)
            .addChanges(
                StateSamples.change("run-1", 0, ChangeType.CREATE, first, List.of("Salesforce")))
            .addStates(first)
            .runState(StateSamples.runState(1))
            .build());
    // The contact comes to show "VIP" without the sync owning it, as when a person tags it.
    ContactState unowned = ContactState.builder().from(first).version(2).build();
    store.commit(
        SyncBatch.builder()
            .runId("run-2")
            .fencingToken(1)
            .addChanges(StateSamples.change("run-2", 0, ChangeType.UPDATE, unowned, List.of("VIP")))
            .addStates(unowned)
            .runState(StateSamples.runState(2))
            .build());
    // Salesforce now gives "VIP" too: the sync adds it and would own it.
    ContactState claimed =
        ContactState.builder()
            .from(first)
            .ownedTags(List.of("Salesforce", "VIP", "Region: West"))
            .version(3)
            .build();

    store.commit(
        SyncBatch.builder()
            .runId("run-3")
            .fencingToken(1)
            .addChanges(
                StateSamples.change(
                    "run-3", 0, ChangeType.UPDATE, claimed, List.of("VIP", "Region: West")))
            .addStates(claimed)
            .runState(StateSamples.runState(3))
            .build());

    ContactState stored = store.contacts(List.of(id)).get(id);
    assertEquals(List.of("Salesforce", "Region: West"), stored.ownedTags());
    assertEquals(List.of("VIP"), stored.personTags());
    assertEquals(3, stored.version());
  }

  private List<ContactStateQuery> queries() {
    List<ContactStateQuery> queries = new ArrayList<>();
    queries.add(ContactStateQuery.builder().limit(3).build());
    queries.add(ContactStateQuery.builder().accountMergeId("account-1").limit(2).build());
    queries.add(ContactStateQuery.builder().ownerMergeId("owner-2").limit(1).build());
    queries.add(ContactStateQuery.builder().status(ContactStatus.ARCHIVED).limit(2).build());
    queries.add(
        ContactStateQuery.builder()
            .status(ContactStatus.ACTIVE)
            .statusSetBy(StatusSetBy.SYNC)
            .limit(4)
            .build());
    queries.add(ContactStateQuery.builder().statusSetBy(StatusSetBy.PERSON).build());
    queries.add(ContactStateQuery.builder().seenBeforeRun(3L).limit(2).build());
    queries.add(
        ContactStateQuery.builder()
            .accountMergeId("account-0")
            .status(ContactStatus.ACTIVE)
            .seenBeforeRun(4L)
            .limit(1)
            .build());
    queries.add(ContactStateQuery.builder().accountMergeId("no-such-account").build());
    return queries;
  }

  /** Every state the query matches, read page by page with {@code after}. */
  private List<ContactState> readAll(ContactStateQuery query) {
    List<ContactState> all = new ArrayList<>();
    Optional<String> after = Optional.empty();
    while (true) {
      List<ContactState> page =
          store.contacts(ContactStateQuery.builder().from(query).after(after).build());
      assertTrue(page.size() <= query.limit(), "a page holds at most limit states");
      if (page.isEmpty()) {
        return all;
      }
      if (page.size() < query.limit()) {
        // A short page is the last: the engine stops paging there.
        all.addAll(page);
        assertEquals(
            List.of(),
            store.contacts(
                ContactStateQuery.builder()
                    .from(query)
                    .after(page.get(page.size() - 1).salesforceId())
                    .build()),
            "after a short page");
        return all;
      }
      all.addAll(page);
      after = Optional.of(page.get(page.size() - 1).salesforceId());
    }
  }

  private List<HeldChange> readHeld(HeldChangeQuery query) {
    return StateSamples.readAll(
        after -> store.heldChanges(HeldChangeQuery.builder().from(query).after(after).build()),
        HeldChange::salesforceId);
  }

  private static List<ContactState> sorted(List<ContactState> states) {
    return states.stream()
        .sorted(Comparator.comparing(ContactState::salesforceId))
        .collect(Collectors.toList());
  }
}
