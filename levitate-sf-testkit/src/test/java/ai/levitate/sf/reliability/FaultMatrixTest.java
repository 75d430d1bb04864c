package ai.levitate.sf.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.Fault;
import ai.levitate.sf.testkit.FaultKind;
import ai.levitate.sf.testkit.FaultRule;
import ai.levitate.sf.testkit.ServedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fault the fake Merge server can inject, at every stage of an account's life (field catalog,
 * Merge's sync status, first, middle and last page of the initial sync, a page of the incremental
 * one, a contact read by id, accounts, users, a note POST), once and then again and again until it
 * outlasts the client's retries. Each case replays the whole life and must end in the fault-free
 * end, or, where Merge's answer is final by design, in the documented outcome.
 */
@Tag("reliability")
final class FaultMatrixTest {
  static final long SEED = 20260105L;
  static final int CONTACTS = 30;
  static final int PAGE_SIZE = 5;

  /** Where in the account's life a fault strikes. */
  enum Stage {
    CATALOG, SYNC_STATUS, FIRST_PAGE, MIDDLE_PAGE, LAST_PAGE, INCREMENTAL_PAGE, CONTACT_BY_ID,
    ACCOUNTS, USERS, NOTE_POST
  }

  /** How long a fault lasts: one answer, or as many answers as the client makes attempts. */
  enum Mode {
    ONCE, PERSISTENT
  }

  /** The request a stage names: the {@code nth} of its method and endpoint in the account's life. */
  record Target(String method, String endpoint, int nth) {}

  private static final Results.Row ROW = Results.suite("fault matrix");
  private static FakeMergeServer server;
  private static End expected;
  private static Map<Stage, Target> targets;

  @BeforeAll
  static void baseline() {
    server = FakeMergeServer.builder().apiKey(Secrets.API_KEY).seed(SEED).start();
    Org org = new Org(server, "matrix-baseline", SEED, CONTACTS, PAGE_SIZE);
    Scenario scenario = new Scenario(org);
    long start = server.requestCount();
    scenario.initial();
    long initialEnd = server.requestCount();
    scenario.changeSalesforce();
    scenario.incremental();
    long incrementalEnd = server.requestCount();
    scenario.writeBack();
    expected = End.of(org);
    targets = targets(org, start, initialEnd, incrementalEnd);
    assertThat(expected.changes()).hasSizeGreaterThan(CONTACTS);
    assertThat(expected.notes()).hasSize(5);
  }

  @AfterAll
  static void close() {
    server.close();
  }

