package ai.levitate.sf.reliability;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.InMemorySyncLock;
import ai.levitate.sf.testkit.InMemorySyncStore;
import ai.levitate.sf.testkit.InMemoryWritebackLedger;
import ai.levitate.sf.testkit.LinkedAccount;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * One Levitate account linked to one generated Salesforce org on a fake Merge server, with what the
 * host keeps across processes: the sync store, the lock and the write-back ledger. The world's
 * clock moves only when the scenario moves it; each process's client sleeps on a clock of its own,
 * so retries and rate limiting never shift the times a run records.
 */
final class Org {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  final FakeMergeServer server;
  final String name;
  final long seed;
  final String token;
  final ManualClock clock = ManualClock.at(T0);
  final MergeDataSet data;
  final LinkedAccount linked;
  final SyncSettings settings;
  final int pageSize;
  final InMemorySyncStore store = new InMemorySyncStore();
  final InMemorySyncLock lock = new InMemorySyncLock(clock);
  final InMemoryWritebackLedger ledger = new InMemoryWritebackLedger();

  /**
   * The clients' read timeout: long enough that the fake never misses it by accident (a cold JVM
   * answers its first requests slowly); cases that inject timeouts shorten it, since each one costs
   * this much real time.
   */
  Duration readTimeout = Duration.ofSeconds(2);

  /** Windows of Merge's created_at a full pass reads side by side; 1 reads page after page. */
  int readConcurrency = 1;

  private int processes;

  Org(FakeMergeServer server, String name, long seed, int contacts, int pageSize) {
    this.server = server;
    this.name = name;
    this.seed = seed;
    this.token = Secrets.token(name);
    this.pageSize = pageSize;
    this.data =
        SalesforceDataGenerator.builder()
            .seed(seed)
            .contacts(contacts)
            .users(Math.max(4, contacts / 3))
            .accounts(Math.max(2, contacts / 5))
            .clock(clock)
            .history(Duration.ofDays(400))
            .build()
            .generate();
    this.linked = server.addLinkedAccount(token, data);
    this.settings = settings(data.users());
  }

  private static SyncSettings settings(List<SourceUser> users) {
    return SyncSettings.builder()
        .nicknameField("Nickname__c")
        .deceased(DeceasedSetting.archive("Deceased__c"))
        .optOutField("HasOptedOutOfEmail")
        .addKeyFacts(KeyFactSetting.of("Birthdate"), KeyFactSetting.of("Anniversary__c"))
        .addTagFields("Interests__c", "VIP__c", "Client_Tier__c")
        .putOwners(users.get(0).remoteId().orElseThrow(), "lev-user-0")
        .putOwners(users.get(1).remoteId().orElseThrow(), "lev-user-1")
        .writeback(EnumSet.of(ActivityType.NOTE, ActivityType.PHONE_CALL, ActivityType.EMAIL))
        .build();
  }

  /** A new process for this account, as a restarted worker builds it. */
  HostProcess start(KillSwitch kills) {
    return new HostProcess(this, processes++, kills);
  }
}
