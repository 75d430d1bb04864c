package ai.levitate.sf.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactSink;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncBatch;
import ai.levitate.sf.core.spi.SyncLease;
import ai.levitate.sf.core.spi.SyncLock;
import ai.levitate.sf.core.spi.SyncLockedException;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.testkit.InMemoryContactSource;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Leases lapse on the database's clock: workers whose own clocks run ten minutes ahead of it or
 * behind it neither take a live lease nor keep one past its time to live. Each worker's clock goes
 * to its storage and its engine, as a host would build them.
 */
final class JdbcLeaseClockTest {
  private static final Duration TTL = Duration.ofMinutes(10);
  private static final Duration SKEW = Duration.ofMinutes(10);

  /** The database's clock, moved by hand; each worker's clock is this one, skewed. */
  private final ManualClock database = ManualClock.at(Samples.T0);

  @ParameterizedTest
  @EnumSource(Database.class)
  void aLeaseLapsesOnTheDatabasesTimeNotOnTheWorkersClock(Database db) throws Exception {
    DataSource pool = db.fresh();
    Clock ahead = Clock.offset(Clock.systemUTC(), SKEW.multipliedBy(2));
    Clock behind = Clock.offset(Clock.systemUTC(), SKEW.negated());
    JdbcStorage aheadWorker = JdbcStorage.create(pool, ahead);
    JdbcStorage behindWorker = JdbcStorage.create(pool, behind);
    Instant before = databaseNow(pool);
    SyncLease lease = behindWorker.lock("account-a").tryAcquire("behind", TTL).orElseThrow();
    Instant after = databaseNow(pool);

    assertThat(behindWorker.lock("account-a").expiry().orElseThrow())
        .isBetween(before.plus(TTL), after.plus(TTL));
    assertThat(aheadWorker.lock("account-a").tryAcquire("ahead", TTL))
        .as("a worker 20 minutes ahead sees the 10-minute lease live")
        .isEmpty();
    assertThat(aheadWorker.lock("account-a").holder()).contains("behind");
    assertThat(lease.renew(TTL)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aWorkerWhoseClockIsAheadDoesNotTakeALiveLease(Database db) {
    DataSource pool = db.fresh();
    Worker behind = new Worker(pool, SKEW.negated());
    Worker ahead = new Worker(pool, SKEW);
    behind.dieAtCommit(3);

    assertThatThrownBy(behind.engine::run).hasMessage("the worker died");
    database.advance(TTL.minusMinutes(1));

    assertThatThrownBy(ahead.engine::run).isInstanceOf(SyncLockedException.class);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aWorkerWhoseClockIsAheadDoesNotKeepTheLeaseItHeldWhenItDied(Database db) {
    DataSource pool = db.fresh();
    Worker ahead = new Worker(pool, SKEW);
    Worker behind = new Worker(pool, SKEW.negated());
    ahead.dieAtCommit(3);

    assertThatThrownBy(ahead.engine::run).hasMessage("the worker died");
    database.advance(TTL.minusSeconds(1));
    assertThatThrownBy(behind.engine::run).isInstanceOf(SyncLockedException.class);
    database.advance(Duration.ofSeconds(1));
    SyncReport report = behind.engine.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(report.runNumber()).as("the dead worker's run, resumed").isEqualTo(1);
    assertThat(report.counts().created()).isEqualTo(behind.contacts());
  }

  private static Instant databaseNow(DataSource pool) throws Exception {
    try (Connection c = pool.getConnection()) {
      return DatabaseClock.database().now(c);
    }
  }

  /**
   * One worker of the fleet: its clock is the database's, {@code skew} off; its storage and engine
   * use it. A worker that dies leaves its lease behind, as a killed process does.
   */
  private final class Worker {
    private final JdbcSyncStore store;
    private final SyncEngine engine;
    private final MergeDataSet data;
    private int dieAt;

    Worker(DataSource pool, Duration skew) {
      Clock clock = Clock.offset(database, skew);
      JdbcStorage storage = JdbcStorage.create(pool, clock, DatabaseClock.standIn(database));
      store = storage.store("account-a");
      data =
          SalesforceDataGenerator.builder()
              .seed(5)
              .contacts(40)
              .users(2)
              .clock(database)
              .build()
              .generate();
      InMemoryContactSource source =
          new InMemoryContactSource(FieldCatalog.of(data.contactFields()));
      for (int i = 0; i < data.contactCount(); i++) {
        source.put(data.contact(data.contactId(i)).orElseThrow());
      }
      ContactSink sink =
          new ContactSink() {
            @Override
            public void commit(SyncBatch batch) {
              if (dieAt > 0 && --dieAt == 0) {
                throw new IllegalStateException("the worker died");
              }
              store.commit(batch);
            }
          };
      engine =
          SyncEngine.builder()
              .source(source)
              .storage(store)
              .sink(sink)
              .lock(new Unreleased(storage.lock("account-a")))
              .settings(SyncSettings.builder().build())
              .clock(clock)
              .leaseDuration(TTL)
              .pageSize(10)
              .build();
    }

    void dieAtCommit(int commit) {
      dieAt = commit;
    }

    long contacts() {
      return data.contactCount();
    }
  }

  /** A lock whose leases are never given back, like those of a process killed mid-run. */
  private record Unreleased(SyncLock lock) implements SyncLock {
    @Override
    public Optional<SyncLease> tryAcquire(String holder, Duration timeToLive) {
      return lock.tryAcquire(holder, timeToLive)
          .map(
              lease ->
                  new SyncLease() {
                    @Override
                    public long fencingToken() {
                      return lease.fencingToken();
                    }

                    @Override
                    public boolean renew(Duration ttl) {
                      return lease.renew(ttl);
                    }

                    @Override
                    public void close() {
                      // killed: the lease stays until it lapses
                    }
                  });
    }
  }
}
