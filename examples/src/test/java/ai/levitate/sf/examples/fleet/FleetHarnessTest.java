package ai.levitate.sf.examples.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.examples.jdbc.JdbcStorage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet end to end at its smallest: two accounts on two worker JVMs sharing an embedded
 * PostgreSQL and a clustered Quartz scheduler, one worker killed mid-run, every account compared
 * with its fault-free run. Real processes and real time (34 to 71 s on two busy cores): nothing
 * here can be simulated without losing what it shows.
 */
final class FleetHarnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aKilledWorkersAccountsAreTakenOverAndEveryAccountEndsAsItsFaultFreeRun() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit =
        FleetHarness.run(
            new String[] {
              "--accounts",
              "2",
              "--workers",
              "2",
              "--kill-one",
              "--rounds",
              "1",
              "--contacts",
              "120",
              "--latency",
              "50",
              "--checkin-ms",
              "1000",
              "--lease-seconds",
              "8",
              "--retry-ms",
              "1000",
              "--timeout",
              "240",
              "--out",
              dir.toString()
            },
            print(out),
            print(err),
            Map.of(),
            false);

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(printed + err.toString(StandardCharsets.UTF_8)).isZero();
    JsonNode fleet = JSON.readTree(dir.resolve("fleet.json").toFile());
    assertThat(fleet.fieldNames())
        .toIterable()
        .containsExactly("accounts", "workersKilled", "overlappingRuns", "seconds");
    assertThat(fleet.path("workersKilled").asInt()).isEqualTo(1);
    assertThat(fleet.path("overlappingRuns").asInt()).isZero();
    assertThat(fleet.path("accounts"))
        .hasSize(2)
        .allSatisfy(
            account -> {
              assertThat(account.fieldNames())
                  .toIterable()
                  .containsExactly(
                      "account",
                      "contacts",
                      "expectedContacts",
                      "notesWritten",
                      "notesExpected",
                      "duplicateNotes",
                      "runsCompleted",
                      "workers");
              assertThat(account.path("contacts").asLong())
                  .isPositive()
                  .isEqualTo(account.path("expectedContacts").asLong());
              assertThat(account.path("notesWritten").asLong())
                  .isPositive()
                  .isEqualTo(account.path("notesExpected").asLong());
              assertThat(account.path("duplicateNotes").asLong()).isZero();
              // One more when the worker died between the account's sync and its write-back: the
              // recovered job syncs again (finding nothing new) before it writes back.
              assertThat(account.path("runsCompleted").asLong()).isBetween(2L, 3L);
            });
    // The killed worker held at least one account, which another worker then finished.
    assertThat(fleet.path("accounts"))
        .anySatisfy(account -> assertThat(account.path("workers")).hasSize(2));
    assertThat(printed)
        .contains(
            "killed worker-", "round 1:", "2 of 2 accounts ended as their" + " fault-free run");
    assertThat(dir.resolve("logs").resolve("worker-1.log")).isNotEmptyFile();
    assertThat(dir.resolve("logs").resolve("worker-2.log")).isNotEmptyFile();
    // No worker outlives the harness.
    assertThat(
            ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .map(h -> h.info().commandLine().orElse(""))
                .filter(command -> command.contains(FleetWorker.class.getName())))
        .isEmpty();
  }

  @Test
  void aDatabaseHoldingAnEarlierFleetsStateIsRefusedBeforeAnyWorkerStarts()
      throws IOException, Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      JdbcStorage.create(postgres.getPostgresDatabase());
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO sf_run_state (account_key, newest_token, state_json)"
                + " VALUES ('fleet-01', 1, '{}')");
      }
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int exit =
          FleetHarness.run(
              new String[] {
                "--accounts",
                "1",
                "--workers",
                "1",
                "--jdbc-url",
                postgres.getJdbcUrl("postgres", "postgres"),
                "--out",
                dir.toString()
              },
              print(new ByteArrayOutputStream()),
              print(err),
              Map.of(),
              false);

      assertThat(exit).isEqualTo(FleetHarness.USAGE);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualTo(
              "error: --jdbc-url: the"
                  + " database holds the sync state of an earlier fleet run (sf_run_state has fleet-..."
                  + " accounts); give the fleet an empty database, since it compares every account with"
                  + " a fresh fault-free run.\n");
      assertThat(Files.exists(dir.resolve("logs").resolve("worker-1.log"))).isFalse();
    }
  }

  @Test
  void badArgumentsStartNothing() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int exit =
        FleetHarness.run(
            new String[] {"--workers", "1", "--kill-one"},
            print(new ByteArrayOutputStream()),
            print(err),
            Map.of(),
            false);

    assertThat(exit).isEqualTo(FleetHarness.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "error: --out DIR is required: fleet.json and the workers' logs go there.\n"
                + "error: --kill-one needs --workers 2 or more: someone must take the accounts over.\n"
                + "Nothing was started; --help lists the options.\n");
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
