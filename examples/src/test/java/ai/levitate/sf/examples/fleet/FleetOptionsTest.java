package ai.levitate.sf.examples.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class FleetOptionsTest {
  @Test
  void theIssuesCommandParsesWithTheDefaultTiming() {
    FleetOptions options =
        FleetOptions.parse(
                new String[] {
                  "--accounts", "12", "--workers", "3", "--kill-one", "--out", "target/fleet"
                })
            .options()
            .orElseThrow();

    assertThat(options.accounts()).isEqualTo(12);
    assertThat(options.workers()).isEqualTo(3);
    assertThat(options.killOne()).isTrue();
    assertThat(options.jdbcUrl()).isEmpty();
    assertThat(options.out()).isEqualTo(Path.of("target/fleet"));
    assertThat(options.timing()).isEqualTo(FleetOptions.Timing.DEFAULT);
  }

  @Test
  void timingOptionsReachTheWorkersAsTheyWereGiven() {
    FleetOptions options =
        FleetOptions.parse(
                new String[] {
                  "--out",
                  "x",
                  "--checkin-ms",
                  "1000",
                  "--misfire-ms",
                  "3000",
                  "--idle-wait-ms",
                  "500",
                  "--lease-seconds",
                  "8",
                  "--retry-ms",
                  "700"
                })
            .options()
            .orElseThrow();

    assertThat(options.timing())
        .isEqualTo(
            new FleetOptions.Timing(
                Duration.ofSeconds(1),
                Duration.ofSeconds(3),
                Duration.ofMillis(500),
                Duration.ofSeconds(8),
                Duration.ofMillis(700)));
    assertThat(options.timing().arguments())
        .containsExactly(
            "--checkin-ms",
            "1000",
            "--misfire-ms",
            "3000",
            "--idle-wait-ms",
            "500",
            "--lease-seconds",
            "8",
            "--retry-ms",
            "700");
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    FleetOptions.Parsed parsed =
        FleetOptions.parse(
            new String[] {
              "--workers",
              "1",
              "--kill-one",
              "--accounts",
              "none",
              "--jdbc-url",
              "jdbc:h2:mem:x",
              "--turbo"
            });

    assertThat(parsed.options()).isEmpty();
    assertThat(parsed.problems())
        .containsExactly(
            "--accounts must be a whole number from 1 to 500, was \"none\".",
            "--jdbc-url must be a PostgreSQL URL (jdbc:postgresql:...): Quartz's tables and the lease"
                + " history are PostgreSQL's, was \"jdbc:h2:mem:x\".",
            "Unknown option --turbo; --help lists the options.",
            "--out DIR is required: fleet.json and the workers' logs go there.",
            "--kill-one needs --workers 2 or more: someone must take the accounts over.");
  }

  @Test
  void helpNeedsNoOut() {
    assertThat(FleetOptions.parse(new String[] {"--help"}).options().map(FleetOptions::help))
        .isEqualTo(Optional.of(true));
  }
}
