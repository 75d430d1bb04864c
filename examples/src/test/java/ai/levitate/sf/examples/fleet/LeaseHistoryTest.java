package ai.levitate.sf.examples.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class LeaseHistoryTest {
  private static LeaseHistory.Change grant(
      String account, String holder, long token, long at, long expires) {
    return new LeaseHistory.Change(account, Optional.of(holder), token, expires, at);
  }

  private static LeaseHistory.Change renew(
      String account, String holder, long token, long at, long expires) {
    return new LeaseHistory.Change(account, Optional.of(holder), token, expires, at);
  }

  private static LeaseHistory.Change release(String account, long token, long at) {
    return new LeaseHistory.Change(account, Optional.empty(), token, at, at);
  }

  @Test
  void aLeaseGivenBackBeforeTheNextGrantIsNoOverlap() {
    LeaseHistory history =
        LeaseHistory.of(
            List.of(
                grant("a", "worker-1", 1, 100, 1_100),
                renew("a", "worker-1", 1, 500, 1_500),
                release("a", 1, 600),
                grant("a", "worker-2", 2, 700, 1_700)));

    assertThat(history.account("a"))
        .isEqualTo(new LeaseHistory.Account(List.of("worker-1", "worker-2"), 0));
    assertThat(history.overlaps()).isZero();
  }

  @Test
  void aDeadWorkersLeaseTakenAfterItsLastExpiryIsNoOverlap() {
    LeaseHistory history =
        LeaseHistory.of(
            List.of(
                grant("a", "worker-1", 1, 100, 1_100),
                renew("a", "worker-1", 1, 400, 1_400),
                grant("a", "worker-2", 2, 1_401, 2_401)));

    assertThat(history.overlaps()).isZero();
  }

  @Test
  void aGrantToAnotherWorkerBeforeTheLastRenewalLapsedIsAnOverlap() {
    LeaseHistory history =
        LeaseHistory.of(
            List.of(
                grant("a", "worker-1", 1, 100, 1_100),
                renew("a", "worker-1", 1, 400, 1_400),
                grant("a", "worker-2", 2, 1_200, 2_200),
                grant("b", "worker-1", 1, 100, 1_100)));

    assertThat(history.account("a").overlaps()).isEqualTo(1);
    assertThat(history.account("b").overlaps()).isZero();
    assertThat(history.overlaps()).isEqualTo(1);
  }

  @Test
  void theSameWorkerTakingTheLeaseAgainIsNoOverlapAndIsNamedOnce() {
    LeaseHistory history =
        LeaseHistory.of(
            List.of(
                grant("a", "worker-1", 1, 100, 1_100),
                grant("a", "worker-1", 2, 200, 1_200),
                release("a", 2, 300),
                grant("a", "worker-2", 3, 400, 1_400),
                release("a", 3, 500),
                grant("a", "worker-1", 4, 600, 1_600)));

    assertThat(history.account("a"))
        .isEqualTo(new LeaseHistory.Account(List.of("worker-1", "worker-2"), 0));
  }

  @Test
  void anAccountWithoutHistoryHasNoWorkers() {
    assertThat(LeaseHistory.of(List.of()).account("a"))
        .isEqualTo(new LeaseHistory.Account(List.of(), 0));
  }
}
