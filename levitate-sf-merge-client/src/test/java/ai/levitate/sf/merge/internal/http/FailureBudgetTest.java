package ai.levitate.sf.merge.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.merge.ManualTime;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class FailureBudgetTest {
  private final ManualTime time = ManualTime.startingAt("2024-05-01T10:00:00Z");
  private final FailureBudget budget = new FailureBudget(3, Duration.ofSeconds(10), time, time);

  @Test
  void successesNeverWait() throws InterruptedException {
    for (int i = 0; i < 50; i++) {
      budget.acquire();
      budget.release(false);
    }

    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aFullBudgetWaitsUntilTheOldestFailureLeavesTheWindow() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      budget.acquire();
      time.advance(Duration.ofSeconds(1));
      budget.release(true);
    }

    budget.acquire();

    // failures at 1 s, 2 s and 3 s; the first leaves the window at 11 s, 8 s after the last
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(8));
    assertThat(budget.recentFailures()).isEqualTo(2);
  }

  @Test
  void requestsInFlightCountAsPossibleFailures() throws Exception {
    budget.acquire();
    budget.acquire();
    budget.acquire();
    CountDownLatch started = new CountDownLatch(1);
    Thread fourth =
        new Thread(
            () -> {
              try {
                budget.acquire();
                started.countDown();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    fourth.start();

    awaitWaiting(fourth);
    assertThat(started.getCount()).isEqualTo(1);
    budget.release(false);
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    fourth.join(5000);
  }

  /** Spins until {@code thread} parks on the budget's monitor; no fixed sleep. */
  private static void awaitWaiting(Thread thread) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (thread.getState() != Thread.State.WAITING) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the fourth request never waited");
      }
      Thread.onSpinWait();
    }
  }

  @Test
  void aWallClockStepNeitherForgetsNorKeepsFailures() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      budget.acquire();
      budget.release(true);
    }

    time.jumpWall(Duration.ofHours(1));
    assertThat(budget.recentFailures()).isEqualTo(3);
    time.jumpWall(Duration.ofHours(-2));
    budget.acquire();

    // the failures leave the window 10 s after they happened, whatever the wall clock says
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10));
  }
}
