package ai.levitate.sf.examples.fleet;

import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.spi.SyncWatermark;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.core.writeback.Activity;
import ai.levitate.sf.core.writeback.ContactDirectory;
import ai.levitate.sf.core.writeback.WritebackEngine;
import ai.levitate.sf.core.writeback.WritebackReport;
import ai.levitate.sf.examples.internal.Activities;
import ai.levitate.sf.examples.internal.FakeData;
import ai.levitate.sf.examples.internal.HarnessSettings;
import ai.levitate.sf.examples.internal.Outputs;
import ai.levitate.sf.examples.jdbc.JdbcStorage;
import ai.levitate.sf.examples.jdbc.JdbcSyncStore;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.MergeNoteWriter;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.LinkedAccount;
import ai.levitate.sf.testkit.ManualClock;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * What one account must end as: the same org, the same rounds of changes and the same activities,
 * synced alone in this process with no latency, no faults and no other worker, its state in an H2
 * database in memory and its clock a manual one.
 */
final class Expectation {
  private static final String TOKEN = "expectation-token";
  private static final String KEY = "expectation";

  /** The settings the org's fields call for, and the account's end state. */
  record Result(SyncSettings settings, List<String> contacts, int notes, long runs) {}

  private Expectation() {}

  /**
   * Runs the account's whole life: the initial sync and {@code rounds} rounds, each written back.
   */
  static Result of(Org org, int rounds) throws IOException {
    ManualClock clock = ManualClock.at(org.generatedAt());
    FakeData fake = org.generate();
    JdbcConnectionPool h2 =
        JdbcConnectionPool.create("jdbc:h2:mem:fleet-expectation-" + UUID.randomUUID(), "sa", "");
    try (FakeMergeServer server =
        FakeMergeServer.builder().clock(clock).remoteFieldClassesAsIds(true).start()) {
      LinkedAccount linked = server.addLinkedAccount(TOKEN, fake.data());
      MergeCrmClient client = server.clientBuilder(TOKEN).build();
      MergeContactSource source = MergeContactSource.create(client);
      SyncSettings settings = HarnessSettings.sensible(source.fieldCatalog(), fake.data().users());
      JdbcStorage storage = JdbcStorage.create(h2, clock);
      JdbcSyncStore store = storage.store(KEY);
      SyncEngine engine =
          SyncEngine.builder()
              .source(source)
              .storage(store)
              .lock(storage.lock(KEY))
              .settings(settings)
              .clock(clock)
              .build();
      for (int round = 0; round <= rounds; round++) {
        clock.advance(Duration.ofMinutes(1));
        if (round > 0) {
          fake.nextRound(clock.instant());
          clock.advance(Duration.ofMinutes(1));
        }
        SyncReport report = engine.run();
        if (report.outcome() != RunOutcome.COMPLETED) {
          throw new IllegalStateException(
              org.key() + ": the fault-free " + report.runId() + " ended " + report.outcome());
        }
        List<Activity> activities = Activities.of(store, round, clock.instant());
        WritebackReport written =
            WritebackEngine.builder()
                .noteWriter(MergeNoteWriter.create(client))
                .ledger(storage.ledger(KEY))
                .directory(ContactDirectory.of(store))
                .settings(settings)
                .clock(clock)
                .build()
                .run(() -> activities);
        if (written.failedTotal() > 0) {
          throw new IllegalStateException(
              org.key()
                  + ": the fault-free write-back failed: "
                  + String.join("; ", written.failures()));
        }
      }
      return new Result(settings, contacts(store), linked.notes().size(), runs(store));
    } finally {
      h2.dispose();
    }
  }

  /**
   * Every contact Levitate holds for the account, as the harness's {@code contacts.jsonl} lines.
   */
  static List<String> contacts(JdbcSyncStore store) {
    List<String> lines = new ArrayList<>();
    Outputs.exportContacts(store, lines::add);
    return lines;
  }

  /** The number of the account's last completed sync run. */
  static long runs(JdbcSyncStore store) {
    return store.runState().watermark().map(SyncWatermark::runNumber).orElse(0L);
  }
}
