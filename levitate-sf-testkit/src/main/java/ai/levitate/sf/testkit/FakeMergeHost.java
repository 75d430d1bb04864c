package ai.levitate.sf.testkit;

import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.core.writeback.ContactDirectory;
import ai.levitate.sf.core.writeback.WritebackEngine;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.MergeNoteWriter;
import java.time.Clock;
import java.util.Objects;

/**
 * A host's whole setup for one linked account of a {@link FakeMergeServer}, made in one call and
 * all on the server's clock: the Merge client (whose retries and rate limit sleep by moving a
 * {@link ManualClock}, never the thread), the contact source, the in-memory storage, locks and
 * ledger, and the sync and write-back engines. A run then reads exactly what the fake's data set
 * changed since the last run, as a host on Merge's own clock would.
 *
 * <pre>{@code
 * FakeMergeHost host = server.host("account-token", settings);
 * host.sync().run();                              // initial, then incremental
 * host.writeback().run(() -> activities);
 * host.store().levitateContacts();                // what Levitate holds now
 * }</pre>
 *
 * <p>For other engine options (a listener, {@code readConcurrency}, another zone), build the
 * engines from {@link #client()}, {@link #source()}, {@link #store()}, {@link #lock()} and {@link
 * #ledger()} with {@link #clock()}.
 */
public final class FakeMergeHost {
  /** The lock holder the engines name, as a worker would name itself. */
  public static final String HOLDER = "fake-merge-host";

  private final Clock clock;
  private final MergeCrmClient client;
  private final MergeContactSource source;
  private final InMemorySyncStore store = new InMemorySyncStore();
  private final InMemorySyncLock lock;
  private final InMemorySyncLock writebackLock;
  private final InMemoryWritebackLedger ledger = new InMemoryWritebackLedger();
  private final SyncEngine sync;
  private final WritebackEngine writeback;

  FakeMergeHost(FakeMergeServer server, String accountToken, SyncSettings settings) {
    Objects.requireNonNull(settings, "settings == null");
    this.clock = server.clock();
    this.client = server.clientBuilder(accountToken).build();
    this.source = MergeContactSource.create(client);
    this.lock = new InMemorySyncLock(clock);
    this.writebackLock = new InMemorySyncLock(clock);
    this.sync =
        SyncEngine.builder()
            .source(source)
            .storage(store)
            .lock(lock)
            .settings(settings)
            .clock(clock)
            .holder(HOLDER)
            .build();
    this.writeback =
        WritebackEngine.builder()
            .noteWriter(MergeNoteWriter.create(client))
            .ledger(ledger)
            .directory(ContactDirectory.of(store))
            .lock(writebackLock)
            .settings(settings)
            .clock(clock)
            .holder(HOLDER)
            .build();
  }

  /** The server's clock, which every part here runs on. */
  public Clock clock() {
    return clock;
  }

  public MergeCrmClient client() {
    return client;
  }

  public MergeContactSource source() {
    return source;
  }

  /** The sync's state and the Levitate contacts it delivered. */
  public InMemorySyncStore store() {
    return store;
  }

  /** The sync engine's lock. */
  public InMemorySyncLock lock() {
    return lock;
  }

  /** The write-back engine's lock, apart from the sync's so the two can run side by side. */
  public InMemorySyncLock writebackLock() {
    return writebackLock;
  }

  /** The write-back ledger: one entry per activity version, before and after each note. */
  public InMemoryWritebackLedger ledger() {
    return ledger;
  }

  public SyncEngine sync() {
    return sync;
  }

  public WritebackEngine writeback() {
    return writeback;
  }

  @Override
  public String toString() {
    return "FakeMergeHost{" + client + "}";
  }
}
