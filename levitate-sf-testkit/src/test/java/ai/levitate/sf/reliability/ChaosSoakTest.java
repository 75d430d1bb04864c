package ai.levitate.sf.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.Fault;
import ai.levitate.sf.testkit.FaultKind;
import ai.levitate.sf.testkit.FaultRule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * A seeded chaos soak: {@value #ORGS} small orgs, each lived {@value #RUNS_PER_ORG} times with
 * random faults on random endpoints and processes killed at random SPI calls (before and after
 * commits, note writes and ledger saves), every life compared with the org's fault-free life. Every
 * other life reads its full passes as windows of Merge's created_at side by side.
 *
 * <p>Left to the fault matrix: a write Merge refuses for good (a 2xx listing errors), whose
 * expected end is a refused note, and Merge reporting its own sync incomplete, which holds
 * deletions for a person.
 */
@Tag("reliability")
final class ChaosSoakTest {
  static final int ORGS = 20;
  static final int RUNS_PER_ORG = 10;
  static final long SEED = 424242L;

  private static final Results.Row ROW = Results.suite("chaos soak");
  private static final String[][] ENDPOINTS = {
    {"*", "*"},
    {"GET", "/contacts"},
    {"GET", "/contacts/remote-field-classes"},
    {"GET", "/sync-status"},
    {"GET", "/accounts"},
    {"GET", "/users"},
    {"POST", "/notes"},
    {"GET", "/notes"},
    {"GET", "/contacts/{id}"}
  };

  private static final Set<String> LISTS =
      Set.of(
          "/contacts",
          "/contacts/remote-field-classes",
          "/sync-status",
          "/accounts",
          "/users",
          "/notes");
  private static FakeMergeServer server;

  @BeforeAll
  static void start() {
    server =
        FakeMergeServer.builder()
            .apiKey(Secrets.API_KEY)
            .seed(SEED)
            .remoteFieldClassesAsIds(true)
            .start();
  }

  @AfterAll
  static void close() {
    server.close();
  }

  @TestFactory
  Stream<DynamicContainer> randomFaultsAndKillsEndInTheFaultFreeEnd() {
    List<DynamicContainer> orgs = new ArrayList<>();
    for (int o = 0; o < ORGS; o++) {
      long orgSeed = SEED + o;
      Random shape = new Random(orgSeed);
      int contacts = 10 + shape.nextInt(14);
      int pageSize = 2 + shape.nextInt(4);
      End[] expected = new End[1];
      List<DynamicTest> runs = new ArrayList<>();
      runs.add(
          DynamicTest.dynamicTest(
              "fault-free life",
              () -> {
                Org org =
                    new Org(server, "soak-" + orgSeed + "-baseline", orgSeed, contacts, pageSize);
                new Scenario(org).play();
                expected[0] = End.of(org);
                assertThat(expected[0].notes()).isNotEmpty();
              }));
      for (int r = 0; r < RUNS_PER_ORG; r++) {
        long runSeed = orgSeed * 1_000 + r;
        runs.add(
            DynamicTest.dynamicTest(
                "chaos run " + r + " (seed " + runSeed + ")",
                () -> {
                  assertThat(expected[0]).as("the fault-free life of the org").isNotNull();
                  chaos(runSeed, orgSeed, contacts, pageSize, expected[0]);
                }));
      }
      orgs.add(
          DynamicContainer.dynamicContainer(
              "org " + o + " (" + contacts + " contacts, " + pageSize + " a page)", runs));
    }
    return orgs.stream();
  }

  private static void chaos(long runSeed, long orgSeed, int contacts, int pageSize, End expected) {
    Random random = new Random(runSeed);
    Org org = new Org(server, "soak-" + runSeed, orgSeed, contacts, pageSize);
    int rules = 1 + random.nextInt(4);
    for (int i = 0; i < rules; i++) {
      String[] endpoint = ENDPOINTS[random.nextInt(ENDPOINTS.length)];
      boolean list =
          endpoint[0].equals("*") || (endpoint[0].equals("GET") && LISTS.contains(endpoint[1]));
      Fault fault = fault(random, org, list);
      double probability = 0.03 + random.nextDouble() * 0.17;
      FaultRule.Builder rule =
          FaultRule.on(endpoint[0], endpoint[1]).forAccount(org.token).probability(probability);
      if (fault.kind() == FaultKind.TIMEOUT) {
        rule.times(2);
      }
      server.inject(rule.inject(fault));
    }
    double killChance = random.nextDouble() * 0.5;
    long killSeed = random.nextLong();
    // Every other life reads its full passes as windows side by side, on the host's readers.
    org.readConcurrency = runSeed % 2 == 0 ? 1 : 2 + random.nextInt(3);
    Cases.Expect expect =
        org.readConcurrency == 1 ? Cases.Expect.sameEnd() : Cases.Expect.sameEndAnyOrder();
    Cases.run(
        ROW,
        server,
        org,
        expected,
        Scenario::play,
        expect,
        process -> {
          Random kills = new Random(killSeed + process);
          return kills.nextDouble() < killChance
              ? KillSwitch.at(1 + kills.nextInt(80))
              : KillSwitch.never();
        });
  }

  /** A fault of any kind but a refused write; list faults only on lists. */
  private static Fault fault(Random random, Org org, boolean list) {
    switch (random.nextInt(list ? 12 : 9)) {
      case 0:
        return Fault.serverError(500 + random.nextInt(5));
      case 1:
        return Fault.rateLimited(Duration.ofSeconds(1 + random.nextInt(30)));
      case 2:
        return Fault.rateLimitedWithoutRetryAfter();
      case 3:
        org.readTimeout = HostProcess.SHORT_TIMEOUT;
        return Fault.timeout();
      case 4:
        return Fault.droppedConnection();
      case 5:
        return Fault.truncatedBody();
      case 6:
        return Fault.malformedJson();
      case 7:
        return Fault.answerLost();
      case 8:
        return Fault.unauthorized();
      case 9:
        return Fault.repeatedCursor();
      case 10:
        return Fault.duplicateRecord();
      default:
        return Fault.shellRecord();
    }
  }
}
