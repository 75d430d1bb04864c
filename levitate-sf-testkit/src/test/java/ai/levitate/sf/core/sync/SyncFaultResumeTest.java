package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.LevitateSfException;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.spi.SyncWatermark;
import ai.levitate.sf.merge.MergeAuthenticationException;
import ai.levitate.sf.merge.MergeConnectionException;
import ai.levitate.sf.merge.MergeInvalidResponseException;
import ai.levitate.sf.merge.MergeServerException;
import ai.levitate.sf.merge.RetryPolicy;
import ai.levitate.sf.testkit.Fault;
import ai.levitate.sf.testkit.FaultRule;
import ai.levitate.sf.testkit.InMemorySyncStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs stopped by the fake's faults (5xx and dropped connections past the client's retries, a 401
 * mid-run, malformed JSON) at the first, a middle and the last page of a scenario resume, on the
 * next call, to exactly the end of a run that met no fault: the same change log, contact states,
 * held changes, Levitate contacts and run state. Faults the client or the engine absorb (one
 * dropped connection, a record repeated on the next page) end there without a stop.
 */
final class SyncFaultResumeTest {
  private static final int CONTACTS = 120;
  private static final int ATTEMPTS = RetryPolicy.defaults().maxAttempts();

  /**
   * Full passes read windows side by side, as by default, but a fixed number of them, each read at
   * once on the calling thread: the windows split, and the requests come, in the same order every
   * time, so the nth request a fault is scripted for is the same page in every run. Left to the
   * engine, the windows split as the readers happen to be idle, and the run's last page may never
   * come in a run that splits them otherwise.
   */
  private static final int READERS = 3;

  private static final Pattern CREATED_AFTER = Pattern.compile("[?&]created_after=([^&]+)");

  /**
   * Everything the host holds at the end; a run's finishing times depend on its retries. A full
   * pass reads windows side by side, whose pages reach the sink as the network delivers them, so
   * the change log is kept by run and contact, and each run's positions apart: the same changes,
   * and in each run the same positions, whatever order they came in.
   */
  record End(
      List<ContactChange> changes,
      Map<String, List<Long>> positions,
      List<ContactState> states,
      List<HeldChange> held,
      Map<String, InMemorySyncStore.HostContact> levitate,
      RunState runState) {
    static End of(InMemorySyncStore store) {
      RunState state = store.runState();
      Map<String, List<Long>> positions = new TreeMap<>();
      store
          .changes()
          .forEach(
              c ->
                  positions.computeIfAbsent(c.runId(), run -> new ArrayList<>()).add(c.position()));
      positions.values().forEach(Collections::sort);
      List<ContactChange> changes =
          store.changes().stream()
              .map(c -> ContactChange.builder().from(c).position(0).build())
              .sorted(
                  Comparator.comparing(ContactChange::runId)
                      .thenComparing(ContactChange::salesforceId)
                      .thenComparing(ContactChange::toString))
              .toList();
      return new End(
          changes,
          positions,
          store.states(),
          store.held(),
          store.levitateContacts(),
          RunState.builder()
              .from(state)
              .watermark(
                  state
                      .watermark()
                      .map(
                          w ->
                              SyncWatermark.builder()
                                  .from(w)
                                  .finishedAt(w.startedAt())
                                  .lastFullPassFinishedAt(Optional.empty())
                                  .build()))
              .build());
    }
  }

  /**
   * What a scenario did: where it ended, the failures that stopped its runs, and the windows of
   * {@code created_at} its contact pages were read in.
   */
  record Outcome(
      End end, List<LevitateSfException> stops, long contactRequests, long faults, long windows) {}

  /**
   * An initial sync, then Salesforce changes (an edit, a deletion, a death, a renamed account and
   * owner, a new contact) and the next run; each run is called again after a stop, as a host's
   * scheduler would.
   */
  private static Outcome scenario(FaultRule fault) {
    try (FakeOrg org = new FakeOrg(CONTACTS, 21)) {
      org.readConcurrency = READERS;
      org.executor = Runnable::run;
      if (fault != null) {
        org.server.inject(fault);
      }
      List<LevitateSfException> stops = new ArrayList<>();
      org.at(60);
      untilDone(org::run, stops);
      org.at(90);
      org.data.editContact(org.active(2), c -> c.set("Title", "Trustee"));
      org.data.deleteContact(org.active(15));
      org.data.markDeceased(org.active(33));
      org.data.renameAccount(org.data.accounts().get(0).mergeId(), "Renamed Holdings");
      org.data.renameOwner(org.data.users().get(3).mergeId(), "Renamed Owner");
      org.data.addContact(
          c ->
              c.set("FirstName", "Late")
                  .set("LastName", "Arrival")
                  .owner(org.data.users().get(0).mergeId()));
      org.at(120);
      untilDone(org::run, stops);
      long windows =
          org.server.requests().stream()
              .filter(r -> r.endpoint().equals(Optional.of("/contacts")))
              .map(r -> CREATED_AFTER.matcher(r.target()))
              .filter(Matcher::find)
              .map(m -> m.group(1))
              .distinct()
              .count();
      return new Outcome(
          End.of(org.store),
          stops,
          org.server.requestCount("GET", "/contacts"),
          org.server.faultCount(),
          windows);
    }
  }

