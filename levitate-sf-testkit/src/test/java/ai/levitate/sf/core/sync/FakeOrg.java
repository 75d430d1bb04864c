package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.transform.ContactTransformer;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.InMemorySyncLock;
import ai.levitate.sf.testkit.InMemorySyncStore;
import ai.levitate.sf.testkit.LinkedAccount;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * A generated Salesforce org behind the fake Merge server, read by the real client, synced by the
 * engine into the in-memory host. One manual clock serves them all; the client sleeps by moving it,
 * so retries and the rate limit cost no real time. Steps of a scenario happen at fixed minutes
 * after {@link #T0}, so the times a run starts at do not depend on how long retries made earlier
 * runs.
 */
final class FakeOrg implements AutoCloseable {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static final String TOKEN = "org-token";

  final ManualClock clock = ManualClock.at(T0);
  final MergeDataSet data;
  final FakeMergeServer server = FakeMergeServer.builder().clock(clock).seed(3).start();
  final LinkedAccount org;
  final InMemorySyncStore store = new InMemorySyncStore();
  final InMemorySyncLock lock = new InMemorySyncLock(clock);
  private final MergeCrmClient client;
  SyncSettings settings;
  int pageSize = 10;

  /** Windows read at once; 0 leaves the number to the engine. */
  int readConcurrency;

  /** Where the windows are read; null lets the engine start threads of its own. */
  Executor executor;

  FakeOrg(int contacts, long seed) {
    this(contacts, seed, 8);
  }

  FakeOrg(int contacts, long seed, int accounts) {
    data =
        SalesforceDataGenerator.builder()
            .seed(seed)
            .contacts(contacts)
            .accounts(accounts)
            .users(12)
            .clock(clock)
            .build()
            .generate();
    org = server.addLinkedAccount(TOKEN, data);
    client = client(TOKEN);
    List<SourceUser> users = data.users();
    settings =
        SyncSettings.builder()
            .nicknameField("Nickname__c")
            .deceased(DeceasedSetting.archive("Deceased__c"))
            .optOutField("HasOptedOutOfEmail")
            .addKeyFacts(KeyFactSetting.of("Birthdate"), KeyFactSetting.of("Anniversary__c"))
            .addTagFields("Interests__c", "VIP__c", "Client_Tier__c")
            .putOwners(users.get(0).remoteId().orElseThrow(), "lev-user-0")
            .putOwners(users.get(1).remoteId().orElseThrow(), "lev-user-1")
            .build();
  }

  /** A client of the fake for one linked account, sleeping on the shared clock. */
  MergeCrmClient client(String accountToken) {
    return MergeCrmClient.builder()
        .apiKey(server.apiKey())
        .accountToken(accountToken)
        .baseUrl(server.baseUrl())
        .rateLimit(RateLimit.ENTERPRISE)
        .clock(clock)
        .nanoClock(clock)
        .sleeper(clock::advance)
        .random(new Random(11))
        .build();
  }

  SyncEngine engine() {
    return engine(client);
  }

  SyncEngine engine(MergeCrmClient over) {
    SyncEngine.Builder engine =
        SyncEngine.builder()
            .source(MergeContactSource.create(over))
            .storage(store)
            .lock(lock)
            .settings(settings)
            .clock(clock)
            // Latency on the test's clock, not the machine's: the readers the engine chooses, and
            // so
            // the pages of a full pass, do not vary with the machine's load.
            .nanoClock(clock)
            .pageSize(pageSize);
    if (readConcurrency > 0) {
      engine.readConcurrency(readConcurrency);
    }
    if (executor != null) {
      engine.executor(executor);
    }
    return engine.build();
  }

  /** Moves the clock to {@code minutes} after {@link #T0}; time never runs backwards. */
  void at(long minutes) {
    Instant target = T0.plus(Duration.ofMinutes(minutes));
    if (target.isBefore(clock.instant())) {
      throw new IllegalStateException(
          "the scenario is at "
              + clock.instant()
              + ", past the step at "
              + target
              + "; space its steps further apart");
    }
    clock.set(target);
  }

  SyncReport run() {
    return engine().run();
  }

  SyncReport run(RunRequest kind) {
    return engine().run(kind);
  }

  /** What the transform makes of the contact the data set holds: what the sync should write. */
  LevitateContact expected(String mergeId) {
    return transformer().transform(source(mergeId)).transformed().orElseThrow();
  }

  /**
   * The contact the data set holds, its account as Merge's accounts list has it (with its Type), as
   * the sync completes it.
   */
  SourceContact source(String mergeId) {
    SourceContact contact = data.contact(mergeId).orElseThrow();
    if (contact.account().isEmpty()) {
      return contact;
    }
    String accountId = contact.account().get().mergeId();
    return data.accounts().stream()
        .filter(a -> a.mergeId().equals(accountId))
        .findFirst()
        .map(a -> SourceContact.builder().from(contact).account(a).build())
        .orElse(contact);
  }

  ContactTransformer transformer() {
    return ContactTransformer.create(FieldCatalog.of(data.contactFields()), settings);
  }

  /** The Merge id of the {@code n}-th contact, from {@code from} on, that syncs as active. */
  String active(int from) {
    for (int i = from; i < data.contactCount(); i++) {
      String id = data.contactId(i);
      SourceContact contact = source(id);
      Optional<LevitateContact> out = transformer().transform(contact).transformed();
      if (!contact.remoteWasDeleted()
          && out.filter(c -> c.status() == ContactStatus.ACTIVE).isPresent()) {
        return id;
      }
    }
    throw new IllegalStateException("no active contact from " + from);
  }

  /** The states of the contacts the sync keeps active that match {@code filter}. */
  List<ContactState> activeStates(Predicate<ContactState> filter) {
    return store.states().stream()
        .filter(s -> s.status() == ContactStatus.ACTIVE)
        .filter(filter)
        .toList();
  }

  String salesforceId(String mergeId) {
    return data.contact(mergeId).orElseThrow().remoteId().orElseThrow();
  }

  List<ContactChange> changesSince(int before) {
    List<ContactChange> all = store.changes();
    return all.subList(before, all.size());
  }

  @Override
  public void close() {
    server.close();
  }
}
