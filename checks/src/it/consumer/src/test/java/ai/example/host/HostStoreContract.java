package ai.example.host;

import ai.levitate.sf.core.spi.SyncStore;
import ai.levitate.sf.testkit.junit5.SyncStoreContract;

/** A host's store checked by the testkit's contract, typed as the interface. */
public abstract class HostStoreContract extends SyncStoreContract<SyncStore> {}
