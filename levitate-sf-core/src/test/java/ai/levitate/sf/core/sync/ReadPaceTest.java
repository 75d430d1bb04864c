package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.spi.ReadLimits;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ReadPaceTest {
  private static final long MILLI = 1_000_000L;

  @Test
  void readersKeepTheRateBusyAtThePageTimeWithAQuarterToSpare() {
    // 400 a minute at 1.5 s a page: 1.25 * 6.67 * 1.5 = 12.5, capped by 10 in flight
    assertThat(ReadPace.choose(ReadLimits.of(400, 10), 1500 * MILLI)).isEqualTo(10);
    // 600 a minute at 0.4 s: 1.25 * 10 * 0.4 = 5
    assertThat(ReadPace.choose(ReadLimits.of(600, 10), 400 * MILLI)).isEqualTo(5);
    // 100 a minute at 1 s: 2.08
    assertThat(ReadPace.choose(ReadLimits.of(100, 5), 1000 * MILLI)).isEqualTo(3);
    // 3,000 a minute at 0.1 s: 6.25
    assertThat(ReadPace.choose(ReadLimits.of(3000, 10), 100 * MILLI)).isEqualTo(7);
  }

  @Test
  void neverFewerThanOneNorMoreThanTheSourceOrSixteen() {
    assertThat(ReadPace.choose(ReadLimits.of(100, 10), 0)).isEqualTo(1);
    assertThat(ReadPace.choose(ReadLimits.of(60_000, 100), 10_000 * MILLI)).isEqualTo(16);
    assertThat(ReadPace.choose(ReadLimits.of(60_000, 3), 10_000 * MILLI)).isEqualTo(3);
  }

  @Test
  void oneReaderUntilAPageIsTimedThenTheAverageOfThePages() {
    ReadPace pace = ReadPace.chosen(Optional.of(ReadLimits.of(3000, 10)));
    assertThat(pace.partitions()).isTrue();
    assertThat(pace.readers()).isEqualTo(1);
    assertThat(pace.maxReaders()).isEqualTo(10);

    pace.observe(100 * MILLI);
    assertThat(pace.readers()).isEqualTo(7);
    // the average moves a quarter of the way: 100 ms + (260 - 100) / 4 = 140 ms, 8.75 readers
    pace.observe(260 * MILLI);
    assertThat(pace.readers()).isEqualTo(9);
  }

  @Test
  void aFixedNumberIgnoresThePageTimes() {
    ReadPace pace = ReadPace.fixed(3);
    pace.observe(10_000 * MILLI);

    assertThat(pace.readers()).isEqualTo(3);
    assertThat(pace.maxReaders()).isEqualTo(3);
    assertThat(ReadPace.fixed(1).partitions()).isFalse();
  }

  @Test
  void aSourceWithoutLimitsIsReadPageAfterPage() {
    ReadPace pace = ReadPace.chosen(Optional.empty());

    assertThat(pace.partitions()).isFalse();
    assertThat(pace.readers()).isEqualTo(1);
  }
}