  /** The request behind each stage, counted in the fault-free life. */
  private static Map<Stage, Target> targets(Org org, long start, long initialEnd,
      long incrementalEnd) {
    List<ServedRequest> mine = server.requests().stream()
        .filter(r -> r.linkedAccountId().equals(Optional.of(org.linked.id())))
        .filter(r -> r.sequence() > start)
        .toList();
    int initialPages = 0;
    int byId = 0;
    int contactRequests = 0;
    for (ServedRequest r : mine) {
      if (!r.endpoint().equals(Optional.of("/contacts"))) {
        continue;
      }
      contactRequests++;
      if (r.sequence() <= initialEnd) {
        initialPages++;
      } else if (byId == 0 && r.sequence() <= incrementalEnd && r.target().contains("remote_id=")) {
        byId = contactRequests;
      }
    }
    assertThat(initialPages).as("pages of the initial sync").isGreaterThanOrEqualTo(4);
    assertThat(byId).as("a contact read by id in the incremental sync").isPositive();
    Map<Stage, Target> out = new EnumMap<>(Stage.class);
    out.put(Stage.CATALOG, new Target("GET", "/contacts/remote-field-classes", 1));
    out.put(Stage.SYNC_STATUS, new Target("GET", "/sync-status", 1));
    out.put(Stage.FIRST_PAGE, new Target("GET", "/contacts", 1));
    out.put(Stage.MIDDLE_PAGE, new Target("GET", "/contacts", (initialPages + 1) / 2));
    out.put(Stage.LAST_PAGE, new Target("GET", "/contacts", initialPages));
    out.put(Stage.INCREMENTAL_PAGE, new Target("GET", "/contacts", initialPages + 1));
    out.put(Stage.CONTACT_BY_ID, new Target("GET", "/contacts", byId));
    out.put(Stage.ACCOUNTS, new Target("GET", "/accounts", 1));
    out.put(Stage.USERS, new Target("GET", "/users", 1));
    out.put(Stage.NOTE_POST, new Target("POST", "/notes", 2));
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyFaultAtEveryStageEndsInTheFaultFreeEnd() {
    List<DynamicTest> cases = new ArrayList<>();
    for (FaultKind kind : FaultKind.values()) {
      for (Stage stage : Stage.values()) {
        for (Mode mode : Mode.values()) {
          Target target = targets.get(stage);
          if (!applies(kind, target)) {
            continue;
          }
          String name = kind + " at " + stage + ", " + mode.name().toLowerCase(Locale.ROOT);
          cases.add(DynamicTest.dynamicTest(name, () -> faultCase(name, kind, target, mode)));
        }
      }
    }
    return cases.stream();
  }

  private static boolean applies(FaultKind kind, Target target) {
    boolean list = target.method().equals("GET");
    return switch (kind) {
      case REPEATED_CURSOR, DUPLICATE_RECORD, SHELL_RECORD -> list;
      case WRITE_ERRORS -> !list;
      default -> true;
    };
  }

  private static void faultCase(String name, FaultKind kind, Target target, Mode mode) {
    Org org = new Org(server, "matrix-" + name, SEED, CONTACTS, PAGE_SIZE);
    if (kind == FaultKind.TIMEOUT) {
      org.readTimeout = HostProcess.SHORT_TIMEOUT;
    }
    FaultRule.Builder rule = FaultRule.on(target.method(), target.endpoint()).forAccount(org.token);
    if (mode == Mode.ONCE) {
      rule.nth(target.nth());
    } else {
      rule.from(target.nth()).times(HostProcess.ATTEMPTS);
    }
    server.inject(rule.inject(fault(kind)));
    long injected = server.faultCount(kind);
    Cases.run(ROW, server, org, expected, Scenario::play,
        kind != FaultKind.WRITE_ERRORS ? Cases.Expect.sameEnd()
            // Merge refused the write for good: never retried, so a lasting fault refuses as many
            // notes as it answers.
            : Cases.Expect.notesRefused(mode == Mode.ONCE ? 1 : HostProcess.ATTEMPTS));
    assertThat(server.faultCount(kind)).as("faults injected").isGreaterThan(injected);
  }

  private static Fault fault(FaultKind kind) {
    return switch (kind) {
      case SERVER_ERROR -> Fault.serverError(503);
      case RATE_LIMITED -> Fault.rateLimited(Duration.ofSeconds(7));
      case RATE_LIMITED_WITHOUT_RETRY_AFTER -> Fault.rateLimitedWithoutRetryAfter();
      case TIMEOUT -> Fault.timeout();
      case DROPPED_CONNECTION -> Fault.droppedConnection();
      case TRUNCATED_BODY -> Fault.truncatedBody();
      case MALFORMED_JSON -> Fault.malformedJson();
      case ANSWER_LOST -> Fault.answerLost();
      case REPEATED_CURSOR -> Fault.repeatedCursor();
      case DUPLICATE_RECORD -> Fault.duplicateRecord();
      case SHELL_RECORD -> Fault.shellRecord();
      case UNAUTHORIZED -> Fault.unauthorized();
      case WRITE_ERRORS -> Fault.writeErrors("INVALID_REFERENCE");
    };
  }

  @TestFactory
  Stream<DynamicTest> mergeReportingItsOwnSyncIncompleteHoldsDeletionsUntilApproved() {
    List<DynamicTest> cases = new ArrayList<>();
    for (SourceSyncStatus.State state : List.of(SourceSyncStatus.State.FAILED,
        SourceSyncStatus.State.PARTIALLY_SYNCED)) {
      cases.add(DynamicTest.dynamicTest(state + " during the initial sync", () -> {
        Org org = new Org(server, "matrix-initial-" + state, SEED, CONTACTS, PAGE_SIZE);
        Cases.run(ROW, server, org, expected, scenario -> {
          org.linked.contactSyncStatus(state);
          scenario.initial();
          org.linked.contactSyncStatus(SourceSyncStatus.State.DONE);
          scenario.changeSalesforce();
          scenario.incremental();
          scenario.writeBack();
        }, Cases.Expect.sameEnd());
      }));
      cases.add(DynamicTest.dynamicTest(state + " during the incremental sync", () -> {
        Org org = new Org(server, "matrix-incremental-" + state, SEED, CONTACTS, PAGE_SIZE);
        Cases.run(ROW, server, org, expected, scenario -> {
          scenario.initial();
          scenario.changeSalesforce();
          org.linked.contactSyncStatus(state);
          scenario.incremental();
          assertThat(org.store.held()).as("archives held while Merge's copy is incomplete")
              .isNotEmpty();
          assertThat(org.store.changes()).noneMatch(c -> c.type() == ChangeType.ARCHIVE);
          org.linked.contactSyncStatus(SourceSyncStatus.State.DONE);
          scenario.approveHeld();
          scenario.writeBack();
        }, Cases.Expect.sameContactsAfterApproval());
      }));
    }
    return cases.stream();
  }
}
