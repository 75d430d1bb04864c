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
    CATALOG,
    SYNC_STATUS,
    FIRST_PAGE,
    MIDDLE_PAGE,
    LAST_PAGE,
    INCREMENTAL_PAGE,
    CONTACT_BY_ID,
    ACCOUNTS,
    USERS,
    NOTE_POST
  }

  /** How long a fault lasts: one answer, or as many answers as the client makes attempts. */
  enum Mode {
    ONCE,
    PERSISTENT
  }

  /**
   * The request a stage names: the {@code nth} of its method and endpoint in the account's life.
   */
  record Target(String method, String endpoint, int nth) {}

  private static final Results.Row ROW = Results.suite("fault matrix");
  private static FakeMergeServer server;
  private static End expected;
  private static Map<Stage, Target> targets;

  /** By stage of a page: the request for one contact by id that would come right after it. */
  private static Map<Stage, Target> afterPage;

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
    afterPage = afterPage(org, start);
    assertThat(expected.changes()).hasSizeGreaterThan(CONTACTS);
    assertThat(expected.notes()).hasSize(5);
  }

  @AfterAll
  static void close() {
    server.close();
  }

  /** The request behind each stage, counted in the fault-free life. */
  private static Map<Stage, Target> targets(
      Org org, long start, long initialEnd, long incrementalEnd) {
    List<ServedRequest> mine =
        server.requests().stream()
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

  /**
   * For the pages a shell record may come on: the request for one contact by id that would come
   * next, the one that reads the shell again.
   */
  private static Map<Stage, Target> afterPage(Org org, long start) {
    List<Integer> byIdBefore = new ArrayList<>();
    int byId = 0;
    for (ServedRequest r : server.requests()) {
      if (!r.linkedAccountId().equals(Optional.of(org.linked.id())) || r.sequence() <= start) {
        continue;
      }
      if (r.endpoint().equals(Optional.of("/contacts"))) {
        byIdBefore.add(byId);
      } else if (r.endpoint().equals(Optional.of("/contacts/{id}")) && r.method().equals("GET")) {
        byId++;
      }
    }
    Map<Stage, Target> out = new EnumMap<>(Stage.class);
    for (Stage stage : List.of(Stage.FIRST_PAGE, Stage.INCREMENTAL_PAGE)) {
      int page = targets.get(stage).nth();
      out.put(stage, new Target("GET", "/contacts/{id}", byIdBefore.get(page - 1) + 1));
    }
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
    Cases.run(
        ROW,
        server,
        org,
        expected,
        Scenario::play,
        kind != FaultKind.WRITE_ERRORS
            ? Cases.Expect.sameEnd()
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

  /**
   * A contact listed as a shell record is read again by its id; when that answer fails too (a
   * garbled or cut body as much as a 503 past the retries), the contact is neither skipped nor left
   * as the shell: the page fails like one whose own answer failed, and the run resumes to the
   * fault-free end. Kept as a shell, a contact new on the first import would be lost until it
   * changed (chaos soak seed 424250005), and an edit on an incremental page missed.
   */
  @TestFactory
  Stream<DynamicTest> aShellRecordWhoseReadAgainFailsEndsInTheFaultFreeEnd() {
    List<DynamicTest> cases = new ArrayList<>();
    for (Stage stage : List.of(Stage.FIRST_PAGE, Stage.INCREMENTAL_PAGE)) {
      for (FaultKind kind :
          List.of(FaultKind.MALFORMED_JSON, FaultKind.TRUNCATED_BODY, FaultKind.SERVER_ERROR)) {
        for (Mode mode : Mode.values()) {
          Target readAgain = afterPage.get(stage);
          String name =
              "SHELL_RECORD at "
                  + stage
                  + ", read again with "
                  + kind
                  + ", "
                  + mode.name().toLowerCase(Locale.ROOT);
          cases.add(
              DynamicTest.dynamicTest(
                  name, () -> shellCase(name, targets.get(stage), kind, readAgain, mode)));
        }
      }
    }
    return cases.stream();
  }

  private static void shellCase(
      String name, Target page, FaultKind kind, Target readAgain, Mode mode) {
    Org org = new Org(server, "matrix-" + name, SEED, CONTACTS, PAGE_SIZE);
    server.inject(
        FaultRule.on(page.method(), page.endpoint())
            .forAccount(org.token)
            .nth(page.nth())
            .inject(Fault.shellRecord()));
    FaultRule.Builder rule =
        FaultRule.on(readAgain.method(), readAgain.endpoint()).forAccount(org.token);
    if (mode == Mode.ONCE) {
      rule.nth(readAgain.nth());
    } else {
      rule.from(readAgain.nth()).times(HostProcess.ATTEMPTS);
    }
    server.inject(rule.inject(fault(kind)));
    long shells = server.faultCount(FaultKind.SHELL_RECORD);
    long injected = server.faultCount(kind);
    Cases.run(ROW, server, org, expected, Scenario::play, Cases.Expect.sameEnd());
    assertThat(server.faultCount(FaultKind.SHELL_RECORD)).as("shells sent").isGreaterThan(shells);
    assertThat(server.faultCount(kind)).as("faults injected").isGreaterThan(injected);
  }

  @TestFactory
  Stream<DynamicTest> mergeReportingItsOwnSyncIncompleteHoldsDeletionsUntilApproved() {
    List<DynamicTest> cases = new ArrayList<>();
    for (SourceSyncStatus.State state :
        List.of(SourceSyncStatus.State.FAILED, SourceSyncStatus.State.PARTIALLY_SYNCED)) {
      cases.add(
          DynamicTest.dynamicTest(
              state + " during the initial sync",
              () -> {
                Org org = new Org(server, "matrix-initial-" + state, SEED, CONTACTS, PAGE_SIZE);
                Cases.run(
                    ROW,
                    server,
                    org,
                    expected,
                    scenario -> {
                      org.linked.contactSyncStatus(state);
                      scenario.initial();
                      org.linked.contactSyncStatus(SourceSyncStatus.State.DONE);
                      scenario.changeSalesforce();
                      scenario.incremental();
                      scenario.writeBack();
                    },
                    Cases.Expect.sameEnd());
              }));
      cases.add(
          DynamicTest.dynamicTest(
              state + " during the incremental sync",
              () -> {
                Org org = new Org(server, "matrix-incremental-" + state, SEED, CONTACTS, PAGE_SIZE);
                Cases.run(
                    ROW,
                    server,
                    org,
                    expected,
                    scenario -> {
                      scenario.initial();
                      scenario.changeSalesforce();
                      org.linked.contactSyncStatus(state);
                      scenario.incremental();
                      assertThat(org.store.held())
                          .as("archives held while Merge's copy is incomplete")
                          .isNotEmpty();
                      assertThat(org.store.changes())
                          .noneMatch(c -> c.type() == ChangeType.ARCHIVE);
                      org.linked.contactSyncStatus(SourceSyncStatus.State.DONE);
                      scenario.approveHeld();
                      scenario.writeBack();
                    },
                    Cases.Expect.sameContactsAfterApproval());
              }));
    }
    return cases.stream();
  }
}
