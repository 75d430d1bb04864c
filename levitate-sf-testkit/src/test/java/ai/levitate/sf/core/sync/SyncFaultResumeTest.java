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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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

  /** Everything the host holds at the end; a run's finishing times depend on its retries. */
  record End(List<ContactChange> changes, List<ContactState> states, List<HeldChange> held,
      Map<String, InMemorySyncStore.HostContact> levitate, RunState runState) {
    static End of(InMemorySyncStore store) {
      RunState state = store.runState();
      return new End(store.changes(), store.states(), store.held(), store.levitateContacts(),
          RunState.builder().from(state).watermark(state.watermark().map(w -> SyncWatermark
              .builder().from(w).finishedAt(w.startedAt()).lastFullPassFinishedAt(Optional.empty())
              .build())).build());
    }
  }

  /** What a scenario did: where it ended and the failures that stopped its runs. */
  record Outcome(End end, List<LevitateSfException> stops, long contactRequests, long faults) {}

  /**
   * An initial sync, then Salesforce changes (an edit, a deletion, a death, a renamed account and
   * owner, a new contact) and the next run; each run is called again after a stop, as a host's
   * scheduler would.
   */
  private static Outcome scenario(FaultRule fault) {
    try (FakeOrg org = new FakeOrg(CONTACTS, 21)) {
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
      org.data.addContact(c -> c.set("FirstName", "Late").set("LastName", "Arrival")
          .owner(org.data.users().get(0).mergeId()));
      org.at(120);
      untilDone(org::run, stops);
      return new Outcome(End.of(org.store), stops, org.server.requestCount("GET", "/contacts"),
          org.server.faultCount());
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
      cases.add(Arguments.of("503 past the retries" + at,
          FaultRule.on("GET", "/contacts").from(page).times(ATTEMPTS)
              .inject(Fault.serverError(503)), MergeServerException.class, ATTEMPTS));
      cases.add(Arguments.of("dropped connections past the retries" + at,
          FaultRule.on("GET", "/contacts").from(page).times(ATTEMPTS)
              .inject(Fault.droppedConnection()), MergeConnectionException.class, ATTEMPTS));
      cases.add(Arguments.of("401" + at,
          FaultRule.on("GET", "/contacts").nth(page).inject(Fault.unauthorized()),
          MergeAuthenticationException.class, 1));
      cases.add(Arguments.of("malformed JSON" + at,
          FaultRule.on("GET", "/contacts").nth(page).inject(Fault.malformedJson()),
          MergeInvalidResponseException.class, 1));
      cases.add(Arguments.of("one dropped connection, retried" + at,
          FaultRule.on("GET", "/contacts").nth(page).inject(Fault.droppedConnection()), null, 1));
      cases.add(Arguments.of("a record again on the next page" + at,
          FaultRule.on("GET", "/contacts").nth(page).inject(Fault.duplicateRecord()), null, 1));
    }
    return cases.stream();
  }

  /**
   * The faults must have happened as scripted; a stopped run re-reads the page it was on (for
   * contacts read one by one, the batch of ids it was on), so request counts may differ.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void aRunStoppedByFaultsResumesToTheEndOfAnUnfaultedRun(String name, FaultRule fault,
      Class<? extends LevitateSfException> stop, int injected) {
    Outcome faulted = scenario(fault);

    assertThat(faulted.faults()).as("faults injected").isEqualTo(injected);
    if (stop == null) {
      assertThat(faulted.stops()).as("stops of a run whose client or engine absorbed the fault")
          .isEmpty();
    } else {
      assertThat(faulted.stops()).singleElement().isInstanceOf(stop);
    }
    assertThat(faulted.end().changes()).isEqualTo(UNFAULTED.end().changes());
    assertThat(faulted.end()).isEqualTo(UNFAULTED.end());
  }

  @Test
  void theUnfaultedScenarioReadsManyPagesOfEverySliceAndChangesContacts() {
    assertThat(UNFAULTED.stops()).isEmpty();
    assertThat(UNFAULTED.faults()).isZero();
    assertThat(UNFAULTED.contactRequests()).isGreaterThan(CONTACTS / 10 + 10);
    assertThat(UNFAULTED.end().changes()).hasSizeGreaterThan(CONTACTS);
    assertThat(UNFAULTED.end().runState().watermark().orElseThrow().kind())
        .isEqualTo(RunKind.INCREMENTAL);
  }
}
