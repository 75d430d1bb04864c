package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.spi.LeaseLostException;
import ai.levitate.sf.core.spi.SyncLease;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class LeaseKeeperTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Duration LEASE = Duration.ofSeconds(15);

  private final SteppedClock clock = new SteppedClock();
  private long nanos = 1_000;
  private final RecordingLease lease = new RecordingLease();
  private final LeaseKeeper keeper =
      new LeaseKeeper(Optional.of(lease), LEASE, clock, T0, () -> nanos, 1_000);

  /** Both clocks move on by {@code elapsed}. */
  private void pass(Duration elapsed) {
    clock.now = clock.now.plus(elapsed);
    nanos += elapsed.toNanos();
  }

  @Test
  void commitsWithinAThirdOfTheLeaseAfterItWasTakenDoNotRenewIt() {
    pass(Duration.ofMillis(4_999));
    keeper.beforeCommit("run-1");

    assertThat(lease.renewals).isEmpty();
  }

  @Test
  void theFirstCommitAThirdOfTheLeaseAfterTheLastRenewalRenewsItForTheWholeLease() {
    pass(Duration.ofSeconds(5));
    keeper.beforeCommit("run-1");
    pass(Duration.ofSeconds(4));
    keeper.beforeCommit("run-1");
    pass(Duration.ofSeconds(1));
    keeper.beforeCommit("run-1");

    assertThat(lease.renewals).containsExactly(LEASE, LEASE);
  }

  @Test
  void aWallClockSteppedBackLessThanTheTimeThatPassedStillRenews() {
    // 11 s pass on the monotonic clock while the wall clock is stepped back 9 s of them.
    nanos += Duration.ofSeconds(11).toNanos();
    clock.now = T0.plusSeconds(2);
    keeper.beforeCommit("run-1");

    assertThat(lease.renewals).containsExactly(LEASE);
  }

  @Test
  void aWallClockThatWentBackOrAheadRenewsTheLease() {
    clock.now = T0.minusSeconds(1);
    keeper.beforeCommit("run-1");
    clock.now = T0.plusSeconds(6);
    keeper.beforeCommit("run-1");

    assertThat(lease.renewals).containsExactly(LEASE, LEASE);
  }

  @Test
  void aLapsedLeaseStopsTheCommit() {
    lease.lapsed = true;
    pass(Duration.ofMinutes(11));

    assertThatThrownBy(() -> keeper.beforeCommit("run-7"))
        .isInstanceOf(LeaseLostException.class)
        .hasMessage(
            "The sync lease lapsed during run-7; the run stopped before its next commit and"
                + " resumes on the next call.");
  }

  @Test
  void aDryRunHasNoLeaseToRenewAndFencesWithZero() {
    LeaseKeeper none = new LeaseKeeper(Optional.empty(), LEASE, clock, T0, () -> nanos, 1_000);
    pass(Duration.ofHours(1));
    none.beforeCommit("run-1");

    assertThat(none.fencingToken()).isZero();
    assertThat(keeper.fencingToken()).isEqualTo(7);
  }

  private static final class RecordingLease implements SyncLease {
    final List<Duration> renewals = new ArrayList<>();
    boolean lapsed;

    @Override
    public long fencingToken() {
      return 7;
    }

    @Override
    public boolean renew(Duration timeToLive) {
      renewals.add(timeToLive);
      return !lapsed;
    }

    @Override
    public void close() {}
  }

  private static final class SteppedClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
