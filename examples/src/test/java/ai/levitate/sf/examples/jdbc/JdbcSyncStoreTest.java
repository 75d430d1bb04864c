package ai.levitate.sf.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.writeback.LedgerEntry;
import ai.levitate.sf.merge.LevitateJson;
import ai.levitate.sf.testkit.ManualClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class JdbcSyncStoreTest {
  private static final List<String> IDS = List.of("0035e00000Abc01AAA", "0035e00000Abc02AAA");

  private final JdbcConnectionPool pool = H2.fresh();
  private final ManualClock clock = ManualClock.at(Samples.T0);
  private final JdbcStorage storage = JdbcStorage.create(pool, clock);

  @Test
  void oneAccountNeverSeesNorTouchesAnothersRows() {
    JdbcSyncStore a = storage.store("account-a");
    JdbcSyncStore b = storage.store("account-b");
    SyncBatch batchA = Samples.batch(1, 5, IDS);
    a.commit(batchA);

    assertThat(b.runState()).isEqualTo(RunState.initial());
    assertThat(b.contacts(IDS)).isEmpty();
    assertThat(b.contacts(ContactStateQuery.builder().build())).isEmpty();
    assertThat(b.count(ContactStateQuery.builder().build())).isZero();
    assertThat(b.heldChanges(HeldChangeQuery.builder().build())).isEmpty();
    assertThat(b.levitateContacts(Optional.empty(), 10)).isEmpty();

    // B's first lease token is 1: A's newer token does not refuse it, and B's rows, with the same
    // Salesforce ids, replace nothing of A's.
    b.commit(
        SyncBatch.builder()
            .from(Samples.batch(1, 1, IDS))
            .heldAdded(List.of())
            .runState(RunState.builder().runsStarted(1).build())
            .build());
    b.archiveByPerson(IDS.get(0));

    assertThat(a.runState()).isEqualTo(batchA.runState());
    assertThat(a.contacts(ContactStateQuery.builder().build())).isEqualTo(batchA.states());
    assertThat(a.heldChanges(HeldChangeQuery.builder().build())).isEqualTo(batchA.heldAdded());
    assertThat(a.levitateContact(IDS.get(0)).orElseThrow().status())
        .isEqualTo(ContactStatus.ACTIVE);
    assertThat(b.contacts(IDS).get(IDS.get(0)).statusSetBy()).isEqualTo(StatusSetBy.PERSON);
  }

  @Test
  void aBatchOfNewContactsDeletesNothingAndAReplacedRowIsReplacedOnce() {
    List<String> statements = new CopyOnWriteArrayList<>();
    JdbcSyncStore store = JdbcStorage.create(recording(pool, statements), clock).store("account-a");

    store.commit(SyncBatch.builder().from(Samples.batch(1, 1, IDS)).heldAdded(List.of()).build());
    assertThat(statements).isNotEmpty().noneMatch(sql -> sql.startsWith("DELETE"));

    statements.clear();
    store.archiveByPerson(IDS.get(0));
    assertThat(statements.stream().filter(sql -> sql.startsWith("DELETE")))
        .containsExactlyInAnyOrder(
            "DELETE FROM sf_levitate_contact WHERE (account_key, salesforce_id) IN ((?, ?))",
            "DELETE FROM sf_contact_state WHERE (account_key, salesforce_id) IN ((?, ?))");
    assertThat(store.levitateContacts(Optional.empty(), 10))
        .extracting(StoredContact::salesforceId, StoredContact::status)
        .containsExactly(
            tuple(IDS.get(0), ContactStatus.ARCHIVED), tuple(IDS.get(1), ContactStatus.ACTIVE));
    assertThat(store.contacts(ContactStateQuery.builder().build()))
        .extracting(ContactState::salesforceId, ContactState::version)
        .containsExactly(tuple(IDS.get(0), 2L), tuple(IDS.get(1), 1L));
  }

  /** {@code pool}'s connections, noting the SQL of each statement they prepare. */
  private static DataSource recording(DataSource pool, List<String> statements) {
    return new ForwardingDataSource(pool) {
      @Override
      Connection forward(Connection connection) {
        return intercepting(
            connection,
            (method, args) -> {
              if (method.equals("prepareStatement")) {
                statements.add((String) args[0]);
              }
            });
      }
    };
  }

  @Test
  void locksAndLedgersAreScopedToTheirAccount() {
    storage.lock("account-a").tryAcquire("worker-1", Duration.ofMinutes(10)).orElseThrow();
    storage
        .ledger("account-a")
        .save(
            LedgerEntry.builder()
                .activityId("activity-1")
                .version(1)
                .type(ActivityType.NOTE)
                .state(LedgerEntry.State.WRITTEN)
                .idempotencyKey("k")
                .reference("r")
                .title("Note")
                .body("Met for coffee.")
                .mergeContactId("m")
                .attempts(1)
                .updatedAt(Samples.T0)
                .build());

    assertThat(storage.lock("account-b").tryAcquire("worker-2", Duration.ofMinutes(10)))
        .isPresent();
    assertThat(storage.lock("account-a").holder()).contains("worker-1");
    assertThat(storage.ledger("account-b").find("activity-1", 1)).isEmpty();
    assertThat(storage.ledger("account-a").find("activity-1", 1)).isPresent();
  }

  @Test
  void aCommitThatFailsHalfWayStoresNothingOfItsBatch() throws Exception {
    JdbcSyncStore store = storage.store("account-a");
    SyncBatch first = Samples.batch(1, 1, IDS);
    store.commit(first);
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TRIGGER fail_run_state BEFORE UPDATE ON sf_run_state FOR EACH ROW CALL \""
              + FailingTrigger.class.getName()
              + "\"");
    }
    SyncBatch second =
        SyncBatch.builder()
            .runId("run-2")
            .fencingToken(2)
            .addChanges(
                ContactChange.builder()
                    .runId("run-2")
                    .position(0)
                    .type(ChangeType.ARCHIVE)
                    .salesforceId(IDS.get(1))
                    .mergeId("merge-" + IDS.get(1))
                    .reason(StatusReason.MISSING_FROM_SOURCE)
                    .build())
            .addStates(ContactState.builder().from(Samples.state(IDS.get(1), 2)).version(2).build())
            .addHeldRemoved(IDS.get(0))
            .runState(Samples.running(2))
            .build();

    assertThatThrownBy(() -> store.commit(second))
        .isInstanceOf(JdbcStoreException.class)
        .hasMessageStartingWith("Committing a batch of run-2 for account-a failed: ")
        .hasMessageContaining("the disk is full");

    assertThat(store.runState()).isEqualTo(first.runState());
    assertThat(store.contacts(ContactStateQuery.builder().build())).isEqualTo(first.states());
    assertThat(store.heldChanges(HeldChangeQuery.builder().build())).isEqualTo(first.heldAdded());
    assertThat(store.levitateContact(IDS.get(1)).orElseThrow().status())
        .isEqualTo(ContactStatus.ACTIVE);
  }

  @Test
  void theSinkAppliesTagsAsDifferencesSoAPersonsOwnStay() {
    JdbcSyncStore store = storage.store("account-a");
    String id = IDS.get(0);
    store.commit(
        SyncBatch.builder()
            .runId("run-1")
            .fencingToken(1)
            .addChanges(Samples.create("run-1", 0, id, "Salesforce", "Interests: Chess"))
            .addStates(Samples.state(id, 1))
            .runState(Samples.running(1))
            .build());
    store.addTagByPerson(id, "Golf buddy");
    LevitateContact updated = Samples.contact(id, "Salesforce", "Interests: Golf");

    store.commit(
        SyncBatch.builder()
            .runId("run-2")
            .fencingToken(2)
            .addChanges(
                ContactChange.builder()
                    .runId("run-2")
                    .position(0)
                    .type(ChangeType.UPDATE)
                    .salesforceId(id)
                    .mergeId("merge-" + id)
                    .contact(updated)
                    .addTagsAdded("Interests: Golf")
                    .addTagsRemoved("Interests: Chess")
                    .build())
            .runState(Samples.running(2))
            .build());

    StoredContact stored = store.levitateContact(id).orElseThrow();
    assertThat(stored.tags()).containsExactly("Salesforce", "Golf buddy", "Interests: Golf");
    assertThat(stored.contact()).contains(updated);
    assertThat(stored.lastChange()).isEqualTo("run-2/0");
  }

  @Test
  void anArchiveOfAMissingContactKeepsWhatLevitateHoldsAndSaysWhy() {
    JdbcSyncStore store = storage.store("account-a");
    String id = IDS.get(0);
    store.commit(Samples.batch(1, 1, List.of(id)));

    store.commit(archivedAsMissing(id));

    StoredContact stored = store.levitateContact(id).orElseThrow();
    assertThat(stored.status()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(stored.contact().orElseThrow().statusReason())
        .contains(StatusReason.MISSING_FROM_SOURCE);
    assertThat(stored.contact().orElseThrow().firstName()).contains("Ada");
  }

  /** Run 2's batch that archives {@code id} as missing from Merge. */
  private static SyncBatch archivedAsMissing(String id) {
    return SyncBatch.builder()
        .runId("run-2")
        .fencingToken(1)
        .addChanges(
            ContactChange.builder()
                .runId("run-2")
                .position(0)
                .type(ChangeType.ARCHIVE)
                .salesforceId(id)
                .mergeId("merge-" + id)
                .reason(StatusReason.MISSING_FROM_SOURCE)
                .build())
        .runState(Samples.running(2))
        .build();
  }

  @Test
  void aPersonsArchiveIsRecordedInTheSyncStateAndRestoreUndoesIt() {
    JdbcSyncStore store = storage.store("account-a");
    store.commit(Samples.batch(1, 1, IDS));

    store.archiveByPerson(IDS.get(1));
    assertThat(store.contacts(IDS).get(IDS.get(1)))
        .isEqualTo(Samples.state(IDS.get(1), 1).archivedByPerson());
    assertThat(store.levitateContact(IDS.get(1)).orElseThrow().status())
        .isEqualTo(ContactStatus.ARCHIVED);

    store.restoreByPerson(IDS.get(1));
    assertThat(store.contacts(IDS).get(IDS.get(1)))
        .isEqualTo(Samples.state(IDS.get(1), 1).archivedByPerson().restoredByPerson());
    assertThatThrownBy(() -> store.archiveByPerson("0035e00000Unknown"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "salesforceId 0035e00000Unknown names no contact the sync created for account account-a.");
  }

  @Test
  void levitateContactsPageInSalesforceIdOrder() {
    JdbcSyncStore store = storage.store("account-a");
    store.commit(Samples.batch(1, 1, List.of("0035e00000b", "0035e00000B", "0035e00000a")));

    List<StoredContact> first = store.levitateContacts(Optional.empty(), 2);
    List<StoredContact> rest = store.levitateContacts(Optional.of(first.get(1).salesforceId()), 2);

    assertThat(first)
        .extracting(StoredContact::salesforceId)
        .containsExactly("0035e00000B", "0035e00000a");
    assertThat(rest).extracting(StoredContact::salesforceId).containsExactly("0035e00000b");
  }

  @Test
  void levitateContactJsonPagesAsLevitateContactsDoWithEachContactsStoredJson() {
    JdbcSyncStore store = storage.store("account-a");
    store.commit(Samples.batch(1, 1, List.of("0035e00000b", "0035e00000B", "0035e00000a")));
    // Archived as missing before the sync ever delivered it: no contact JSON.
    store.commit(archivedAsMissing("0035e00000c"));

    List<JdbcSyncStore.StoredJson> first = store.levitateContactJson(Optional.empty(), 3);
    List<JdbcSyncStore.StoredJson> rest =
        store.levitateContactJson(Optional.of(first.get(2).salesforceId()), 3);

    List<StoredContact> stored = store.levitateContacts(Optional.empty(), 10);
    List<JdbcSyncStore.StoredJson> all = new ArrayList<>(first);
    all.addAll(rest);
    assertThat(all)
        .extracting(JdbcSyncStore.StoredJson::salesforceId)
        .containsExactly("0035e00000B", "0035e00000a", "0035e00000b", "0035e00000c");
    assertThat(all)
        .extracting(json -> json.contactJson().map(LevitateJson::readContact))
        .containsExactlyElementsOf(stored.stream().map(StoredContact::contact).toList());
    assertThat(all.get(3).contactJson()).isEmpty();
  }

  @Test
  void aFileDatabaseKeepsTheStateAcrossProcesses(@TempDir Path dir) {
    String url = "jdbc:h2:file:" + dir.resolve("state").toAbsolutePath();
    SyncBatch batch = Samples.batch(1, 1, IDS);
    JdbcConnectionPool first = JdbcConnectionPool.create(url, "sa", "");
    JdbcStorage.create(first).store("account-a").commit(batch);
    first.dispose();

    JdbcConnectionPool second = JdbcConnectionPool.create(url, "sa", "");
    JdbcSyncStore reopened = JdbcStorage.create(second).store("account-a");

    assertThat(reopened.runState()).isEqualTo(batch.runState());
    assertThat(reopened.contacts(IDS)).hasSize(2);
    second.dispose();
  }

  @Test
  void accountKeysMustBeShortAndNotBlank() {
    assertThatThrownBy(() -> storage.store(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accountKey must be 1 to 200 characters and not blank, was \" \".");
    assertThatThrownBy(() -> storage.lock("x".repeat(201)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("accountKey must be 1 to 200 characters and not blank, was \"xxx");
  }
}
