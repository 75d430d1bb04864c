package ai.levitate.sf.testkit;

import ai.levitate.sf.core.spi.SyncLock;
import ai.levitate.sf.core.spi.SyncStore;
import ai.levitate.sf.core.writeback.WritebackLedger;
import ai.levitate.sf.testkit.junit5.SyncLockContract;
import ai.levitate.sf.testkit.junit5.SyncStoreContract;
import ai.levitate.sf.testkit.junit5.SyncStoreRunContract;
import ai.levitate.sf.testkit.junit5.WritebackLedgerContract;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/**
 * The in-memory SPI passes the contracts every host's storage must pass. The stores are typed as
 * the interface, as a host's factory may type them: the contracts accept any {@link SyncStore}.
 */
final class InMemoryContractTest {
  @Nested
  final class Store extends SyncStoreContract<SyncStore> {
    @Override
    protected SyncStore newStore() {
      return new InMemorySyncStore();
    }
  }

  @Nested
  final class Runs extends SyncStoreRunContract<SyncStore> {
    @Override
    protected SyncStore newStore() {
      return new InMemorySyncStore();
    }
  }

  @Nested
  final class Lock extends SyncLockContract {
    @Override
    protected SyncLock newLock(Clock clock) {
      return new InMemorySyncLock(clock);
    }
  }

  @Nested
  final class Ledger extends WritebackLedgerContract {
    @Override
    protected WritebackLedger newLedger() {
      return new InMemoryWritebackLedger();
    }
  }
}
