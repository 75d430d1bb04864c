package ai.levitate.sf.core.writeback;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeNoteWriter;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.InMemorySyncLock;
import ai.levitate.sf.testkit.InMemorySyncStore;
import ai.levitate.sf.testkit.InMemoryWritebackLedger;
import ai.levitate.sf.testkit.LinkedAccount;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Notes for contacts the sync archived, through the sync and write-back engines against the fake: a
 * deceased contact's Salesforce record exists and gets its notes; a deleted one's is gone, and the
 * skip is recorded once.
 */
final class WritebackArchivedContactsTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-03-02T15:00:00Z"));
  private final MergeDataSet data =
      SalesforceDataGenerator.builder().seed(62).contacts(30).clock(clock).build().generate();
  private final FakeMergeServer server = FakeMergeServer.builder().clock(clock).seed(4).start();
  private final LinkedAccount org = server.addLinkedAccount("token", data);
  private final InMemorySyncStore store = new InMemorySyncStore();
  private final InMemoryWritebackLedger ledger = new InMemoryWritebackLedger();
  private final SyncSettings settings =
      SyncSettings.builder()
          .deceased(DeceasedSetting.archive("Deceased__c"))
          .writeback(List.of(ActivityType.NOTE))
          .build();

  @AfterEach
  void close() {
    server.close();
  }

  private void sync() {
    clock.advance(Duration.ofHours(1));
    SyncEngine.builder()
        .source(MergeContactSource.create(server.clientBuilder("token").build()))
        .storage(store)
        .lock(new InMemorySyncLock(clock))
        .settings(settings)
        .clock(clock)
        .build()
        .run();
  }

  private WritebackReport writeBack(List<Activity> activities) {
    return WritebackEngine.builder()
        .noteWriter(MergeNoteWriter.create(server.clientBuilder("token").build()))
        .ledger(ledger)
        .directory(ContactDirectory.of(store))
        .settings(settings)
        .clock(clock)
        .build()
        .run(() -> activities);
  }

  private String salesforceId(int index) {
    return data.contact(data.contactId(index)).orElseThrow().remoteId().orElseThrow();
  }

  private NoteActivity note(String id, int contact) {
    return NoteActivity.builder()
        .id(id)
        .levitateContactId("lev-" + contact)
        .salesforceContactId(salesforceId(contact))
        .time(clock.instant())
        .body("About " + id)
        .build();
  }

  @Test
  void aDeceasedContactGetsItsNotesAndADeletedOnesSkipIsRecordedOnce() {
    sync();
    clock.advance(Duration.ofMinutes(5));
    data.markDeceased(data.contactId(1));
    data.deleteContact(data.contactId(2));
    sync();
    assertThat(store.contact(salesforceId(1)).orElseThrow().status())
        .isEqualTo(ContactStatus.ARCHIVED);
    assertThat(store.contact(salesforceId(2)).orElseThrow().status())
        .isEqualTo(ContactStatus.ARCHIVED);

    WritebackReport first = writeBack(List.of(note("n-1", 1), note("n-2", 2)));
    long requests = server.requestCount();
    WritebackReport second = writeBack(List.of(note("n-2", 2)));

    assertThat(first.written()).isEqualTo(1);
    assertThat(org.notes())
        .singleElement()
        .satisfies(n -> assertThat(n.contactId()).contains(data.contactId(1)));
    assertThat(first.skipped()).isEqualTo(Map.of(ActivitySkipReason.CONTACT_GONE, 1L));
    assertThat(ledger.entries(LedgerEntry.State.SKIPPED))
        .singleElement()
        .satisfies(e -> assertThat(e.activityId()).isEqualTo("n-2"));
    assertThat(second.skipped()).isEqualTo(Map.of(ActivitySkipReason.CONTACT_GONE, 1L));
    assertThat(server.requestCount()).as("nothing asked of Merge again").isEqualTo(requests);
  }
}
