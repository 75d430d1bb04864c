package ai.example.host;

import ai.levitate.sf.core.spi.SyncStore;
import ai.levitate.sf.testkit.InMemorySyncStore;

/** The contract run against a store the host's factory types as the interface. */
final class HostStoreContractTest extends HostStoreContract {
  @Override
  protected SyncStore newStore() {
    return new InMemorySyncStore();
  }
}
