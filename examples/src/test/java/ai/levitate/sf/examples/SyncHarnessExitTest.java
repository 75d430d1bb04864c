package ai.levitate.sf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes 2 (every problem named, nothing changed) and 1 (one line), and {@code --serve}. */
final class SyncHarnessExitTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  @TempDir Path dir;

  @Test
  void everyArgumentProblemIsNamedAndNothingIsCreated() {
    HarnessRun run =
        harness(Map.of(), "--contacts", "many", "--colour", "blue", "--region", "mars", "--out");

    assertThat(run.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(run.err())
        .isEqualTo(
            String.join(
                "\n",
                "error: --contacts must be a count between 0 and 10000000, was \"many\".",
                "error: Unknown option --colour; --help lists the options.",
                "error: Unknown option blue; --help lists the options.",
                "error: --region must be us, eu or ap, was \"mars\".",
                "error: --out needs a value.",
                "Nothing was changed; --help lists the options.",
                ""));
    assertThat(dir.resolve("state")).doesNotExist();
  }

  @Test
  void secretsAreRefusedOnTheCommandLine() {
    HarnessRun run = harness(Map.of(), "--merge-api-key", "sk-live-123");

    assertThat(run.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(run.err())
        .startsWith(
            "error: Secrets never go on the command line: set"
                + " MERGE_API_KEY and MERGE_ACCOUNT_TOKEN in the environment.\n");
  }

  @Test
  void aRealMergeNeedsItsCredentialsInTheEnvironment() {
    HarnessRun run = harness(Map.of(), "--region", "eu");

    assertThat(run.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(run.err())
        .startsWith(
            "error: A real Merge needs MERGE_API_KEY and"
                + " MERGE_ACCOUNT_TOKEN set in the environment (never on the command line).\n");
  }

  @Test
  void settingsThatDoNotParseAreUsageErrors() throws IOException {
    Path settings = Files.writeString(dir.resolve("s.json"), "{\"nicknameFeld\": \"Nick__c\"}");

    HarnessRun run = harness(Map.of(), "--contacts", "20", "--settings", settings.toString());

    assertThat(run.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(run.err())
        .startsWith(
            "error: --settings "
                + settings
                + ": unknown settings key"
                + " \"nicknameFeld\"; the keys are formatVersion, nicknameField,");
    assertThat(dir.resolve("state")).doesNotExist();
  }

  @Test
  void settingsThatNameFieldsTheOrgLacksAreUsageErrorsOnePerProblem() throws IOException {
    Path settings =
        Files.writeString(
            dir.resolve("s.json"),
            "{\"nicknameField\": \"Nick__c\", \"tagFields\": [\"Birthdate\"]}");

    HarnessRun run = harness(Map.of(), "--contacts", "20", "--settings", settings.toString());

    assertThat(run.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(run.err().lines().filter(l -> l.startsWith("error: --settings "))).hasSize(2);
    assertThat(run.err())
        .contains("Nick__c")
        .contains("Birthdate")
        .endsWith("Nothing was changed.\n");
    assertThat(dir.resolve("state")).doesNotExist();
  }

  @Test
  void aMissingSettingsFileIsAUsageError() {
    HarnessRun run = harness(Map.of(), "--settings", dir.resolve("none.json").toString());

    assertThat(run.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(run.err())
        .startsWith("error: --settings " + dir.resolve("none.json") + " does not exist.\n");
  }

  @Test
  void whatCannotBeAFixtureIsAUsageErrorNamingTheFilePlaceAndReason() throws IOException {
    Path notJson = Files.writeString(dir.resolve("export.csv"), "Id,FirstName\n003,Ann\n");
    Path noId =
        Files.writeString(
            dir.resolve("acme.json"),
            "{\"contacts\": [\n  {\"id\": \"c-1\"},\n  {\"first_name\": \"Ann\"}\n]}");

    HarnessRun csv = harness(Map.of(), "--fixture", notJson.toString());
    HarnessRun missingId = harness(Map.of(), "--fixture", noId.toString(), "--once");

    assertThat(csv.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(csv.err())
        .isEqualTo(
            "error: --fixture "
                + notJson
                + ": not JSON at line 1, column 4:"
                + " Unrecognized token 'Id': was expecting (JSON String, Number, Array, Object or token"
                + " 'null', 'true' or 'false')\nNothing was changed.\n");
    assertThat(missingId.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(missingId.err())
        .isEqualTo(
            "error: --fixture "
                + noId
                + ": contacts[1] (line 3, column 3) has no id\nNothing was changed.\n");
    assertThat(dir.resolve("state")).doesNotExist();
  }

  @Test
  void credentialsMergeRefusesEndTheRunWithOneLineAndAreNeverPrinted() {
    ManualClock clock = ManualClock.at(T0);
    try (FakeMergeServer merge = FakeMergeServer.builder().clock(clock).start()) {
      merge.addLinkedAccount(
          "the-right-token",
          SalesforceDataGenerator.builder().contacts(5).clock(clock).build().generate());
      Map<String, String> env =
          Map.of("MERGE_API_KEY", "wrong-key-4711", "MERGE_ACCOUNT_TOKEN", "token-0815");

      HarnessRun run = harness(env, "--merge-base-url", merge.baseUrl());

      assertThat(run.exit()).isEqualTo(SyncHarness.FAILED);
      assertThat(run.err()).startsWith("error: ").contains("401").hasLineCount(1);
      assertThat(run.out() + run.err()).doesNotContain("wrong-key-4711", "token-0815");
    }
  }

  @Test
  void servesTheFakeUntilStandardInputClosesAndAnotherHarnessSyncsFromIt() throws Exception {
    PipedOutputStream stdin = new PipedOutputStream();
    PipedInputStream serverIn = new PipedInputStream(stdin);
    PipedInputStream printed = new PipedInputStream();
    PrintStream serverOut =
        new PrintStream(new PipedOutputStream(printed), true, StandardCharsets.UTF_8);
    CompletableFuture<Integer> serving =
        CompletableFuture.supplyAsync(
            () ->
                SyncHarness.run(
                    new String[] {"--serve", "0", "--contacts", "30"},
                    serverIn,
                    serverOut,
                    serverOut,
                    Map.of(),
                    new TickingClock(T0),
                    false));
    BufferedReader lines =
        new BufferedReader(new InputStreamReader(printed, StandardCharsets.UTF_8));
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < 3; i++) {
      String[] line = lines.readLine().split("=", 2);
      env.put(line[0], line[1]);
    }

    assertThat(env.get("MERGE_BASE_URL")).matches("http://127\\.0\\.0\\.1:[0-9]+/api/crm/v1");
    assertThat(env).containsEntry("MERGE_ACCOUNT_TOKEN", "harness-account-token");
    HarnessRun client = harness(env, "--merge-base-url", env.get("MERGE_BASE_URL"));
    assertThat(client.exit()).as(client.err()).isZero();
    assertThat(client.out())
        .contains("run-1 INITIAL: COMPLETED")
        .doesNotContain("round", "harness-account-token");
    stdin.close();
    assertThat(serving.get(10, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void theMergeRateLimitReachesTheClientAndFourHundredIsTheDefault() {
    ManualClock clock = ManualClock.at(T0);
    try (FakeMergeServer merge = FakeMergeServer.builder().clock(clock).start()) {
      merge.addLinkedAccount(
          "token-1", SalesforceDataGenerator.builder().contacts(5).clock(clock).build().generate());
      Map<String, String> env =
          Map.of("MERGE_API_KEY", merge.apiKey(), "MERGE_ACCOUNT_TOKEN", "token-1");

      HarnessRun enterprise =
          harness(
              env,
              "--merge-base-url",
              merge.baseUrl(),
              "--merge-rate-limit",
              "600",
              "--read-concurrency",
              "2");
      HarnessRun professional = harness(env, "--merge-base-url", merge.baseUrl());

      assertThat(enterprise.exit()).as(enterprise.err()).isZero();
      assertThat(enterprise.out())
          .contains(
              "levitate-sf harness: Merge at "
                  + merge.baseUrl()
                  + " (at most 600 requests a minute); state in H2 file ")
          .contains("; 2 pages read at once\n");
      assertThat(professional.out()).contains(" (at most 400 requests a minute); state in ");
    }
  }

  @Test
  void theMergeRateLimitGoesOnlyWithARealMerge() {
    HarnessRun run = harness(Map.of(), "--merge-rate-limit", "600", "--read-concurrency", "33");

    assertThat(run.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(run.err())
        .isEqualTo(
            String.join(
                "\n",
                "error: --read-concurrency must be a number of pages between 1 and 32, was \"33\".",
                "error: --merge-rate-limit is the linked account's limit at a real Merge (or a served"
                    + " fake); it goes with --merge-base-url or --region (the harness's own fake takes"
                    + " --rate-limit).",
                "Nothing was changed; --help lists the options.",
                ""));
  }

  @Test
  void helpListsTheOptionsAndExitsZero() {
    HarnessRun run = harness(Map.of(), "--help");

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "--fixture FILE",
            "--serve PORT",
            "--jdbc-url URL",
            "Exit codes",
            "--merge-rate-limit N",
            "100 (Launch), 400 (Professional) or 600 (Enterprise)",
            "--read-concurrency N",
            "--accounts N");
  }

  @Test
  void accountsShapeTheGeneratedOrgAndItsStateRemembersThem() throws IOException {
    Path out = dir.resolve("out");
    HarnessRun fsc =
        harness(
            Map.of(), "--contacts", "40", "--accounts", "40", "--once", "--out", out.toString());

    assertThat(fsc.exit()).isZero();
    assertThat(fsc.out()).contains("40 generated contacts in 40 accounts (seed 42)");
    // By default 40 contacts share 2 accounts, so 2 companies at most.
    assertThat(
            Files.readAllLines(out.resolve("contacts.jsonl")).stream()
                .map(line -> line.replaceAll(".*\"companyName\":(null|\"[^\"]*\").*", "$1"))
                .filter(company -> !company.equals("null"))
                .distinct())
        .as("companies")
        .hasSizeGreaterThan(2);

    HarnessRun other = harness(Map.of(), "--contacts", "40", "--once");

    assertThat(other.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(other.err())
        .contains(
            "was made from --contacts 40 --accounts 40 --seed 42, not --contacts 40 --seed 42");
  }

  @Test
  void accountsAreACountAndGoOnlyWithAGeneratedOrg() {
    HarnessRun none = harness(Map.of(), "--accounts", "0");
    HarnessRun fixture = harness(Map.of(), "--fixture", "some.json", "--accounts", "5");

    assertThat(none.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(none.err())
        .contains("error: --accounts must be a count between 1 and 1000000, was \"0\".");
    assertThat(fixture.exit()).isEqualTo(SyncHarness.USAGE);
    assertThat(fixture.err())
        .contains(
            "error: --contacts, --accounts and --seed shape a generated account; they do not go"
                + " with --fixture.");
  }

  private HarnessRun harness(Map<String, String> env, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--state";
    all[1] = dir.resolve("state").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return HarnessRun.of(new TickingClock(T0), env, all);
  }
}
