package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.sync.DryRun;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.core.writeback.Activity;
import ai.levitate.sf.core.writeback.ContactDirectory;
import ai.levitate.sf.core.writeback.WritebackEngine;
import ai.levitate.sf.core.writeback.WritebackReport;
import ai.levitate.sf.examples.jdbc.JdbcStorage;
import ai.levitate.sf.examples.jdbc.JdbcStoreException;
import ai.levitate.sf.examples.jdbc.JdbcSyncStore;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.MergeNoteWriter;
import ai.levitate.sf.merge.PreflightProblem;
import ai.levitate.sf.merge.PreflightReport;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.Latency;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * One harness invocation: reads the data (the harness's own fake Merge, or a real one), checks the
 * settings against the field catalog before anything is stored, syncs into the JDBC state, makes a
 * round of changes and syncs again, writes activities back, and prints a summary of each run.
 */
public final class Harness {
  /** The fake's linked account token, printed by {@code --serve}. */
  public static final String FAKE_TOKEN = "harness-account-token";

  static final String FAKE_ACCOUNT_KEY = "fake-merge";
  static final String H2_FILE = "levitate-sf";

  /** What the fake allows when {@code --rate-limit} does not say: in effect, no limit. */
  private static final int FAKE_RATE_LIMIT = 60_000;

  private final Options options;
  private final InputStream in;
  private final PrintStream out;
  private final Map<String, String> env;

  /** The real clock, or for a fixture its own timeline ({@link FakeData#timeline}). */
  private Clock clock;

  private final boolean terminal;

  public Harness(
      Options options,
      InputStream in,
      PrintStream out,
      Map<String, String> env,
      Clock clock,
      boolean terminal) {
    this.options = options;
    this.in = in;
    this.out = out;
    this.env = env;
    this.clock = clock;
    this.terminal = terminal;
  }

  /**
   * Runs the invocation; returns 0 or 3 (braked). A mistake the user can fix throws {@link
   * UsageException}.
   */
  public int run() throws IOException {
    if (options.serve().isPresent()) {
      return serve(options.serve().get());
    }
    Optional<SyncSettings> fileSettings =
        options.settings().isPresent()
            ? Optional.of(HarnessSettings.read(options.settings().get()))
            : Optional.empty();
    try (Source source = options.realMerge() ? realMerge() : fakeMerge()) {
      FieldCatalog catalog = source.catalog();
      SyncSettings settings =
          fileSettings.orElseGet(() -> HarnessSettings.sensible(catalog, source.users()));
      List<String> errors = HarnessSettings.errors(settings, catalog);
      if (!errors.isEmpty()) {
        throw new UsageException(String.join("\n", errors));
      }
      HarnessSettings.warnings(settings, catalog).forEach(w -> out.println("note: " + w));
      try (Storage storage = storage()) {
        out.println(
            "levitate-sf harness: "
                + source.description()
                + "; state in "
                + storage.description()
                + options
                    .readConcurrency()
                    .map(n -> "; " + n + (n == 1 ? " page" : " pages") + " read at once")
                    .orElse(""));
        return sync(source, storage, settings, catalog);
      }
    }
  }

  private int sync(Source source, Storage storage, SyncSettings settings, FieldCatalog catalog)
      throws IOException {
    JdbcSyncStore store = storage.jdbc().store(source.accountKey());
    ProgressBar progress =
        new ProgressBar(
            out, terminal, source.fake().map(f -> (long) f.data().contactCount()).orElse(0L));
    try (ChangeLog log =
        new ChangeLog(store, options.dryRun() ? Optional.empty() : options.out())) {
      return sync(source, storage, settings, catalog, store, progress, log);
    }
  }

  private int sync(
      Source source,
      Storage storage,
      SyncSettings settings,
      FieldCatalog catalog,
      JdbcSyncStore store,
      ProgressBar progress,
      ChangeLog log)
      throws IOException {
    Optional<Preview> preview = options.preview().map(file -> new Preview(progress));
    SkippedContacts skipped =
        new SkippedContacts(preview.<SyncListener>map(p -> p).orElse(progress));
    SyncEngine.Builder builder =
        SyncEngine.builder()
            .source(source.contacts())
            .storage(store)
            .sink(log)
            .lock(storage.jdbc().lock(source.accountKey()))
            .settings(settings)
            .listener(skipped)
            .clock(clock)
            .holder("levitate-sf-harness")
            .accountKey(source.accountKey());
    options.readConcurrency().ifPresent(builder::readConcurrency);
    SyncEngine engine = builder.build();
    if (options.dryRun()) {
      DryRun dry = engine.dryRun();
      Summary.printRemovals(out, dry.tagsRemoved(), dry.keyFactsRemoved());
      Summary.printChanges(out, dry.changes(), dry.held());
      Summary.print(out, dry.report(), progress.problems());
      if (options.out().isPresent()) {
        Outputs.write(
            options.out().get(),
            store,
            List.of(dry.report()),
            Optional.empty(),
            skipped,
            file -> Outputs.writeChanges(file, dry.changes()));
      }
      preview(preview, source, store, dry.changes(), List.of(dry.report()), settings, catalog);
      return 0;
    }
    List<SyncReport> runs = new ArrayList<>();
    runs.add(report(engine.run(), progress));
    Optional<WritebackReport> writeback = Optional.empty();
    if (source.fake().isPresent() && !options.once()) {
      FakeData fake = source.fake().get();
      FakeData.Round round = fake.nextRound(clock.instant());
      out.println(round.describe());
      runs.add(report(engine.run(), progress));
      List<Activity> activities = Activities.of(store, round.number(), clock.instant());
      WritebackReport report =
          WritebackEngine.builder()
              .noteWriter(MergeNoteWriter.create(source.client()))
              .ledger(storage.jdbc().ledger(source.accountKey()))
              .directory(ContactDirectory.of(store))
              .settings(settings)
              .clock(clock)
              .accountKey(source.accountKey())
              .build()
              .run(() -> activities);
      Summary.print(out, report);
      writeback = Optional.of(report);
    }
    if (source.fake().isPresent()) {
      source.fake().get().save(clock.instant());
    }
    if (options.out().isPresent()) {
      Outputs.write(options.out().get(), store, runs, writeback, skipped, log::moveTo);
      out.println(
          "wrote "
              + Outputs.CONTACTS
              + ", "
              + Outputs.REPORT
              + " and "
              + Outputs.CHANGES
              + " to "
              + options.out().get());
    }
    preview(preview, source, store, List.of(), runs, settings, catalog);
    if (runs.stream().anyMatch(r -> r.outcome() == RunOutcome.BRAKED)) {
      out.println(
          "The mass-archive brake held archives or removals back for a person to approve"
              + " (exit 3); raise \"brake\" in --settings to let them through.");
      return 3;
    }
    return 0;
  }

  /**
   * Writes {@code --preview}'s page, when asked for: a dry run's {@code changes} over the state.
   */
  private void preview(
      Optional<Preview> preview,
      Source source,
      JdbcSyncStore store,
      List<ContactChange> changes,
      List<SyncReport> runs,
      SyncSettings settings,
      FieldCatalog catalog)
      throws IOException {
    if (preview.isEmpty()) {
      return;
    }
    Path file = options.preview().orElseThrow();
    preview
        .get()
        .write(
            file,
            source.description(),
            options.dryRun(),
            store,
            changes,
            runs,
            settings,
            catalog,
            source.contacts().contactSyncStatus(),
            clock.instant());
    out.println("wrote the preview to " + file);
  }

  private SyncReport report(SyncReport report, ProgressBar progress) {
    Summary.print(out, report, progress.problems());
    return report;
  }

  private int serve(int port) throws IOException {
    FakeData fake = FakeData.fresh(options, clock);
    clock = fake.timeline(clock);
    try (FakeMergeServer server = fakeServer(port, false)) {
      server.addLinkedAccount(FAKE_TOKEN, fake.data());
      out.println("MERGE_BASE_URL=http://127.0.0.1:" + server.port() + "/api/crm/v1");
      out.println("MERGE_API_KEY=" + server.apiKey());
      out.println("MERGE_ACCOUNT_TOKEN=" + FAKE_TOKEN);
      out.flush();
      in.transferTo(OutputStream.nullOutputStream());
      // Other tools may ask for what the fake does not serve; say so rather than fail.
      for (String failure : server.takeFailures()) {
        out.println("note: the fake did not understand " + failure);
      }
    }
    return 0;
  }

  private FakeMergeServer fakeServer(int port, boolean classesAsIds) {
    return FakeMergeServer.builder()
        .clock(clock)
        .port(port)
        .remoteFieldClassesAsIds(classesAsIds)
        .latency(
            options
                .latencyMillis()
                .map(ms -> Latency.fixed(Duration.ofMillis(ms)))
                .orElse(Latency.none()))
        .rateLimitPerMinute(options.rateLimit().orElse(0))
        .start();
  }

  private Source fakeMerge() throws IOException {
    FakeData fake = FakeData.open(options, options.state(), clock);
    clock = fake.timeline(clock);
    // Remote fields name their class by id, as Merge allows: pages several times smaller.
    FakeMergeServer server = fakeServer(0, true);
    try {
      server.addLinkedAccount(FAKE_TOKEN, fake.data());
      MergeCrmClient client =
          MergeCrmClient.builder()
              .baseUrl(server.baseUrl())
              .apiKey(server.apiKey())
              .accountToken(FAKE_TOKEN)
              .clock(clock)
              .rateLimit(RateLimit.perMinute(options.rateLimit().orElse(FAKE_RATE_LIMIT)))
              .build();
      MergeContactSource contacts = MergeContactSource.create(client);
      FieldCatalog catalog = contacts.fieldCatalog();
      return new Source(
          client,
          new ReadOnce(contacts, catalog, Optional.empty()),
          catalog,
          Optional.of(server),
          Optional.of(fake),
          FAKE_ACCOUNT_KEY,
          fake.data().users(),
          "fake Merge with " + fake.describe());
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private Source realMerge() {
    MergeCrmClient.Builder builder =
        MergeCrmClient.builder()
            .apiKey(Options.present(env.get(Options.API_KEY_ENV)).orElseThrow())
            .accountToken(Options.present(env.get(Options.ACCOUNT_TOKEN_ENV)).orElseThrow())
            .rateLimit(RateLimit.perMinute(options.mergeRateLimitValue()))
            .clock(clock);
    String where;
    try {
      if (options.mergeBaseUrl().isPresent()) {
        builder.baseUrl(options.mergeBaseUrl().get());
        where = options.mergeBaseUrl().get();
      } else {
        builder.region(options.region().orElseThrow());
        where = options.region().orElseThrow().baseUrl();
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException("--merge-base-url: " + e.getMessage());
    }
    MergeCrmClient client = builder.build();
    MergeContactSource contacts = MergeContactSource.create(client);
    // Its checks side by side, the field catalog read among them.
    PreflightReport preflight = contacts.preflight();
    for (PreflightProblem problem : preflight.problems()) {
      out.println((problem.blocking() ? "preflight: " : "note: ") + problem.message());
    }
    if (!preflight.canSync()) {
      throw new IllegalStateException(
          "Merge says this linked account cannot sync yet: "
              + preflight.problems().get(0).message());
    }
    String account = preflight.accountDetails().flatMap(d -> d.id()).orElse("linked-account");
    FieldCatalog catalog = preflight.fieldCatalog().orElseGet(contacts::fieldCatalog);
    return new Source(
        client,
        new ReadOnce(contacts, catalog, preflight.contactSync()),
        catalog,
        Optional.empty(),
        Optional.empty(),
        "merge-" + account,
        List.of(),
        "Merge at "
            + where
            + " (at most "
            + client.rateLimit().requestsPerMinute()
            + " requests a minute)");
  }

  private Storage storage() {
    if (options.jdbcUrl().isPresent()) {
      String url = options.jdbcUrl().get();
      DataSource dataSource =
          new DriverDataSource(
              url,
              Options.present(env.get(DriverDataSource.USER_ENV)),
              Options.present(env.get(DriverDataSource.PASSWORD_ENV)));
      return new Storage(JdbcStorage.create(dataSource, clock), null, url);
    }
    Path file = options.state().resolve(H2_FILE).toAbsolutePath().normalize();
    JdbcConnectionPool pool = openH2(file, Runtime.getRuntime().maxMemory());
    try {
      return new Storage(
          JdbcStorage.create(pool, clock),
          pool,
          "H2 file " + options.state().resolve(H2_FILE + ".mv.db"));
    } catch (RuntimeException e) {
      pool.dispose();
      throw e;
    }
  }

  /**
   * A pool on the H2 file {@code file} (its name without {@code .mv.db}), for a heap of {@code
   * maxHeap} bytes.
   *
   * <ul>
   *   <li>No compaction as the file closes: by default H2 compacts for up to 200 ms, in practice
   *       about 0.6 s after a first import of 20,000 contacts, and the harness would exit that much
   *       later. H2 compacts as it writes too; over runs the file stays about the same size.
   *   <li>A page cache of an eighth of the heap, between H2's own 16 MB and 128 MB. With 16 MB, a
   *       first import of 20,000 contacts read its own pages back from the file, in each commit's
   *       lookups and in writing {@code contacts.jsonl}. It is set once, as the pool opens, not in
   *       the URL: H2 applies a URL's settings again for each new connection, and setting the
   *       cache's size empties it.
   *   <li>32 parsed statements kept per connection, not 8: a page's commit runs more than 8.
   * </ul>
   */
  static JdbcConnectionPool openH2(Path file, long maxHeap) {
    JdbcConnectionPool pool =
        JdbcConnectionPool.create(
            "jdbc:h2:file:" + file + ";MAX_COMPACT_TIME=0;QUERY_CACHE_SIZE=32", "sa", "");
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET CACHE_SIZE " + h2CacheKb(maxHeap));
    } catch (SQLException e) {
      pool.dispose();
      throw new JdbcStoreException(
          "Opening the H2 file " + file + ".mv.db failed: " + e.getMessage(), e);
    }
    return pool;
  }

  /** H2's page cache in KB for a heap of {@code maxHeap} bytes (see {@link #openH2}). */
  static long h2CacheKb(long maxHeap) {
    return Math.max(H2_MIN_CACHE_KB, Math.min(H2_MAX_CACHE_KB, maxHeap / 8 / 1024));
  }

  private static final long H2_MIN_CACHE_KB = 16 * 1024;
  private static final long H2_MAX_CACHE_KB = 128 * 1024;

  /**
   * Where contacts come from, the field catalog read from it, and what to close after; the engine
   * gets the catalog (and the preflight's sync status) without asking again.
   */
  private record Source(
      MergeCrmClient client,
      ContactSource contacts,
      FieldCatalog catalog,
      Optional<FakeMergeServer> server,
      Optional<FakeData> fake,
      String accountKey,
      List<SourceUser> users,
      String description)
      implements AutoCloseable {
    @Override
    public void close() {
      server.ifPresent(FakeMergeServer::close);
    }
  }

  /** The JDBC storage, and the pool to dispose of after. */
  private record Storage(JdbcStorage jdbc, JdbcConnectionPool pool, String description)
      implements AutoCloseable {
    @Override
    public void close() {
      if (pool != null) {
        pool.dispose();
      }
    }
  }
}
