package ai.levitate.sf.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncLease;
import ai.levitate.sf.core.writeback.LedgerEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several workers on one database at once: they start together, race for leases, and commit side by
 * side, also under {@code SERIALIZABLE}, where PostgreSQL refuses transactions for concurrent ones
 * and the storage tries them again.
 */
final class JdbcConcurrencyTest {
  private static final int WORKERS = 4;

  private final ExecutorService threads = Executors.newFixedThreadPool(WORKERS);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aTransactionRefusedForAConcurrentOneIsTriedAgain(Database db) {
    DataSource pool = db.fresh();
    RefusingDataSource refusing = new RefusingDataSource(pool, "40001", 2);
    JdbcWritebackLedger ledger = JdbcStorage.create(pool).ledger("account-a");
    JdbcWritebackLedger refused = storage(refusing).ledger("account-a");
    refusing.arm();

    refused.save(entry("activity-1"));

    assertThat(refusing.commits.get()).as("two refused, the third stored").isEqualTo(3);
    assertThat(ledger.find("activity-1", 1)).contains(entry("activity-1"));
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aTransactionRefusedForAnotherReasonOrTooOftenIsNotTriedAgain(Database db) {
    DataSource pool = db.fresh();
    RefusingDataSource disk = new RefusingDataSource(pool, "53100", 1);
    RefusingDataSource busy = new RefusingDataSource(pool, "40P01", Integer.MAX_VALUE);
    JdbcWritebackLedger full = storage(disk).ledger("account-a");
    JdbcWritebackLedger deadlocked = storage(busy).ledger("account-a");
    disk.arm();
    busy.arm();

    assertThatThrownBy(() -> full.save(entry("a")))
        .isInstanceOf(JdbcStoreException.class)
        .hasMessage("Saving to the write-back ledger of account-a failed: refused (53100)");
    assertThat(disk.commits.get()).isEqualTo(1);
    assertThatThrownBy(() -> deadlocked.save(entry("a")))
        .isInstanceOf(JdbcStoreException.class)
        .hasMessage(
            "Saving to the write-back ledger of account-a failed after 16 attempts:"
                + " refused (40P01)");
    assertThat(busy.commits.get()).isEqualTo(Jdbc.ATTEMPTS);
    assertThat(JdbcStorage.create(pool).ledger("account-a").find("a", 1)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void workersStartingTogetherCreateTheSchemaOnce(Database db) throws Exception {
    DataSource pool = db.fresh();
    List<Integer> versions = together(worker -> JdbcStorage.create(pool).schemaVersion());

    assertThat(versions).containsOnly(Schema.LATEST);
    assertThat(Schema.version(new Jdbc(pool))).isEqualTo(Schema.LATEST);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void workersRacingForNewAccountsGetEachLeaseOnce(Database db) throws Exception {
    DataSource pool = db.fresh();
    JdbcStorage storage = JdbcStorage.create(pool);
    Map<String, String> holders = new ConcurrentHashMap<>();
    together(
        worker -> {
          for (int account = 0; account < 25; account++) {
            Optional<SyncLease> lease =
                storage
                    .lock("account-" + account)
                    .tryAcquire("worker-" + worker, Duration.ofMinutes(10));
            if (lease.isPresent()) {
              assertThat(holders.putIfAbsent("account-" + account, "worker-" + worker)).isNull();
            }
          }
          return null;
        });

    assertThat(holders).hasSize(25);
    holders.forEach(
        (account, worker) -> assertThat(storage.lock(account).holder()).contains(worker));
  }

  @Test
  void accountsCommitSideBySideUnderSerializableIsolationOnPostgres() throws Exception {
    DataSource pool = Postgres.fresh("serializable");
    JdbcStorage storage = JdbcStorage.create(pool);
    together(
        worker -> {
          JdbcSyncStore store = storage.store("account-" + worker);
          for (int run = 1; run <= 10; run++) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
              ids.add(String.format("0035e%08dAAA", run * 100 + i));
            }
            SyncBatch batch = Samples.batch(run, 1, ids);
            store.commit(SyncBatch.builder().from(batch).heldAdded(List.of()).build());
          }
          return null;
        });

    for (int worker = 0; worker < WORKERS; worker++) {
      assertThat(storage.store("account-" + worker).count(ContactStateQuery.builder().build()))
          .isEqualTo(100);
    }
  }

  /** Work a worker does; {@code worker} numbers it. */
  private interface Work<T> {
    T run(int worker) throws Exception;
  }

  /** Runs {@code work} on every worker at once; their results, or the first failure. */
  private <T> List<T> together(Work<T> work) throws Exception {
    CyclicBarrier start = new CyclicBarrier(WORKERS);
    List<Future<T>> futures = new ArrayList<>();
    for (int worker = 0; worker < WORKERS; worker++) {
      int n = worker;
      Callable<T> call =
          () -> {
            start.await();
            return work.run(n);
          };
      futures.add(threads.submit(call));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get());
    }
    return results;
  }

  /** Storage that tries refused transactions again at once, without a pause. */
  private static JdbcStorage storage(DataSource dataSource) {
    return JdbcStorage.create(
        dataSource, Clock.systemUTC(), DatabaseClock.database(), attempt -> {});
  }

  private static LedgerEntry entry(String activityId) {
    return LedgerEntry.builder()
        .activityId(activityId)
        .version(1)
        .type(ActivityType.NOTE)
        .state(LedgerEntry.State.SENDING)
        .idempotencyKey(activityId + "-v1")
        .reference("[levitate " + activityId + " v1]")
        .title("Note")
        .body("Called about the IRA.")
        .mergeContactId("merge-1")
        .attempts(1)
        .updatedAt(Samples.T0)
        .build();
  }

  /**
   * Connections whose first {@code refusals} commits roll back and fail with {@code sqlState}, as a
   * database refuses a transaction.
   */
  private static final class RefusingDataSource extends ForwardingDataSource {
    private final String sqlState;
    private final int refusals;
    private volatile boolean armed;
    final AtomicInteger commits = new AtomicInteger();

    RefusingDataSource(DataSource delegate, String sqlState, int refusals) {
      super(delegate);
      this.sqlState = sqlState;
      this.refusals = refusals;
    }

    /** From now on, commits are counted and refused. */
    void arm() {
      armed = true;
    }

    @Override
    Connection forward(Connection connection) {
      return intercepting(
          connection,
          (method, args) -> {
            if (armed && method.equals("commit") && commits.incrementAndGet() <= refusals) {
              connection.rollback();
              throw new SQLException("refused (" + sqlState + ")", sqlState);
            }
          });
    }
  }
}
