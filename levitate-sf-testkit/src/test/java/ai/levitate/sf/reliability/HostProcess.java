package ai.levitate.sf.reliability;

import ai.levitate.sf.core.spi.ContactSink;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.SyncStore;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.core.writeback.ContactDirectory;
import ai.levitate.sf.core.writeback.NoteWriter;
import ai.levitate.sf.core.writeback.WritebackEngine;
import ai.levitate.sf.core.writeback.WritebackLedger;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.MergeNoteWriter;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.merge.RetryPolicy;
import ai.levitate.sf.testkit.ManualClock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;

/**
 * What one host process builds for an account: a Merge client, the contact source and note writer
 * over it, and both engines on the host's store and ledger, every SPI call passing a kill switch.
 */
final class HostProcess {
  /** Attempts per call: few, so faults that outlast them reach the engines quickly. */
  static final int ATTEMPTS = 3;

  /** The read timeout of cases that inject timeouts: each one costs this much real time. */
  static final Duration SHORT_TIMEOUT = Duration.ofMillis(150);

  /**
   * One connection pool for every process of the suites, as a host shares one across accounts; a
   * restart drops the process's client, not the sockets the JVM keeps open.
   */
  private static final OkHttpClient SHARED = new OkHttpClient();

  /** The host's readers for partitioned reading, shared by every account as a host would. */
  private static final ExecutorService READERS =
      Executors.newFixedThreadPool(
          8,
          task -> {
            Thread thread = new Thread(task, "reliability-reader");
            thread.setDaemon(true);
            return thread;
          });

  final MergeCrmClient client;
  final MergeContactSource source;
  final MergeNoteWriter writer;
  final SyncEngine sync;
  final WritebackEngine writeback;

  HostProcess(Org org, int number, KillSwitch kills) {
    ManualClock sleeps = ManualClock.at(Org.T0);
    this.client =
        org.server
            .clientBuilder(org.token)
            .okHttpClient(SHARED)
            .clock(sleeps)
            .nanoClock(sleeps)
            .sleeper(sleeps::advance)
            .readTimeout(org.readTimeout)
            .callTimeout(Duration.ofSeconds(20))
            .retryPolicy(RetryPolicy.builder().maxAttempts(ATTEMPTS).build())
            .rateLimit(RateLimit.ENTERPRISE)
            .random(new Random(org.seed * 31 + number))
            .build();
    this.source = MergeContactSource.create(client);
    this.writer = MergeNoteWriter.create(client);
    Object storage = kills.wrap(SyncStore.class, org.store, ContactSink.class);
    SyncEngine.Builder sync =
        SyncEngine.builder()
            .source(kills.wrap(ContactSource.class, source))
            .storage((SyncStore) storage)
            .lock(org.lock)
            .settings(org.settings)
            .clock(org.clock)
            .pageSize(org.pageSize)
            .readConcurrency(org.readConcurrency);
    if (org.readConcurrency > 1) {
      sync.executor(READERS);
    }
    this.sync = sync.build();
    this.writeback =
        WritebackEngine.builder()
            .noteWriter(kills.wrap(NoteWriter.class, writer))
            .ledger(kills.wrap(WritebackLedger.class, org.ledger))
            .directory(ContactDirectory.of(org.store))
            .settings(org.settings)
            .zone(ZoneId.of("America/Denver"))
            .clock(org.clock)
            .build();
  }
}
