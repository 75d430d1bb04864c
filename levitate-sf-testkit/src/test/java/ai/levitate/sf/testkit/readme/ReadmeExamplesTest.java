package ai.levitate.sf.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.core.writeback.EmailActivity;
import ai.levitate.sf.core.writeback.HandwrittenCardActivity;
import ai.levitate.sf.core.writeback.LedgerEntry;
import ai.levitate.sf.core.writeback.NoteActivity;
import ai.levitate.sf.core.writeback.PhoneCallActivity;
import ai.levitate.sf.core.writeback.TextMessageActivity;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.Fault;
import ai.levitate.sf.testkit.FaultRule;
import ai.levitate.sf.testkit.InMemorySyncLock;
import ai.levitate.sf.testkit.InMemorySyncStore;
import ai.levitate.sf.testkit.InMemoryWritebackLedger;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.MergeFixture;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The testkit README's examples, run as they are written there ({@link ReadmeMatchesExamplesTest}
 * checks that the README shows exactly these lines).
 */
final class ReadmeExamplesTest {
  @TempDir Path dir;

  @Test
  void ownWiring() {
    // snippet: own-wiring
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
    MergeDataSet data =
        SalesforceDataGenerator.builder().seed(42).contacts(1_000).clock(clock).build().generate();
    try (FakeMergeServer server =
        FakeMergeServer.builder().clock(clock).rateLimitPerMinute(400).start()) {
      server.addLinkedAccount("account-token", data);
      // The client on the fake's clock: retries and the rate limit sleep by moving the clock.
      MergeCrmClient client = server.clientBuilder("account-token").build();
      InMemorySyncStore store = new InMemorySyncStore();
      SyncEngine engine =
          SyncEngine.builder()
              .source(MergeContactSource.create(client))
              .storage(store)
              .lock(new InMemorySyncLock(clock))
              .settings(SyncSettings.defaults())
              .clock(clock) // the engine on the fake's clock too
              .build();

      engine.run(); // INITIAL
      clock.advance(Duration.ofHours(12));
      data.editContact(data.contactId(7), c -> c.set("Title", "CEO"));
      data.deleteContact(data.contactId(8));
      data.renameAccount(data.accounts().get(0).mergeId(), "Renamed Holdings");
      clock.advance(Duration.ofMinutes(1)); // edits stamped at a run's start are read by the next
      engine.run(); // INCREMENTAL: these three changes, nothing else
      // end snippet
      assertThat(store.runState().watermark().orElseThrow().kind()).isEqualTo(RunKind.INCREMENTAL);
      assertThat(store.changes()).filteredOn(c -> c.runId().equals("run-2")).isNotEmpty();
    }
  }

  @Test
  void dataSetAndIds() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
    MergeDataSet data =
        SalesforceDataGenerator.builder().seed(7).contacts(20).clock(clock).build().generate();
    // snippet: ids
    String mergeId = data.contactId(0); // Merge's uuid, in list order
    Optional<SourceContact> contact = data.contact(mergeId); // empty for an unknown id
    String salesforceId = contact.orElseThrow().remoteId().orElseThrow(); // 003..., 18 characters
    // The sync keys Levitate contacts by Salesforce id (store.contact(salesforceId));
    // notes, accounts and owners are referenced by Merge ids (StoredNote.contactId() is mergeId).
    // end snippet
    assertThat(salesforceId).startsWith("003").hasSize(18);
  }

  @Test
  void faults() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
    try (FakeMergeServer server = FakeMergeServer.builder().clock(clock).start()) {
      // snippet: faults
      server.inject(FaultRule.on("GET", "/contacts").nth(3).inject(Fault.serverError(503)));
      server.inject(FaultRule.on("POST", "/notes").nth(1).inject(Fault.answerLost()));
      server.inject(FaultRule.on("*", "*").probability(0.02).inject(Fault.droppedConnection()));
      server.inject(
          FaultRule.on("GET", "/contacts")
              .forAccount("token-b")
              .from(5)
              .times(2)
              .inject(Fault.rateLimitedWithoutRetryAfter()));
      // end snippet
      assertThat(server.faultCount()).isZero();
    }
  }

  @Test
  void fixtures() throws IOException {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
    Path file = dir.resolve("org.json");
    // snippet: fixtures
    MergeFixture.save(
        SalesforceDataGenerator.builder().seed(3).contacts(200).build().generate(), file);
    MergeDataSet data = MergeFixture.load(file, clock); // served exactly as the file holds it
    // end snippet
    assertThat(data.contactCount()).isEqualTo(200);
  }

  @Test
  void inMemorySpi() {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
    MergeDataSet data =
        SalesforceDataGenerator.builder().seed(9).contacts(30).clock(clock).build().generate();
    try (FakeMergeServer server = FakeMergeServer.builder().clock(clock).start()) {
      server.addLinkedAccount("account-token", data);
      var host = server.host("account-token", SyncSettings.defaults());
      host.sync().run();
      String salesforceId = host.store().levitateContacts().keySet().iterator().next();
      // snippet: in-memory
      InMemorySyncStore store = host.store(); // or new InMemorySyncStore()
      store.levitateContacts(); // Salesforce id -> what Levitate holds
      store.contact(salesforceId); // one of them: contact, tags, key facts, status
      store.changes(); // every change the sync emitted, in order
      store.states(); // what the sync wrote last, per contact
      store.runState(); // checkpoint and watermark of the runs
      store.addTagByPerson(salesforceId, "Golf buddy"); // a person's tag: the sync keeps it
      store.archiveByPerson(salesforceId); // a person's archive: the sync leaves it

      InMemorySyncLock lock = new InMemorySyncLock(clock); // leases timed by the clock
      lock.holder(); // who holds the lease now, if anyone
      InMemoryWritebackLedger ledger = new InMemoryWritebackLedger();
      ledger.entries(LedgerEntry.State.WRITTEN); // notes known to be written
      // end snippet
      assertThat(store.contact(salesforceId).orElseThrow().tags()).contains("Golf buddy");
    }
  }

  @Test
  void activities() {
    Instant now = Instant.parse("2026-01-05T09:00:00Z");
    // snippet: activities
    List<Object> activities =
        List.of(
            NoteActivity.builder()
                .id("n-1")
                .levitateContactId("lev-1")
                .salesforceContactId("0035e00000Abc12AAA")
                .levitateUserId("lev-user-1")
                .time(now)
                .body("Met for coffee.")
                .build(),
            EmailActivity.builder()
                .id("e-1")
                .version(2)
                .levitateContactId("lev-1")
                .salesforceContactId("0035e00000Abc12AAA")
                .subject("Renewal")
                .body("Dear Ann, ...")
                .sender("jo@advisors.example")
                .addRecipients("ann@example.com")
                .sentAt(now)
                .build(),
            PhoneCallActivity.builder()
                .id("c-1")
                .levitateContactId("lev-1")
                .salesforceContactId("0035e00000Abc12AAA")
                .time(now)
                .duration(Duration.ofMinutes(12))
                .outcome("Left a message")
                .build(),
            HandwrittenCardActivity.builder()
                .id("h-1")
                .levitateContactId("lev-1")
                .salesforceContactId("0035e00000Abc12AAA")
                .sentDate(LocalDate.of(2026, 1, 5))
                .message("Happy birthday!")
                .build(),
            TextMessageActivity.builder()
                .id("t-1")
                .levitateContactId("lev-1")
                .salesforceContactId("0035e00000Abc12AAA")
                .direction(TextMessageActivity.Direction.SENT)
                .time(now)
                .message("See you at 3?")
                .build());
    // end snippet
    assertThat(activities).hasSize(5);
  }
}
