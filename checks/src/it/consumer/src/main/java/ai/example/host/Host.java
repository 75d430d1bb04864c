package ai.example.host;

import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncLock;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.spi.SyncStore;
import ai.levitate.sf.core.sync.RunRequest;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.core.writeback.ActivitySource;
import ai.levitate.sf.core.writeback.ContactDirectory;
import ai.levitate.sf.core.writeback.WritebackEngine;
import ai.levitate.sf.core.writeback.WritebackLedger;
import ai.levitate.sf.merge.LevitateJson;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.MergeNoteWriter;
import ai.levitate.sf.merge.MergeRegion;
import ai.levitate.sf.merge.RateLimit;
import java.time.Duration;

/** A host as the README embeds the library, with its own storage typed as the SPI. */
public final class Host {

  private Host() {}

  /** One account's sync and write-back. */
  public static SyncReport syncAndWriteBack(
      String accountToken,
      String settingsJson,
      SyncStore store,
      SyncLock lock,
      WritebackLedger ledger,
      ActivitySource activities) {
    try (MergeCrmClient client =
        MergeCrmClient.builder()
            .apiKey("merge-api-key")
            .accountToken(accountToken)
            .region(MergeRegion.US)
            .rateLimit(RateLimit.PROFESSIONAL)
            .build()) {
      SyncSettings settings = LevitateJson.readSettings(settingsJson);
      SyncSettings variant = settings.newBuilder().build();
      SyncEngine sync =
          SyncEngine.builder()
              .source(MergeContactSource.create(client))
              .storage(store)
              .lock(lock)
              .settings(variant)
              .fullReconciliationEvery(null)
              .overlap(Duration.ofMinutes(5))
              .build();
      SyncReport report = sync.run(RunRequest.FULL_RECONCILIATION);
      if (report.outcome() == RunOutcome.BRAKED) {
        return report;
      }
      WritebackEngine writeback =
          WritebackEngine.builder()
              .noteWriter(MergeNoteWriter.create(client))
              .ledger(ledger)
              .directory(ContactDirectory.of(store))
              .settings(settings)
              .build();
      writeback.run(activities);
      return report;
    }
  }
}
