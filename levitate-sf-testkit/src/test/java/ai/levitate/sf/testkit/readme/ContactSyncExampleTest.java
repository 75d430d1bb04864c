package ai.levitate.sf.testkit.readme;

// snippet: junit
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.writeback.NoteActivity;
import ai.levitate.sf.core.writeback.WritebackReport;
import ai.levitate.sf.merge.MergeServerException;
import ai.levitate.sf.testkit.FakeMergeHost;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.Fault;
import ai.levitate.sf.testkit.FaultRule;
import ai.levitate.sf.testkit.LinkedAccount;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import ai.levitate.sf.testkit.junit5.FakeMergeServerExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

final class ContactSyncExampleTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));

  // A fresh fake per test on the test's clock; a request it does not understand fails the test.
  @RegisterExtension
  final FakeMergeServerExtension merge =
      FakeMergeServerExtension.with(() -> FakeMergeServer.builder().clock(clock));

  @Test
  void syncsThenReadsOnlyWhatChangedResumesAfterAFaultAndWritesANoteBack() {
    MergeDataSet data =
        SalesforceDataGenerator.builder().seed(42).contacts(200).clock(clock).build().generate();
    FakeMergeServer server = merge.server();
    LinkedAccount org = server.addLinkedAccount("account-token", data);
    SyncSettings settings = SyncSettings.builder().addWriteback(ActivityType.NOTE).build();
    // One call: client, engines, in-memory storage, locks and ledger, all on the server's clock.
    FakeMergeHost host = server.host("account-token", settings);

    SyncReport first = host.sync().run();
    assertThat(first.kind()).isEqualTo(RunKind.INITIAL);

    // A day later, a Salesforce user edits a contact; Merge stamps the edit with the clock.
    clock.advance(Duration.ofDays(1));
    String mergeId = data.contactId(7);
    String salesforceId = data.contact(mergeId).orElseThrow().remoteId().orElseThrow();
    data.editContact(mergeId, contact -> contact.set("Title", "Chief Executive Officer"));
    // A run reads changes stamped before it starts: move the clock past the edit.
    clock.advance(Duration.ofMinutes(5));

    SyncReport second = host.sync().run();
    assertThat(second.kind()).isEqualTo(RunKind.INCREMENTAL);
    assertThat(second.counts().updated()).isEqualTo(1);
    assertThat(host.store().contact(salesforceId).orElseThrow().contact().orElseThrow().jobTitle())
        .contains("Chief Executive Officer");

    // Merge fails longer than the client retries (five attempts): run() throws a typed error and
    // keeps its checkpoint; calling run() again resumes that run.
    clock.advance(Duration.ofHours(1));
    data.deleteContact(data.contactId(9));
    clock.advance(Duration.ofMinutes(5));
    server.inject(FaultRule.on("GET", "/contacts").from(1).times(5).inject(Fault.serverError(503)));
    assertThatThrownBy(() -> host.sync().run()).isInstanceOf(MergeServerException.class);
    SyncReport resumed = host.sync().run();
    assertThat(resumed.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(resumed.resumes()).isEqualTo(1);
    assertThat(resumed.counts().archived()).isEqualTo(1);

    // Write a Levitate note back: Salesforce gets it as a Note on the contact, once.
    NoteActivity note =
        NoteActivity.builder()
            .id("note-1")
            .levitateContactId("levitate-contact-8")
            .salesforceContactId(salesforceId)
            .time(clock.instant())
            .body("Called about the renewal.")
            .build();
    WritebackReport written = host.writeback().run(() -> List.of(note));
    WritebackReport again = host.writeback().run(() -> List.of(note));

    assertThat(written.written()).isEqualTo(1);
    assertThat(again.alreadyWritten()).isEqualTo(1);
    assertThat(org.notes())
        .singleElement()
        .satisfies(
            stored -> {
              assertThat(stored.contactId()).contains(mergeId); // Merge's id, not Salesforce's
              assertThat(stored.title()).contains("Levitate note: Called about the renewal.");
              assertThat(stored.content().orElseThrow())
                  .contains("Called about the renewal.")
                  .contains("Levitate activity note-1 (version 1), ref LEV-");
            });
  }
}
// end snippet
