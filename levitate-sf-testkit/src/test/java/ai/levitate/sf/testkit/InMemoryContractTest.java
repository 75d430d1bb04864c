package ai.levitate.sf.testkit;

import ai.levitate.sf.core.spi.SyncLock;
import ai.levitate.sf.core.writeback.WritebackLedger;
import ai.levitate.sf.testkit.junit5.SyncLockContract;
import ai.levitate.sf.testkit.junit5.SyncStoreContract;
import ai.levitate.sf.testkit.junit5.SyncStoreRunContract;
import ai.levitate.sf.testkit.junit5.WritebackLedgerContract;
import java.time.Clock;
import org.junit.jupiter.api.Nested;

/** The in-memory SPI passes the contracts every host's storage must pass. */
final class InMemoryContractTest {
  @Nested
  final class Store extends SyncStoreContract<InMemorySyncStore> {
    @Override
    protected InMemorySyncStore newStore() {
      return new InMemorySyncStore();
    }
  }

  @Nested
  final class Runs extends SyncStoreRunContract<InMemorySyncStore> {
    @Override
    protected InMemorySyncStore newStore() {
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
