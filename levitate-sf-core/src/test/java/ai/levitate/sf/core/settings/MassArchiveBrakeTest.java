package ai.levitate.sf.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class MassArchiveBrakeTest {
  private final MassArchiveBrake brake = MassArchiveBrake.defaults();

  @Test
  void smallCountsNeverTripTheShareRule() {
    assertThat(brake.trips(3, 20)).isFalse();
    assertThat(brake.trips(5, 5)).isFalse();
  }

  @Test
  void moreThanTenPercentTrips() {
    assertThat(brake.trips(300, 1000)).isTrue();
    assertThat(brake.trips(100, 1000)).isFalse();
    assertThat(brake.trips(101, 1000)).isTrue();
  }

  @Test
  void moreThanTheCountTripsWhateverTheShare() {
    assertThat(brake.trips(501, 1_000_000)).isTrue();
    assertThat(brake.trips(500, 1_000_000)).isFalse();
  }

  @Test
  void archivingWhenNothingIsKnownTrips() {
    assertThat(brake.trips(6, 0)).isTrue();
  }

  @Test
  void thresholdsAreChecked() {
    assertThatThrownBy(() -> MassArchiveBrake.builder().maxShare(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("brake.maxShare must be between 0 and 1, was 1.5");
    assertThatThrownBy(() -> MassArchiveBrake.builder().maxCount(-1).build())
        .hasMessage("brake.maxCount must not be negative, was -1");
  }
}
