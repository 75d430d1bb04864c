package ai.levitate.sf.examples.jdbc;

import ai.levitate.sf.core.spi.SyncLock;
import ai.levitate.sf.core.spi.WritebackLedger;
import ai.levitate.sf.testkit.junit5.SyncLockContract;
import ai.levitate.sf.testkit.junit5.SyncStoreContract;
import ai.levitate.sf.testkit.junit5.SyncStoreRunContract;
import ai.levitate.sf.testkit.junit5.WritebackLedgerContract;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The JDBC storage on H2 passes the same contracts as the testkit's in-memory SPI. */
final class JdbcContractTest {
  @Nested
  final class Store extends SyncStoreContract<JdbcSyncStore> {
    @Override
    protected JdbcSyncStore newStore() {
      return JdbcStorage.create(H2.fresh()).store("account-a");
    }
  }

  @Nested
  final class Runs extends SyncStoreRunContract<JdbcSyncStore> {
    @Override
    protected JdbcSyncStore newStore() {
      return JdbcStorage.create(H2.fresh()).store("account-a");
    }
  }

  @Nested
  final class Lock extends SyncLockContract {
    @Override
    protected SyncLock newLock(Clock clock) {
      return JdbcStorage.create(H2.fresh(), clock).lock("account-a");
    }
  }

  @Nested
  final class Ledger extends WritebackLedgerContract {
    @Override
    protected WritebackLedger newLedger() {
      return JdbcStorage.create(H2.fresh()).ledger("account-a");
    }
  }
}
