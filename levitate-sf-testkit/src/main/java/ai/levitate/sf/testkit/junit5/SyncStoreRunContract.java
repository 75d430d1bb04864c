package ai.levitate.sf.testkit.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactSink;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.spi.SyncStore;
import ai.levitate.sf.core.sync.RunRequest;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.testkit.InMemoryContactSource;
import ai.levitate.sf.testkit.InMemorySyncLock;
import ai.levitate.sf.testkit.InMemorySyncStore;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sync engine over a host's store must end exactly where it ends over the testkit's in-memory
 * store: the same contact states, held changes, run state and reports, through an initial run, an
 * incremental run with edits, deletions, deaths, opt-outs and a renamed account, a braked run and
 * its approval, a full reconciliation, and runs stopped at a commit and resumed. Extend it as you
 * extend {@link SyncStoreContract}.
 *
 * @param <S> the store under test, which is its own sink
 */
public abstract class SyncStoreRunContract<S extends SyncStore> {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final int CONTACTS = 240;

  private final ManualClock clock = ManualClock.at(T0);
  private MergeDataSet data;
  private InMemoryContactSource source;
  private SyncSettings settings;

  /** A store for one account that was never synced. Called once per engine a test builds. */
  protected abstract S newStore();

  @BeforeEach
  final void generateAccount() {
    data =
        SalesforceDataGenerator.builder()
            .seed(7)
            .contacts(CONTACTS)
            .users(4)
            .clock(clock)
            .build()
            .generate();
    source = new InMemoryContactSource(FieldCatalog.of(data.contactFields()));
    refreshSource();
    settings =
        SyncSettings.builder()
            .nicknameField("Nickname__c")
            .deceased(DeceasedSetting.archive("Deceased__c"))
            .optOutField("HasOptedOutOfEmail")
            .addKeyFacts(
                KeyFactSetting.of("Birthdate"), KeyFactSetting.of("Anniversary__c", "Anniversary"))
            .addTagFields("Interests__c", "VIP__c", "Client_Tier__c")
            .putOwners(data.users().get(0).remoteId().orElseThrow(), "lev-user-1")
            .build();
  }

  @Test
  void everyKindOfRunEndsAsOverTheInMemoryStore() {
    S store = newStore();
    InMemorySyncStore reference = new InMemorySyncStore();
    SyncEngine engine = engine(store, store);
    SyncEngine expected = engine(reference, reference);

    assertSameRun(expected.run(), engine.run(), reference, store);

    mutate(0, 12);
    assertSameRun(expected.run(), engine.run(), reference, store);

    advance();
    for (int i = 20; i < 60; i++) {
      data.deleteContact(data.contactId(i));
    }
    refreshSource();
    advance();
    SyncReport braked = engine.run();
    assertEquals(
        RunOutcome.BRAKED,
        braked.outcome(),
        "40 of 240 deletions trip the brake: " + braked.counts());
    assertSameRun(expected.run(), braked, reference, store);
    assertSameRun(
        expected.approveHeld(braked.runNumber()),
        engine.approveHeld(braked.runNumber()),
        reference,
        store);

    advance();
    assertSameRun(
        expected.run(RunRequest.FULL_RECONCILIATION),
        engine.run(RunRequest.FULL_RECONCILIATION),
        reference,
        store);
  }

  @Test
  void aRunStoppedAtACommitResumesToTheSameEnd() {
    S store = newStore();
    InMemorySyncStore reference = new InMemorySyncStore();
    SyncEngine expected = engine(reference, reference);
    StoppingSink sink = new StoppingSink(store);
    SyncEngine engine = engine(store, sink);

    expected.run();
    sink.stopAt(2);
    assertThrows(RuntimeException.class, engine::run);
    engine.run();
    assertSameState(reference, store);

    mutate(100, 8);
    expected.run();
    sink.stopAt(1);
    assertThrows(RuntimeException.class, engine::run);
    engine.run();
    assertSameState(reference, store);
  }

  private SyncEngine engine(SyncStore store, ContactSink sink) {
    return SyncEngine.builder()
        .source(source)
        .storage(store)
        .sink(sink)
        .lock(new InMemorySyncLock(clock))
        .settings(settings)
        .clock(clock)
        .pageSize(50)
        .build();
  }

  /**
   * An hour later, {@code count} contacts from {@code first} on change in several ways; the clock
   * then moves on an hour, as runs read only what Merge changed before they started.
   */
  private void mutate(int first, int count) {
    advance();
    for (int i = first; i < first + count; i++) {
      String id = data.contactId(i);
      switch (i % 4) {
        case 0 -> data.editContact(id, c -> c.set("Title", "Chief Everything").set("VIP__c", true));
        case 1 -> data.deleteContact(id);
        case 2 -> data.markDeceased(id);
        default -> data.markOptedOut(id);
      }
    }
    data.renameAccount(data.accounts().get(1).mergeId(), "Renamed Holdings");
    refreshSource();
    advance();
  }

  private void advance() {
    clock.advance(Duration.ofHours(1));
  }

  private void refreshSource() {
    for (int i = 0; i < data.contactCount(); i++) {
      source.put(data.contact(data.contactId(i)).orElseThrow());
    }
    data.accounts().forEach(source::putAccount);
    data.users().forEach(source::putUser);
  }

  private static void assertSameRun(
      SyncReport expected, SyncReport actual, InMemorySyncStore reference, SyncStore store) {
    assertEquals(expected, actual, "the run's report");
    assertSameState(reference, store);
  }

  private static void assertSameState(InMemorySyncStore reference, SyncStore store) {
    assertEquals(reference.runState(), store.runState(), "the run state");
    assertEquals(reference.states(), allStates(store), "the contact states");
    assertEquals(reference.held(), allHeld(store), "the held changes");
  }

  private static List<ContactState> allStates(SyncStore store) {
    return StateSamples.readAll(
        after -> store.contacts(ContactStateQuery.builder().after(after).limit(100).build()),
        ContactState::salesforceId);
  }

  private static List<HeldChange> allHeld(SyncStore store) {
    return StateSamples.readAll(
        after -> store.heldChanges(HeldChangeQuery.builder().after(after).limit(100).build()),
        HeldChange::salesforceId);
  }

  /** A sink that stops the run at a chosen commit, storing nothing of it, like a killed worker. */
  private static final class StoppingSink implements ContactSink {
    private final ContactSink delegate;
    private int stopAt;

    StoppingSink(ContactSink delegate) {
      this.delegate = delegate;
    }

    void stopAt(int commit) {
      stopAt = commit;
    }

    @Override
    public void commit(ai.levitate.sf.core.spi.SyncBatch batch) {
      if (stopAt > 0 && --stopAt == 0) {
        throw new IllegalStateException("the worker stopped before this commit");
      }
      delegate.commit(batch);
    }
  }
}
