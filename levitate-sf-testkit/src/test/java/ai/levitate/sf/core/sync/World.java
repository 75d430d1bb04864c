package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactSink;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.spi.SyncStore;
import ai.levitate.sf.testkit.InMemoryContactSource;
import ai.levitate.sf.testkit.InMemorySyncLock;
import ai.levitate.sf.testkit.InMemorySyncStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

/**
 * One account under test: a source, the host's store, a lock and a clock, and an engine over them.
 */
final class World {
  final TestClock clock = new TestClock(Fixtures.T0);
  final InMemoryContactSource source = new InMemoryContactSource(Fixtures.CATALOG);
  final InMemorySyncStore store = new InMemorySyncStore();
  final InMemorySyncLock lock = new InMemorySyncLock(clock);
  SyncSettings settings = Fixtures.settings();
  SyncListener listener = SyncListener.NONE;
  int pageSize = 100;

  /** Windows read at once; 0 leaves the number to the engine. */
  int readConcurrency = 1;

  Executor executor;

  /** When set, the engine reaches the source and the store through it. */
  Crasher crasher;

  /** More options for the engine's builder. */
  UnaryOperator<SyncEngine.Builder> options = UnaryOperator.identity();

  /** The store the engine reads through, around the store (e.g. a recorder). */
  UnaryOperator<SyncStore> storage = UnaryOperator.identity();

  /** The sink the engine commits through, around the store's (e.g. one that stops a run). */
  UnaryOperator<ContactSink> sink = UnaryOperator.identity();

  World(int contacts) {
    this(contacts, 42);
  }

  World(int contacts, long seed) {
    Fixtures.accounts().forEach(source::putAccount);
    Fixtures.users().forEach(source::putUser);
    source.putAll(Fixtures.contacts(seed, contacts));
  }

  SyncEngine engine() {
    return engine(UnaryOperator.identity());
  }

  /** The engine, reaching the source through {@code around} (e.g. a recorder). */
  SyncEngine engine(UnaryOperator<ContactSource> around) {
    SyncEngine.Builder engine =
        SyncEngine.builder()
            .lock(lock)
            .settings(settings)
            .listener(listener)
            .clock(clock)
            .pageSize(pageSize);
    if (readConcurrency > 0) {
      engine.readConcurrency(readConcurrency);
    }
    if (executor != null) {
      engine.executor(executor);
    }
    engine = options.apply(engine);
    if (crasher == null) {
      return engine
          .source(around.apply(source))
          .storage(storage.apply(store))
          .sink(sink.apply(store))
          .build();
    }
    Object storage = crasher.storage(store);
    return engine.source(around.apply(crasher.source(source))).storage((SyncStore) storage).build();
  }

  /** An hour later, the next run. */
  SyncReport run() {
    clock.advance(Duration.ofHours(1));
    return engine().run();
  }

  SyncReport run(RunRequest kind) {
    clock.advance(Duration.ofHours(1));
    return engine().run(kind);
  }

  /** The changes committed since {@code before} changes had been. */
  List<ContactChange> changesSince(int before) {
    List<ContactChange> all = store.changes();
    return all.subList(before, all.size());
  }

  /** Edits contact {@code i} a minute from now, as Merge would record it. */
  SourceContact edit(int i, UnaryOperator<ai.levitate.sf.core.model.SourceContact.Builder> change) {
    clock.advance(Duration.ofMinutes(1));
    SourceContact edited =
        Fixtures.edit(source.contact(Fixtures.mergeId(i)).orElseThrow(), clock.instant(), change);
    source.put(edited);
    return edited;
  }

  /** Salesforce deletes contacts 0 to {@code count - 1}. */
  void deleteFirst(int count) {
    for (int i = 0; i < count; i++) {
      edit(i, c -> c.remoteWasDeleted(true));
    }
  }

  /** Renames an account: Merge moves the account's modified time, not its contacts'. */
  void renameAccount(int i, String name) {
    clock.advance(Duration.ofMinutes(1));
    SourceAccount renamed = Fixtures.account(i, name, clock.instant());
    source.putAccount(renamed);
    for (SourceContact c : source.contacts()) {
      if (c.account().map(a -> a.mergeId().equals(renamed.mergeId())).orElse(false)) {
        source.put(SourceContact.builder().from(c).account(renamed).build());
      }
    }
  }

  /** Renames an owner: Merge moves the user's modified time, not its contacts'. */
  void renameUser(int i, String name) {
    clock.advance(Duration.ofMinutes(1));
    SourceUser renamed = Fixtures.user(i, name, clock.instant());
    source.putUser(renamed);
    for (SourceContact c : source.contacts()) {
      if (c.owner().map(u -> u.mergeId().equals(renamed.mergeId())).orElse(false)) {
        source.put(SourceContact.builder().from(c).owner(renamed).build());
      }
    }
  }
}
