package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.merge.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two linked accounts sync at once through one OkHttp client and one executor, each reading windows
 * side by side against a fake Merge that enforces the same rate limit as the clients, on a manual
 * clock that moves when a client waits for its limiter.
 */
final class PartitionedSyncTest {
  private static final int LIMIT = 300;

  /** Two contacts a page: each account needs more than a minute of its limit. */
  private static final int CONTACTS = 700;

  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private final ExecutorService readers = Executors.newFixedThreadPool(6);
  private final ExecutorService runs = Executors.newFixedThreadPool(2);
  private final OkHttpClient http = new OkHttpClient();

  @AfterEach
  void stop() {
    readers.shutdownNow();
    runs.shutdownNow();
  }

  /** Waits by moving the shared clock to when the wait ends, never back. */
  private final Sleeper sleeper =
      duration -> {
        synchronized (clock) {
          Instant end = clock.instant().plus(duration);
          if (end.isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), end));
          }
        }
      };

  @Test
  void accountsSharingAClientAndAnExecutorReadSideBySideWithinTheirRateLimit() {
    try (FakeMergeServer server =
        FakeMergeServer.builder()
            .clock(clock)
            .rateLimitPerMinute(LIMIT)
            .remoteFieldClassesAsIds(true)
            .journalLimit(10_000)
            .start()) {
      List<String> tokens = List.of("token-a", "token-b");
      for (int i = 0; i < tokens.size(); i++) {
        server.addLinkedAccount(
            tokens.get(i),
            SalesforceDataGenerator.builder()
                .seed(i)
                .contacts(CONTACTS)
                .clock(clock)
                .build()
                .generate());
      }
      clock.advance(Duration.ofMinutes(5));
      Instant start = clock.instant();

      List<CompletableFuture<SyncReport>> syncs =
          tokens.stream()
              .map(token -> CompletableFuture.supplyAsync(() -> engine(server, token).run(), runs))
              .toList();
      List<SyncReport> reports = syncs.stream().map(CompletableFuture::join).toList();

      assertThat(reports)
          .allSatisfy(
              report -> {
                assertThat(report.counts().created() + report.counts().skippedTotal())
                    .isEqualTo(CONTACTS);
                assertThat(report.counts().contactsRead()).isEqualTo(CONTACTS);
                assertThat(report.counts().mergeRequests()).isGreaterThan(LIMIT);
              });
      assertThat(Duration.between(start, clock.instant()))
          .as("manual time the syncs took")
          .isGreaterThan(Duration.ofMinutes(1));
      assertThat(server.requestCount())
          .isEqualTo(reports.stream().mapToLong(r -> r.counts().mergeRequests()).sum());
      assertThat(server.requests())
          .as("answers refused for the rate limit")
          .noneMatch(r -> r.status() == 429);
    }
  }

  private SyncEngine engine(FakeMergeServer server, String token) {
    MergeCrmClient client =
        MergeCrmClient.builder()
            .apiKey(server.apiKey())
            .accountToken(token)
            .baseUrl(server.baseUrl())
            .rateLimit(RateLimit.perMinute(LIMIT))
            .okHttpClient(http)
            .clock(clock)
            .nanoClock(clock)
            .sleeper(sleeper)
            .build();
    InMemorySyncStore store = new InMemorySyncStore();
    return SyncEngine.builder()
        .source(MergeContactSource.create(client))
        .storage(store)
        .lock(new InMemorySyncLock(clock))
        .settings(SyncSettings.builder().build())
        .clock(clock)
        .pageSize(2)
        .readConcurrency(3)
        .executor(readers)
        .build();
  }
}
