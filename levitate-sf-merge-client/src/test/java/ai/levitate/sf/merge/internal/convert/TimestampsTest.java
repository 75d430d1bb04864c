package ai.levitate.sf.merge.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

final class TimestampsTest {
  @Test
  void readsEveryTimestampShapeMergeAndSalesforceSend() {
    Instant noon = Instant.parse("2024-01-01T12:00:00Z");
    assertThat(Timestamps.instant("2024-01-01T12:00:00Z")).contains(noon);
    assertThat(Timestamps.instant("2024-01-01T12:00:00.000+0000")).contains(noon);
    assertThat(Timestamps.instant("2024-01-01T12:00:00+00:00")).contains(noon);
    assertThat(Timestamps.instant("2024-01-01T04:00:00.000-0800")).contains(noon);
    assertThat(Timestamps.instant(" 2024-01-01T12:00Z ")).contains(noon);
    assertThat(Timestamps.instant("2024-01-01T12:00:00.123456Z"))
        .contains(Instant.parse("2024-01-01T12:00:00.123456Z"));
    assertThat(Timestamps.instant("2024-01-01T12:00:00.5z"))
        .contains(Instant.parse("2024-01-01T12:00:00.5Z"));
    assertThat(Timestamps.instant("2024-01-01T12:00:00.5Z"))
        .contains(Instant.parse("2024-01-01T12:00:00.5Z"));
    assertThat(Timestamps.instant("2024-01-01T12:00:00.123456789Z"))
        .contains(Instant.parse("2024-01-01T12:00:00.123456789Z"));
  }

  @Test
  void refusesTimestampsWithoutAnOffsetAndAnythingElse() {
    assertThat(Timestamps.instant("2024-01-01T12:00:00")).isEmpty();
    assertThat(Timestamps.instant("2024-02-30T12:00:00Z")).isEmpty();
    assertThat(Timestamps.instant("2024-01-01T24:00:00.000001Z")).isEmpty();
    assertThat(Timestamps.instant("2024-01-01T12:00:00.Z")).isEmpty();
    assertThat(Timestamps.instant("2024-01-01T12:0a:00Z")).isEmpty();
    assertThat(Timestamps.instant("yesterday")).isEmpty();
    assertThat(Timestamps.instant(null)).isEmpty();
  }

  @Test
  void readsDatesAsWrittenNeverThroughAnInstant() {
    assertThat(ZoneId.systemDefault().getId()).isEqualTo("America/Los_Angeles");
    assertThat(Timestamps.date("1980-02-29")).contains(LocalDate.of(1980, 2, 29));
    assertThat(Timestamps.date("1980-05-14T00:00:00Z")).contains(LocalDate.of(1980, 5, 14));
    assertThat(Timestamps.date("1980-05-14T00:00:00.000+0000")).contains(LocalDate.of(1980, 5, 14));
    assertThat(Timestamps.date("2023-02-29")).isEmpty();
    assertThat(Timestamps.date("14/05/1980")).isEmpty();
    assertThat(Timestamps.date("1980-05-14Tnoon")).isEmpty();
  }

  @Test
  void aDateTimeIsADateOnlyAtMidnightInItsOwnOffset() {
    assertThat(Timestamps.date("1980-05-14T00:00:00-05:00")).contains(LocalDate.of(1980, 5, 14));
    assertThat(Timestamps.date("1980-05-14T00:00:00.000+1400")).contains(LocalDate.of(1980, 5, 14));
    assertThat(Timestamps.date("1980-05-14T05:00:00Z")).isEmpty();
    assertThat(Timestamps.date("1980-05-13T23:59:59.999-05:00")).isEmpty();
    assertThat(Timestamps.date("1980-05-14T00:00:00.000001Z")).isEmpty();
  }
}
