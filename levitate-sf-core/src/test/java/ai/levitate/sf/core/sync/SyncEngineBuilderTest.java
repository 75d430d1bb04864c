package ai.levitate.sf.core.sync;

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
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> SyncEngine.builder().clock(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clock == null");
  }
}
