package ai.levitate.sf.testkit.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.levitate.sf.core.spi.SyncLease;
import ai.levitate.sf.core.spi.SyncLock;
import ai.levitate.sf.testkit.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every host's {@link SyncLock} must do, as JUnit 5 tests: one lease at a time, lapsing on the
 * lock's clock unless renewed, given back on close, with fencing tokens that grow with each lease.
 *
 * <pre>{@code
 * final class RedisSyncLockTest extends SyncLockContract {
 *   @Override
 *   protected SyncLock newLock(Clock clock) {
 *     return new RedisSyncLock(redis, "account-1", clock);
 *   }
 * }
 * }</pre>
 */
public abstract class SyncLockContract {
  private static final Duration TTL = Duration.ofMinutes(10);

  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private SyncLock lock;

  /** A lock for one account that no one holds, reading time from {@code clock}. */
  protected abstract SyncLock newLock(Clock clock);

  @BeforeEach
  final void createLock() {
    lock = newLock(clock);
  }

  @Test
  void aFreeLockGrantsALease() {
    Optional<SyncLease> lease = lock.tryAcquire("worker-1", TTL);

    assertTrue(lease.isPresent());
  }

  @Test
  void aLiveLeaseKeepsEveryOtherHolderOut() {
    lock.tryAcquire("worker-1", TTL).orElseThrow();
    clock.advance(TTL.minusSeconds(1));

    assertEquals(Optional.empty(), lock.tryAcquire("worker-2", TTL));
    assertEquals(
        Optional.empty(), lock.tryAcquire("worker-1", TTL), "not even its own holder again");
  }

  @Test
  void aLeaseNotRenewedLapsesAndTheNextHasAGreaterToken() {
    SyncLease first = lock.tryAcquire("worker-1", TTL).orElseThrow();
    clock.advance(TTL);

    SyncLease second = lock.tryAcquire("worker-2", TTL).orElseThrow();

    assertTrue(second.fencingToken() > first.fencingToken());
    assertFalse(first.renew(TTL), "a lapsed lease taken over cannot be renewed");
  }

  @Test
  void renewingExtendsTheLease() {
    SyncLease lease = lock.tryAcquire("worker-1", TTL).orElseThrow();
    clock.advance(TTL.minusMinutes(1));

    assertTrue(lease.renew(TTL));
    clock.advance(TTL.minusMinutes(1));

    assertEquals(Optional.empty(), lock.tryAcquire("worker-2", TTL));
    assertTrue(lease.renew(TTL));
  }

  @Test
  void aLapsedLeaseNoOneTookCannotBeRenewed() {
    SyncLease lease = lock.tryAcquire("worker-1", TTL).orElseThrow();
    clock.advance(TTL.plusSeconds(1));

    assertFalse(lease.renew(TTL));
  }

  @Test
  void closingALeaseFreesTheLock() {
    SyncLease first = lock.tryAcquire("worker-1", TTL).orElseThrow();
    first.close();

    SyncLease second = lock.tryAcquire("worker-2", TTL).orElseThrow();

    assertTrue(second.fencingToken() > first.fencingToken());
    first.close();
    assertEquals(
        Optional.empty(),
        lock.tryAcquire("worker-3", TTL),
        "closing an old lease again does not free the new one");
  }

  @Test
  void tokensGrowWithEveryLeaseGranted() {
    long previous = Long.MIN_VALUE;
    for (int i = 0; i < 5; i++) {
      SyncLease lease = lock.tryAcquire("worker-" + i, TTL).orElseThrow();
      assertTrue(lease.fencingToken() > previous);
      previous = lease.fencingToken();
      lease.close();
    }
  }
}