  private static void untilDone(Supplier<SyncReport> run, List<LevitateSfException> stops) {
    for (int call = 1; call <= 3; call++) {
      try {
        run.get();
        return;
      } catch (LevitateSfException stopped) {
        stops.add(stopped);
      }
    }
    throw new AssertionError("the run did not complete in 3 calls: " + stops);
  }

  private static final Outcome UNFAULTED = scenario(null);

  static Stream<Arguments> faults() {
    long pages = UNFAULTED.contactRequests();
    List<Arguments> cases = new ArrayList<>();
    for (int page : new int[] {1, (int) (pages / 2), (int) pages}) {
      String at = " at GET /contacts " + page + " of " + pages;
      cases.add(
          Arguments.of(
              "503 past the retries" + at,
              FaultRule.on("GET", "/contacts")
                  .from(page)
                  .times(ATTEMPTS)
                  .inject(Fault.serverError(503)),
              MergeServerException.class,
              ATTEMPTS));
      cases.add(
          Arguments.of(
              "dropped connections past the retries" + at,
              FaultRule.on("GET", "/contacts")
                  .from(page)
                  .times(ATTEMPTS)
                  .inject(Fault.droppedConnection()),
              MergeConnectionException.class,
              ATTEMPTS));
      cases.add(
          Arguments.of(
              "401" + at,
              FaultRule.on("GET", "/contacts").nth(page).inject(Fault.unauthorized()),
              MergeAuthenticationException.class,
              1));
      cases.add(
          Arguments.of(
              "malformed JSON" + at,
              FaultRule.on("GET", "/contacts").nth(page).inject(Fault.malformedJson()),
              MergeInvalidResponseException.class,
              1));
      cases.add(
          Arguments.of(
              "one dropped connection, retried" + at,
              FaultRule.on("GET", "/contacts").nth(page).inject(Fault.droppedConnection()),
              null,
              1));
      cases.add(
          Arguments.of(
              "a record again on the next page" + at,
              FaultRule.on("GET", "/contacts").nth(page).inject(Fault.duplicateRecord()),
              null,
              1));
    }
    return cases.stream();
  }

  /**
   * The faults must have happened as scripted; a stopped run re-reads the page it was on (for
   * contacts read one by one, the batch of ids it was on), so request counts may differ.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void aRunStoppedByFaultsResumesToTheEndOfAnUnfaultedRun(
      String name, FaultRule fault, Class<? extends LevitateSfException> stop, int injected) {
    Outcome faulted = scenario(fault);

    assertThat(faulted.faults()).as("faults injected").isEqualTo(injected);
    if (stop == null) {
      assertThat(faulted.stops())
          .as("stops of a run whose client or engine absorbed the fault")
          .isEmpty();
    } else {
      assertThat(faulted.stops()).singleElement().isInstanceOf(stop);
    }
    assertThat(faulted.end().changes()).isEqualTo(UNFAULTED.end().changes());
    assertThat(faulted.end().positions()).isEqualTo(UNFAULTED.end().positions());
    assertThat(faulted.end()).isEqualTo(UNFAULTED.end());
  }

  @Test
  void theUnfaultedScenarioReadsAsManyPagesInAsManyWindowsEveryTime() {
    Outcome again = scenario(null);

    assertThat(again.contactRequests()).isEqualTo(UNFAULTED.contactRequests());
    assertThat(again.windows()).isEqualTo(UNFAULTED.windows());
    assertThat(again.end()).isEqualTo(UNFAULTED.end());
  }

  @Test
  void theUnfaultedScenarioReadsManyPagesOfEverySliceAndChangesContacts() {
    assertThat(UNFAULTED.stops()).isEmpty();
    assertThat(UNFAULTED.faults()).isZero();
    assertThat(UNFAULTED.contactRequests()).isGreaterThan(CONTACTS / 10 + 10);
    assertThat(UNFAULTED.windows())
        .as("windows of created_at read")
        .isGreaterThanOrEqualTo(READERS);
    assertThat(UNFAULTED.end().changes()).hasSizeGreaterThan(CONTACTS);
    assertThat(UNFAULTED.end().runState().watermark().orElseThrow().kind())
        .isEqualTo(RunKind.INCREMENTAL);
  }
}
