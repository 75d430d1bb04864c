package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.LogContext;
import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.writeback.NoteActivity;
import ai.levitate.sf.core.writeback.WritebackEngine;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.MergeNoteWriter;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.reliability.LogScanner;
import ai.levitate.sf.testkit.InMemorySyncLock;
import ai.levitate.sf.testkit.InMemorySyncStore;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/**
 * Every line levitate-sf logs during a run carries the host's account key and the run's id in the
 * SLF4J MDC, on the run's thread and on the executor's reader threads, and the caller's MDC is as
 * it was afterwards. Two accounts behind one fake Merge, read side by side on one shared executor.
 */
final class LogContextTest {
  private final FakeOrg org = new FakeOrg(150, 4);

  /** Started before any MDC is set, so no reader thread inherits one. */
  private final ThreadPoolExecutor readers =
      new ThreadPoolExecutor(4, 4, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());

  @AfterEach
  void close() {
    readers.shutdownNow();
    org.close();
    MDC.clear();
  }

  @Test
  void everyLineOfARunCarriesTheAccountKeyAndARunIdUniqueAcrossAccounts() {
    readers.prestartAllCoreThreads();
    MergeDataSet other =
        SalesforceDataGenerator.builder().seed(9).contacts(60).clock(org.clock).build().generate();
    org.server.addLinkedAccount("other-token", other);
    MDC.put("host.job", "quartz-17");
    List<LogScanner.Line> lines;

    try (LogScanner.Recording recording = LogScanner.record()) {
      assertThat(engine("acme", FakeOrg.TOKEN, new InMemorySyncStore()).run().outcome())
          .isEqualTo(RunOutcome.COMPLETED);
      assertThat(engine("globex", "other-token", new InMemorySyncStore()).run().outcome())
          .isEqualTo(RunOutcome.COMPLETED);
      writeBack("acme");
      lines =
          recording.lines().stream()
              .filter(
                  l ->
                      l.logger().startsWith("ai.levitate.sf")
                          && !l.logger().startsWith("ai.levitate.sf.testkit"))
              .toList();
    }

    assertThat(lines)
        .isNotEmpty()
        .allSatisfy(
            line -> {
              assertThat(line.mdc())
                  .as(line.text())
                  .containsKeys(LogContext.ACCOUNT_KEY, LogContext.RUN_ID)
                  .containsEntry("host.job", "quartz-17");
              assertThat(line.mdc().get(LogContext.RUN_ID))
                  .as(line.text())
                  .startsWith(line.mdc().get(LogContext.ACCOUNT_KEY) + "/");
            });
    Map<String, Set<String>> runsByAccount =
        lines.stream()
            .collect(
                Collectors.groupingBy(
                    l -> l.mdc().get(LogContext.ACCOUNT_KEY),
                    Collectors.mapping(l -> l.mdc().get(LogContext.RUN_ID), Collectors.toSet())));
    assertThat(runsByAccount.get("globex")).containsExactly("globex/run-1");
    assertThat(runsByAccount.get("acme"))
        .hasSize(2)
        .contains("acme/run-1")
        .anySatisfy(run -> assertThat(run).startsWith("acme/writeback-2026-01-05T"));
    assertThat(lines)
        .extracting(LogScanner.Line::thread)
        .as("reader threads log too")
        .anySatisfy(thread -> assertThat(thread).startsWith("pool-"))
        .contains(Thread.currentThread().getName());
    assertThat(MDC.getCopyOfContextMap()).isEqualTo(Map.of("host.job", "quartz-17"));
  }

  private SyncEngine engine(String accountKey, String token, InMemorySyncStore store) {
    return SyncEngine.builder()
        .accountKey(accountKey)
        .source(MergeContactSource.create(client(token)))
        .storage(store)
        .lock(new InMemorySyncLock(org.clock))
        .settings(org.settings)
        .clock(org.clock)
        .pageSize(10)
        .readConcurrency(4)
        .executor(readers)
        .build();
  }

  private void writeBack(String accountKey) {
    String contact = org.salesforceId(org.active(1));
    WritebackEngine.builder()
        .accountKey(accountKey)
        .noteWriter(MergeNoteWriter.create(client(FakeOrg.TOKEN)))
        .ledger(new ai.levitate.sf.testkit.InMemoryWritebackLedger())
        .settings(SyncSettings.builder().writeback(EnumSet.of(ActivityType.NOTE)).build())
        .clock(org.clock)
        .build()
        .run(
            () ->
                List.of(
                    NoteActivity.builder()
                        .id("n-1")
                        .levitateContactId("lev-1")
                        .salesforceContactId(contact)
                        .time(FakeOrg.T0)
                        .body("Called about the trust.")
                        .build()));
  }

  private MergeCrmClient client(String token) {
    return MergeCrmClient.builder()
        .apiKey(org.server.apiKey())
        .accountToken(token)
        .baseUrl(org.server.baseUrl())
        .rateLimit(RateLimit.ENTERPRISE)
        .clock(org.clock)
        .sleeper(org.clock::advance)
        .random(new Random(3))
        .build();
  }
}
