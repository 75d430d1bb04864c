package ai.levitate.sf.testkit.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.ManualClock;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

final class FakeMergeServerExtensionTest {
  @Nested
  @ExtendWith(FakeMergeServerExtension.class)
  final class AsParameter {
    @Test
    void givesEachTestARunningServer(FakeMergeServer server) {
      assertThat(server.baseUrl()).startsWith("http://").endsWith("/api/crm/v1/");
      assertThat(server.requestCount()).isZero();
    }
  }

  @Nested
  final class AsField {
    final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));

    @RegisterExtension
    final FakeMergeServerExtension merge =
        FakeMergeServerExtension.with(() -> FakeMergeServer.builder().clock(clock).apiKey("k"));

    @Test
    void startsTheServerFromTheGivenSettings() {
      assertThat(merge.server().clock()).isSameAs(clock);
      assertThat(merge.server().apiKey()).isEqualTo("k");
    }
  }
}
