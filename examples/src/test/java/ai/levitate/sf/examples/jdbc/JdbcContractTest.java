package ai.levitate.sf.examples.jdbc;

import ai.levitate.sf.core.spi.SyncLock;
import ai.levitate.sf.core.writeback.WritebackLedger;
import ai.levitate.sf.testkit.junit5.SyncLockContract;
import ai.levitate.sf.testkit.junit5.SyncStoreContract;
import ai.levitate.sf.testkit.junit5.SyncStoreRunContract;
import ai.levitate.sf.testkit.junit5.WritebackLedgerContract;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/**
 * The JDBC storage passes the same contracts as the testkit's in-memory SPI, on H2 and on a real
 * PostgreSQL. The lock's contract times leases on the test's clock, standing for the database's.
 */
final class JdbcContractTest {
  @Nested
  final class H2Store extends SyncStoreContract<JdbcSyncStore> {
    @Override
    protected JdbcSyncStore newStore() {
      return JdbcStorage.create(Database.H2.fresh()).store("account-a");
    }
  }

  @Nested
  final class H2Runs extends SyncStoreRunContract<JdbcSyncStore> {
    @Override
    protected JdbcSyncStore newStore() {
      return JdbcStorage.create(Database.H2.fresh()).store("account-a");
    }
  }

  @Nested
  final class H2Lock extends SyncLockContract {
    @Override
    protected SyncLock newLock(Clock clock) {
      return JdbcStorage.create(Database.H2.fresh(), clock, DatabaseClock.standIn(clock))
          .lock("account-a");
    }
  }

  @Nested
  final class H2Ledger extends WritebackLedgerContract {
    @Override
    protected WritebackLedger newLedger() {
      return JdbcStorage.create(Database.H2.fresh()).ledger("account-a");
    }
  }

  @Nested
  final class PostgresStore extends SyncStoreContract<JdbcSyncStore> {
    @Override
    protected JdbcSyncStore newStore() {
      return JdbcStorage.create(Database.POSTGRESQL.fresh()).store("account-a");
    }
  }

  @Nested
  final class PostgresRuns extends SyncStoreRunContract<JdbcSyncStore> {
    @Override
    protected JdbcSyncStore newStore() {
      return JdbcStorage.create(Database.POSTGRESQL.fresh()).store("account-a");
    }
  }

  @Nested
  final class PostgresLock extends SyncLockContract {
    @Override
    protected SyncLock newLock(Clock clock) {
      return JdbcStorage.create(Database.POSTGRESQL.fresh(), clock, DatabaseClock.standIn(clock))
          .lock("account-a");
    }
  }

  @Nested
  final class PostgresLedger extends WritebackLedgerContract {
    @Override
    protected WritebackLedger newLedger() {
      return JdbcStorage.create(Database.POSTGRESQL.fresh()).ledger("account-a");
    }
  }
}
