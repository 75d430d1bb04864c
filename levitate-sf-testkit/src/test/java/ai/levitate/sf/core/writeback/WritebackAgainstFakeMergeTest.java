package ai.levitate.sf.core.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.merge.MergeNoteWriter;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.Fault;
import ai.levitate.sf.testkit.FaultRule;
import ai.levitate.sf.testkit.InMemoryWritebackLedger;
import ai.levitate.sf.testkit.LinkedAccount;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import ai.levitate.sf.testkit.StoredNote;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The write-back engine through the Merge client against the fake Merge server. */
final class WritebackAgainstFakeMergeTest {
  private static final Instant AT = Instant.parse("2026-03-02T15:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("America/Chicago");

  private final ManualClock clock = ManualClock.at(AT);
  private final MergeDataSet data =
      SalesforceDataGenerator.builder().seed(61).contacts(20).clock(clock).build().generate();
  private final FakeMergeServer server = FakeMergeServer.builder().clock(clock).seed(9).start();
  private final LinkedAccount org = server.addLinkedAccount("token", data);
  private final InMemoryWritebackLedger ledger = new InMemoryWritebackLedger();

  @AfterEach
  void close() {
    server.close();
  }

  /** A fresh engine and client, as a new process would have them; the ledger is what survives. */
  private WritebackEngine engine(SyncSettings settings) {
    return WritebackEngine.builder()
        .noteWriter(MergeNoteWriter.create(server.clientBuilder("token").build()))
        .ledger(ledger)
        .directory(ContactDirectory.empty())
        .settings(settings)
        .zone(ZONE)
        .clock(clock)
        .build();
  }

  private WritebackEngine engine(ActivityType... types) {
    return engine(SyncSettings.builder().writeback(EnumSet.copyOf(List.of(types))).build());
  }

  private SourceContact contact(int index) {
    return data.contact(data.contactId(index)).orElseThrow();
  }

  private NoteActivity note(String id, int contact) {
    return NoteActivity.builder()
        .id(id)
        .levitateContactId("lev-" + contact)
        .salesforceContactId(contact(contact).remoteId().orElseThrow())
        .time(AT)
        .body("Checked in about " + id)
        .build();
  }

  @Test
  void eachTypeBecomesANoteWithItsTitleAndBody() {
    String sf = contact(0).remoteId().orElseThrow();
    List<Activity> activities =
        List.of(
            note("n-1", 0),
            EmailActivity.builder()
                .id("e-1")
                .levitateContactId("lev-0")
                .salesforceContactId(sf)
                .subject("Annual review")
                .body("See you Tuesday.")
                .sender("advisor@firm.example")
                .addRecipients("client@example.com")
                .sentAt(AT)
                .build(),
            PhoneCallActivity.builder()
                .id("p-1")
                .levitateContactId("lev-0")
                .salesforceContactId(sf)
                .time(AT)
                .duration(Duration.ofSeconds(95))
                .outcome("Connected")
                .build(),
            HandwrittenCardActivity.builder()
                .id("h-1")
                .levitateContactId("lev-0")
                .salesforceContactId(sf)
                .sentDate(LocalDate.of(2026, 3, 1))
                .message("Congratulations on the new home!")
                .build(),
            TextMessageActivity.builder()
                .id("t-1")
                .levitateContactId("lev-0")
                .salesforceContactId(sf)
                .direction(TextMessageActivity.Direction.SENT)
                .time(AT)
                .message("Running 5 min late")
                .build());

    WritebackReport report = engine(ActivityType.values()).run(() -> activities);

    assertThat(report.written()).isEqualTo(5);
    assertThat(org.notes())
        .allSatisfy(n -> assertThat(n.contactId()).contains(contact(0).mergeId()));
    Map<String, String> bodyByTitle =
        org.notes().stream()
            .collect(
                Collectors.toMap(n -> n.title().orElseThrow(), n -> n.content().orElseThrow()));
    assertThat(bodyByTitle)
        .containsOnlyKeys(
            "Levitate note: Checked in about n-1",
            "Levitate email: Annual review",
            "Levitate phone call: Connected",
            "Levitate handwritten card",
            "Levitate text message sent");
    assertThat(bodyByTitle.get("Levitate email: Annual review"))
        .startsWith(
            "Email sent from Levitate\n"
                + "Subject: Annual review\nFrom: advisor@firm.example\nTo: client@example.com\n"
                + "Sent: 2026-03-02 09:00 -06:00 (America/Chicago)\n\nSee you Tuesday.\n\nLevitate activity e-1");
    assertThat(bodyByTitle.get("Levitate phone call: Connected"))
        .contains("Duration: 1 min 35 s\nOutcome: Connected\n");
    assertThat(bodyByTitle.get("Levitate handwritten card"))
        .contains("Sent on: 2026-03-01\n\nCongratulations on the new home!");
    assertThat(bodyByTitle.get("Levitate text message sent")).contains("Running 5 min late");
    assertThat(ledger.entries(LedgerEntry.State.WRITTEN))
        .hasSize(5)
        .allSatisfy(
            e ->
                assertThat(org.notes())
                    .extracting(StoredNote::id)
                    .contains(e.noteId().orElseThrow()));
  }

  @Test
  void disabledTypesAreSkippedAndNeverReachMerge() {
    String sf = contact(1).remoteId().orElseThrow();
    List<Activity> activities =
        List.of(
            note("n-2", 1),
            TextMessageActivity.builder()
                .id("t-2")
                .levitateContactId("lev-1")
                .salesforceContactId(sf)
                .direction(TextMessageActivity.Direction.RECEIVED)
                .time(AT)
                .message("ok")
                .build());

    WritebackReport report = engine(ActivityType.NOTE).run(() -> activities);

    assertThat(org.notes())
        .extracting(n -> n.title().orElseThrow())
        .containsExactly("Levitate note: Checked in about n-2");
    assertThat(report.skipped()).isEqualTo(Map.of(ActivitySkipReason.TYPE_DISABLED, 1L));
  }

  @Test
  void noteIsOwnedByTheMergeUserOfTheMappedSalesforceOwner() {
    SourceUser owner = data.users().get(0);
    SyncSettings settings =
        SyncSettings.builder()
            .addWriteback(ActivityType.NOTE)
            .putOwners(owner.remoteId().orElseThrow().substring(0, 15), "lev-user-1")
            .build();

    engine(settings)
        .run(
            () ->
                List.of(
                    NoteActivity.builder()
                        .from(note("n-3", 2))
                        .levitateUserId("lev-user-1")
                        .build()));

    assertThat(org.notes())
        .singleElement()
        .satisfies(n -> assertThat(n.ownerId()).contains(owner.mergeId()));
  }

  @Test
  void answerLostAfterTheServerStoredTheNoteNeverMakesASecondNoteAcrossARestart() {
    // The first POST is stored but its answer lost; every retry of this process fails too.
    server.inject(
        FaultRule.on("POST", "/notes").nth(1).inject(Fault.answerLost()),
        FaultRule.on("POST", "/notes").from(2).times(20).inject(Fault.droppedConnection()));
    WritebackReport first = engine(ActivityType.NOTE).run(() -> List.of(note("n-4", 3)));
    server.clearFaults();
    long postsBefore = server.requestCount("POST", "/notes");

    WritebackReport afterRestart = engine(ActivityType.NOTE).run(() -> List.of(note("n-4", 3)));

    assertThat(first.failed()).isEqualTo(Map.of(WritebackReport.Failure.UNCERTAIN, 1L));
    assertThat(afterRestart.recovered()).isEqualTo(1);
    assertThat(server.requestCount("POST", "/notes")).isEqualTo(postsBefore);
    assertThat(org.notes()).hasSize(1);
    assertThat(ledger.find("n-4", 1))
        .get()
        .satisfies(
            e -> {
              assertThat(e.state()).isEqualTo(LedgerEntry.State.WRITTEN);
              assertThat(e.noteId()).contains(org.notes().get(0).id());
            });
  }

  @Test
  void twoHundredOneWithErrorsIsARecordedFailureThatIsNotRetried() {
    server.inject(
        FaultRule.on("POST", "/notes").nth(1).inject(Fault.writeErrors("INVALID_REFERENCE")));

    WritebackReport first = engine(ActivityType.NOTE).run(() -> List.of(note("n-5", 4)));
    WritebackReport second = engine(ActivityType.NOTE).run(() -> List.of(note("n-5", 4)));

    assertThat(first.failed()).isEqualTo(Map.of(WritebackReport.Failure.REJECTED, 1L));
    assertThat(ledger.find("n-5", 1))
        .get()
        .satisfies(
            e -> {
              assertThat(e.state()).isEqualTo(LedgerEntry.State.REJECTED);
              assertThat(e.problems()).singleElement().asString().contains("INVALID_REFERENCE");
            });
    assertThat(second.skipped()).isEqualTo(Map.of(ActivitySkipReason.ALREADY_REJECTED, 1L));
    assertThat(org.notes()).isEmpty();
    assertThat(server.requestCount("POST", "/notes")).isEqualTo(1);
  }

  @Test
  void aThousandActivitiesUnderRandomFaultsEndWithExactlyOneNoteEach() {
    server.inject(
        FaultRule.on("POST", "/notes").probability(0.10).inject(Fault.answerLost()),
        FaultRule.on("POST", "/notes").probability(0.05).inject(Fault.droppedConnection()),
        FaultRule.on("POST", "/notes").probability(0.05).inject(Fault.serverError(503)),
        FaultRule.on("POST", "/notes")
            .probability(0.03)
            .inject(Fault.rateLimitedWithoutRetryAfter()),
        FaultRule.on("POST", "/notes")
            .probability(0.01)
            .inject(Fault.writeErrors("INVALID_REFERENCE")),
        FaultRule.on("GET", "/notes").probability(0.05).inject(Fault.serverError(502)),
        FaultRule.on("GET", "/contacts").probability(0.05).inject(Fault.droppedConnection()));
    List<Activity> activities = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      activities.add(note("bulk-" + i, i % 20));
    }

    int runs = 0;
    while (runs < 20 && !settled(activities)) {
      runs++;
      try {
        engine(ActivityType.NOTE).run(() -> activities);
      } catch (RuntimeException unlucky) {
        // a lookup failed past the client's retries; the next run starts over from the ledger
      }
      clock.advance(Duration.ofMinutes(10));
    }

    long rejected = ledger.entries(LedgerEntry.State.REJECTED).size();
    assertThat(settled(activities)).as("settled after %d runs", runs).isTrue();
    assertThat(server.faultCount()).isGreaterThan(100);
    assertThat(org.notes().size() + rejected).isEqualTo(1_000);
    assertThat(
            org.notes().stream()
                .map(n -> n.content().orElseThrow())
                .map(body -> body.substring(body.lastIndexOf("ref "))))
        .doesNotHaveDuplicates();
  }

  private boolean settled(List<Activity> activities) {
    return activities.stream()
        .allMatch(
            a ->
                ledger
                    .find(a.id(), a.version())
                    .filter(e -> e.state() != LedgerEntry.State.SENDING)
                    .isPresent());
  }
}
