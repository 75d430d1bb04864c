package ai.levitate.sf.examples.bench;

import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.SyncStore;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.InMemorySyncLock;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executor;

/** What the benchmarks share: the settings they sync with, a client of the fake, and formats. */
final class Bench {
  private Bench() {}

  /** Settings that use the generated org's fields, so the transform does its full work. */
  static SyncSettings settings() {
    return SyncSettings.builder()
        .nicknameField("Nickname__c")
        .deceased(DeceasedSetting.archive("Deceased__c"))
        .optOutField("HasOptedOutOfEmail")
        .addKeyFacts(KeyFactSetting.of("Birthdate"), KeyFactSetting.of("Anniversary__c"))
        .addTagFields("Interests__c", "VIP__c", "Client_Tier__c")
        .build();
  }

  /** A client of one linked account of {@code server}, waiting for real on {@code clock}. */
  static MergeCrmClient client(FakeMergeServer server, String token, RateLimit limit, Clock clock) {
    return MergeCrmClient.builder()
        .apiKey(server.apiKey())
        .accountToken(token)
        .baseUrl(server.baseUrl())
        .rateLimit(limit)
        .clock(clock)
        .build();
  }

  /**
   * An engine that imports through {@code client} into {@code storage}, {@code windows} at once on
   * {@code readers}; with 0 windows and no readers, as many as the engine chooses, on its own
   * threads.
   */
  static SyncEngine.Builder engine(
      MergeCrmClient client, SyncStore storage, Clock clock, int windows, Executor readers) {
    SyncEngine.Builder engine =
        SyncEngine.builder()
            .source(MergeContactSource.create(client))
            .storage(storage)
            .lock(new InMemorySyncLock(clock))
            .settings(settings())
            .clock(clock);
    if (windows > 0) {
      engine.readConcurrency(windows);
    }
    return readers == null ? engine : engine.executor(readers);
  }

  static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  static double seconds(long nanos) {
    return nanos / 1e9;
  }
}
