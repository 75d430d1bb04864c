package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunWarning;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.testkit.InMemorySyncLock;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A worker whose clock is ten minutes ahead of Merge's, or behind it, loses no change: incremental
 * windows are bounded by Merge's clock, read from its answers' {@code Date}, and the report warns
 * of the skew. Merge's clock is the fake's (the data set's); the worker's, its engine's and
 * client's.
 */
final class SourceClockWindowTest {
  private final FakeOrg org = new FakeOrg(60, 8);

  @AfterEach
  void close() {
    org.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {10, -10})
  void aWorkerWhoseClockIsOffByTenMinutesMissesNoChange(int skewMinutes) {
    Duration skew = Duration.ofMinutes(skewMinutes);
    SyncEngine worker = worker(Clock.offset(org.clock, skew));
    org.at(60);
    SyncReport initial = worker.run();
    String first = org.active(3);
    String second = org.active(30);
    String third = org.active(50);

    // Merge stamps these between runs; an incremental window taken from a clock ten minutes ahead
    // would begin after the first two (at the last run's start + 10 min - the 5-min overlap).
    org.at(61);
    org.data.editContact(first, c -> c.set("Title", "Chief Investment Officer"));
    org.at(64);
    org.data.editContact(second, c -> c.set("Title", "Trustee"));
    org.at(120);
    SyncReport incremental = worker.run();
    // One a clock ten minutes behind would leave for the run after: found all the same.
    org.at(121);
    org.data.editContact(third, c -> c.set("Title", "Beneficiary"));
    org.at(180);
    SyncReport last = worker.run();

    assertThat(incremental.kind()).isEqualTo(RunKind.INCREMENTAL);
    assertThat(changed(incremental))
        .containsExactlyInAnyOrder(org.salesforceId(first), org.salesforceId(second));
    assertThat(changed(last)).containsExactly(org.salesforceId(third));
    for (String id : List.of(first, second, third)) {
      assertThat(org.store.contact(org.salesforceId(id)).orElseThrow().contact().orElseThrow())
          .isEqualTo(org.expected(id));
    }
    for (SyncReport report : List.of(initial, incremental, last)) {
      assertThat(report.sourceClockSkew())
          .hasValueSatisfying(s -> assertThat(s).isBetween(skew.minusSeconds(1), skew));
      assertThat(report.warnings())
          .extracting(RunWarning::kind)
          .containsExactly(RunWarning.Kind.SOURCE_CLOCK_SKEW);
    }
    assertThat(incremental.warnings().get(0).message())
        .isEqualTo(
            "This worker's clock was about"
                + " 10 minutes "
                + (skewMinutes > 0 ? "ahead of" : "behind")
                + " the source's when run-2"
                + " started (more than 1 minute). The run read up to the source's own time, so no change"
                + " was missed; check the worker's time service.");
  }

  @ParameterizedTest
  @ValueSource(ints = {10, -10})
  void aWorkerWithinTheToleranceIsNotWarned(int skewMinutes) {
    SyncEngine worker =
        SyncEngine.builder()
            .source(
                MergeContactSource.create(
                    client(Clock.offset(org.clock, Duration.ofMinutes(skewMinutes)))))
            .storage(org.store)
            .lock(org.lock)
            .settings(org.settings)
            .pageSize(org.pageSize)
            .clock(Clock.offset(org.clock, Duration.ofMinutes(skewMinutes)))
            .sourceClockTolerance(Duration.ofMinutes(11))
            .build();
    org.at(60);

    assertThat(worker.run().warnings()).isEmpty();
  }

  private List<String> changed(SyncReport report) {
    return org.store.changes().stream()
        .filter(c -> c.runId().equals(report.runId()))
        .map(ContactChange::salesforceId)
        .toList();
  }

  private SyncEngine worker(Clock clock) {
    return SyncEngine.builder()
        .source(MergeContactSource.create(client(clock)))
        .storage(org.store)
        .lock(new InMemorySyncLock(clock))
        .settings(org.settings)
        .clock(clock)
        .pageSize(org.pageSize)
        .build();
  }

  /** A client of the fake on the worker's clock; its sleeps move Merge's, and so the worker's. */
  private MergeCrmClient client(Clock clock) {
    return MergeCrmClient.builder()
        .apiKey(org.server.apiKey())
        .accountToken(FakeOrg.TOKEN)
        .baseUrl(org.server.baseUrl())
        .rateLimit(RateLimit.ENTERPRISE)
        .clock(clock)
        .sleeper(org.clock::advance)
        .random(new Random(11))
        .build();
  }
}
