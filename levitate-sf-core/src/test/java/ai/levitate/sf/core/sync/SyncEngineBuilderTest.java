package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class SyncEngineBuilderTest {

  @Test
  void buildNamesTheFirstMissingPart() {
    assertThatThrownBy(() -> SyncEngine.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source must be set to the account's ContactSource.");
  }

  @Test
  void overlapMustNotBeNegative() {
    assertThatThrownBy(() -> SyncEngine.builder().overlap(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("overlap must be zero or more, was PT-1M.");
  }

  @Test
  void leaseDurationMustBePositive() {
    assertThatThrownBy(() -> SyncEngine.builder().leaseDuration(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaseDuration must be more than zero, was PT0S.");
  }

  @Test
  void pageSizeMustFitMergesLimit() {
    assertThatThrownBy(() -> SyncEngine.builder().pageSize(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pageSize must be between 1 and 100, was 101.");
  }

  @Test
  void holderMustNotBeBlank() {
    assertThatThrownBy(() -> SyncEngine.builder().holder(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("holder must not be blank.");
  }

  @Test
  void accountKeyMustNotBeBlankNorTheClockToleranceNegative() {
    assertThatThrownBy(() -> SyncEngine.builder().accountKey(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accountKey must not be blank.");
    assertThatThrownBy(() -> SyncEngine.builder().sourceClockTolerance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sourceClockTolerance must be zero or more, was PT-1S.");
    assertThatThrownBy(() -> RunControl.deadline(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("deadline == null");
  }

  @Test
  void fullReconciliationEveryMustNotBeNegative() {
    assertThatThrownBy(() -> SyncEngine.builder().fullReconciliationEvery(Duration.ofDays(-7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fullReconciliationEvery must be zero or more (zero: never), was PT-168H.");
  }

  @Test
  void durationsAreDescribedInTheUnitThatFitsThem() {
    assertThat(Planner.describe(Duration.ofDays(7))).isEqualTo("7 days");
    assertThat(Planner.describe(Duration.ofHours(1))).isEqualTo("1 hour");
    assertThat(Planner.describe(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    assertThat(Planner.describe(Duration.ofSeconds(61))).isEqualTo("PT1M1S");
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> SyncEngine.builder().clock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clock == null");
  }
}
