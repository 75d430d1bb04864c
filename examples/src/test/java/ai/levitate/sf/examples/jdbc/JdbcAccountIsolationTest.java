package ai.levitate.sf.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.core.writeback.Activity;
import ai.levitate.sf.core.writeback.ContactDirectory;
import ai.levitate.sf.core.writeback.NoteActivity;
import ai.levitate.sf.core.writeback.WritebackEngine;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.MergeNoteWriter;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.LinkedAccount;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two linked accounts whose orgs hold the same Merge and Salesforce ids, synced and written back
 * through the real client into one JDBC database (H2, then PostgreSQL): a run with account A's
 * token reads and writes only A's rows, and ends exactly as A synced alone into a database of its
 * own.
 */
@Tag("reliability")
final class JdbcAccountIsolationTest {
  private final ManualClock clock = ManualClock.at(Samples.T0);
  private final FakeMergeServer server = FakeMergeServer.builder().clock(clock).seed(3).start();
  private final SyncSettings settings =
      SyncSettings.builder().writeback(EnumSet.of(ActivityType.NOTE)).build();

  @AfterEach
  void close() {
    server.close();
  }

  /** Every row one account holds, read through its own store and ledger. */
  record Rows(Object runState, Object states, Object held, Object levitate, Object ledger) {
    static Rows of(JdbcStorage storage, String account, List<Activity> activities) {
      JdbcSyncStore store = storage.store(account);
      List<Object> ledger = new ArrayList<>();
      for (Activity a : activities) {
        ledger.add(
            storage
                .ledger(account)
                .find(a.id(), a.version())
                .map(e -> e.state() + " " + e.mergeContactId() + " " + e.reference()));
      }
      return new Rows(
          store.runState(),
          store.contacts(ContactStateQuery.builder().limit(1_000).build()),
          store.heldChanges(HeldChangeQuery.builder().limit(1_000).build()),
          store.levitateContacts(Optional.empty(), 1_000),
          ledger);
    }
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void accountATouchesNoRowOfAccountBAndEndsAsIfAlone(Database db) {
    MergeDataSet dataA = data();
    MergeDataSet dataB = data();
    LinkedAccount orgA = server.addLinkedAccount("token-a", dataA);
    LinkedAccount b = server.addLinkedAccount("token-b", dataB);
    JdbcStorage shared = JdbcStorage.create(db.fresh(), clock);
    List<Activity> activities = activities(dataA);

    sync(shared, "account-b", "token-b");
    writeBack(shared, "account-b", "token-b", activities);
    Rows bBefore = Rows.of(shared, "account-b", activities);
    liveA(shared, "token-a", dataA, activities);

    assertThat(Rows.of(shared, "account-b", activities)).as("account B's rows").isEqualTo(bBefore);
    assertThat(b.notes()).hasSize(activities.size());
    // The activity ids are the same in both accounts: A found none of B's ledger entries.
    assertThat(orgA.notes()).hasSize(activities.size());
    JdbcStorage alone = JdbcStorage.create(db.fresh(), clock);
    clock.set(Samples.T0);
    MergeDataSet dataAlone = data();
    server.addLinkedAccount("token-alone", dataAlone);
    liveA(alone, "token-alone", dataAlone, activities);
    Rows a = Rows.of(shared, "account-a", activities);
    Rows aAlone = Rows.of(alone, "account-a", activities);
    assertThat(a.runState()).as("A's run state").isEqualTo(aAlone.runState());
    assertThat(a.states()).as("A's contact states").isEqualTo(aAlone.states());
    assertThat(a.held()).as("A's held changes").isEqualTo(aAlone.held());
    assertThat(a.levitate()).as("A's Levitate contacts").isEqualTo(aAlone.levitate());
    assertThat(a.ledger()).as("A's ledger").isEqualTo(aAlone.ledger());
  }

  /** Account A's life: an initial sync, a day of edits in Salesforce, a sync, the write-back. */
  private void liveA(
      JdbcStorage storage, String token, MergeDataSet data, List<Activity> activities) {
    sync(storage, "account-a", token);
    clock.advance(Duration.ofHours(2));
    data.editContact(data.contactId(2), c -> c.set("Title", "Only in A"));
    data.deleteContact(data.contactId(3));
    clock.advance(Duration.ofHours(1));
    sync(storage, "account-a", token);
    writeBack(storage, "account-a", token, activities);
  }

  private MergeDataSet data() {
    return SalesforceDataGenerator.builder()
        .seed(17)
        .contacts(24)
        .users(3)
        .clock(clock)
        .build()
        .generate();
  }

  private static List<Activity> activities(MergeDataSet data) {
    List<Activity> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      SourceContact contact = data.contact(data.contactId(5 + i)).orElseThrow();
      out.add(
          NoteActivity.builder()
              .id("note-" + i)
              .levitateContactId("lev-" + i)
              .salesforceContactId(contact.remoteId().orElseThrow())
              .time(Samples.T0)
              .body("Portfolio review " + i)
              .build());
    }
    return out;
  }

  /** A client that sleeps (rate limit, retries) on a clock of its own, not the runs' clock. */
  private MergeCrmClient client(String token) {
    ManualClock sleeps = ManualClock.at(Samples.T0);
    return server
        .clientBuilder(token)
        .clock(sleeps)
        .nanoClock(sleeps)
        .sleeper(sleeps::advance)
        .rateLimit(RateLimit.ENTERPRISE)
        .build();
  }

  private void sync(JdbcStorage storage, String account, String token) {
    MergeCrmClient client = client(token);
    SyncEngine.builder()
        .source(MergeContactSource.create(client))
        .storage(storage.store(account))
        .lock(storage.lock(account))
        .settings(settings)
        .clock(clock)
        .pageSize(7)
        .build()
        .run();
  }

  private void writeBack(
      JdbcStorage storage, String account, String token, List<Activity> activities) {
    MergeCrmClient client = client(token);
    WritebackEngine.builder()
        .noteWriter(MergeNoteWriter.create(client))
        .ledger(storage.ledger(account))
        .directory(ContactDirectory.of(storage.store(account)))
        .settings(settings)
        .clock(clock)
        .build()
        .run(() -> activities);
  }
}
