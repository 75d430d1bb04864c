package ai.levitate.sf.examples.fleet;

import ai.levitate.sf.examples.internal.UsageException;
import ai.levitate.sf.examples.jdbc.JdbcStorage;
import ai.levitate.sf.examples.jdbc.JdbcSyncStore;
import ai.levitate.sf.merge.LevitateJson;
import ai.levitate.sf.testkit.StoredNote;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * One fleet run, as the coordinator sees it: the database, the fake Merge and its orgs, the
 * expectations, the worker JVMs, the rounds (each one trigger per account, written into Quartz's
 * tables by a scheduler of the cluster that never starts, so that it runs no job itself), the kill,
 * and the comparison at the end.
 */
final class Fleet {
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration WORKERS_READY = Duration.ofMinutes(3);
  private static final Duration STOP_GRACE = Duration.ofSeconds(30);
  private static final String ROUND_GROUP = "fleet-rounds";

  private final FleetOptions options;
  private final PrintStream out;
  private final Map<String, String> env;
  private final LiveTable table;
  private final long startNanos = System.nanoTime();
  private final Set<String> reportedExits = new HashSet<>();
  private int killed;

  Fleet(FleetOptions options, PrintStream out, Map<String, String> env, boolean terminal) {
    this.options = options;
    this.out = out;
    this.env = env;
    this.table = new LiveTable(out, terminal);
  }

  /** Runs the fleet; returns 0 when every account ended as its fault-free run, else 1. */
  int run() throws Exception {
    Path dir = options.out();
    Path logs = dir.resolve("logs");
    Files.createDirectories(logs);
    Instant generatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<Org> orgs =
        IntStream.range(0, options.accounts())
            .mapToObj(
                i -> Org.of(i, options.accounts(), options.contacts(), options.seed(), generatedAt))
            .toList();
    out.println(
        String.format(
            Locale.ROOT,
            "levitate-sf fleet: %s (%d to %d contacts each), %s"
                + " x %s, %s of changes after the initial sync%s",
            count(orgs.size(), "account"),
            orgs.stream().mapToInt(Org::contacts).min().orElse(0),
            orgs.stream().mapToInt(Org::contacts).max().orElse(0),
            count(options.workers(), "worker"),
            count(options.threads(), "Quartz thread"),
            count(options.rounds(), "round"),
            options.killOne() ? ", one worker killed" : ""));
    try (Database db = database(logs.resolve("postgres.log"));
        HikariDataSource pool = db.url().pool("fleet-coordinator", 4);
        Orgs fake =
            new Orgs(
                orgs,
                Duration.ofMillis(options.latencyMillis()),
                options.rateLimit(),
                options.seed());
        Workers workers = new Workers()) {
      out.println(
          "  "
              + db.description()
              + "; fake Merge on "
              + fake.baseUrl()
              + " ("
              + options.latencyMillis()
              + " ms latency, "
              + options.rateLimit()
              + " requests a minute per account)");
      prepare(pool);
      FleetTables tables = new FleetTables(pool);
      Scheduler quartz =
          new StdSchedulerFactory(QuartzSettings.of("coordinator", db.url(), 1, options.timing()))
              .getScheduler();
      try {
        for (Org org : orgs) {
          quartz.addJob(job(org), true);
        }
        startWorkers(workers, db.url(), fake, logs);
        Map<String, Expectation.Result> expected = expectations(orgs);
        for (Org org : orgs) {
          tables.addAccount(
              org.key(),
              org.token(),
              LevitateJson.writeSettings(expected.get(org.key()).settings()));
        }
        awaitWorkers(pool, workers);
        long roundsStart = System.nanoTime();
        Duration cpuStart = coordinatorCpu();
        Map<String, Duration> workersCpuStart = workersCpu(workers);
        Optional<String> failure = Optional.empty();
        for (int round = 0; round <= options.rounds() && failure.isEmpty(); round++) {
          Instant now = Instant.now();
          if (round > 0) {
            fake.nextRound(now);
          }
          tables.startRound(round, now);
          table.event(
              round == 0
                  ? String.format(
                      Locale.ROOT,
                      "%s round 0: initial sync, then write-back, of every" + " account",
                      clock())
                  : String.format(
                      Locale.ROOT,
                      "%s round %d: Salesforce changed in every org;"
                          + " incremental sync, then write-back",
                      clock(),
                      round));
          for (Org org : orgs) {
            quartz.scheduleJob(
                TriggerBuilder.newTrigger()
                    .withIdentity(org.key() + "-round-" + round, ROUND_GROUP)
                    .forJob(org.key(), QuartzSettings.JOB_GROUP)
                    .startNow()
                    .withSchedule(
                        SimpleScheduleBuilder.simpleSchedule()
                            .withMisfireHandlingInstructionIgnoreMisfires())
                    .build());
          }
          failure = watch(round, tables, workers);
        }
        double seconds = (System.nanoTime() - roundsStart) / 1e9;
        Duration coordinatorCpu = coordinatorCpu().minus(cpuStart);
        Duration workersCpu =
            workersCpu(workers).entrySet().stream()
                .map(
                    e ->
                        e.getValue().minus(workersCpuStart.getOrDefault(e.getKey(), Duration.ZERO)))
                .reduce(Duration.ZERO, Duration::plus);
        workers.stop(STOP_GRACE);
        out.println(
            String.format(
                Locale.ROOT,
                "CPU during the rounds: workers %.1f s%s,"
                    + " coordinator and fake Merge %.1f s (PostgreSQL not counted)",
                workersCpu.toMillis() / 1000.0,
                killed > 0 ? " (not the killed one's)" : "",
                coordinatorCpu.toMillis() / 1000.0));
        FleetReport report = report(tables, pool, fake, expected, seconds);
        report.write(dir);
        return summary(report, failure, fake, dir);
      } finally {
        quartz.shutdown(false);
      }
    }
  }

  private Database database(Path log) throws IOException {
    if (options.jdbcUrl().isPresent()) {
      return Database.named(Database.Url.fromEnvironment(options.jdbcUrl().get(), env));
    }
    return Database.embedded(log);
  }

  /**
   * Quartz's tables, the library's and the fleet's; refuses a database with an earlier fleet's
   * state.
   */
  private static void prepare(DataSource dataSource) throws SQLException, IOException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE table_name = 'sf_run_state'");
        ResultSet rows = s.executeQuery()) {
      rows.next();
      if (rows.getLong(1) > 0) {
        try (PreparedStatement used =
                c.prepareStatement(
                    "SELECT COUNT(*) FROM sf_run_state WHERE account_key LIKE 'fleet-%'");
            ResultSet count = used.executeQuery()) {
          count.next();
          if (count.getLong(1) > 0) {
            throw new UsageException(
                "--jdbc-url: the database holds the sync state of an earlier"
                    + " fleet run (sf_run_state has fleet-... accounts); give the fleet an empty"
                    + " database, since it compares every account with a fresh fault-free run.");
          }
        }
      }
    }
    QuartzSettings.createTables(dataSource);
    JdbcStorage.create(dataSource);
    new FleetTables(dataSource).create();
  }

  /** The account's job: durable (it outlives its triggers) and recovered when its worker dies. */
  private static JobDetail job(Org org) {
    return JobBuilder.newJob(AccountSyncJob.class)
        .withIdentity(org.key(), QuartzSettings.JOB_GROUP)
        .usingJobData(AccountSyncJob.ACCOUNT, org.key())
        .storeDurably()
        .requestRecovery()
        .build();
  }

  private void startWorkers(Workers workers, Database.Url url, Orgs fake, Path logs)
      throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--jdbc-url",
                url.url(),
                "--merge-base-url",
                fake.baseUrl(),
                "--threads",
                String.valueOf(options.threads()),
                "--rate-limit",
                String.valueOf(options.rateLimit())));
    args.addAll(options.timing().arguments());
    List<String> started = new ArrayList<>();
    for (int i = 1; i <= options.workers(); i++) {
      String name = "worker-" + i;
      Workers.Member member =
          workers.start(
              name,
              args,
              Map.of(FleetWorker.API_KEY_ENV, fake.apiKey()),
              logs.resolve(name + ".log"));
      started.add(name + " (pid " + member.pid() + ")");
    }
    out.println("  workers: " + String.join(", ", started) + "; their logs in " + logs);
  }

  private Map<String, Expectation.Result> expectations(List<Org> orgs) throws IOException {
    long start = System.nanoTime();
    Map<String, Expectation.Result> expected = new LinkedHashMap<>();
    for (Org org : orgs) {
      expected.put(org.key(), Expectation.of(org, options.rounds()));
    }
    out.println(
        String.format(
            Locale.ROOT,
            "  expectations: each org synced alone in this process"
                + " (H2 in memory, no latency, no faults) in %.1f s",
            (System.nanoTime() - start) / 1e9));
    return expected;
  }

  /** Waits until every worker has checked in with the cluster. */
  private void awaitWorkers(DataSource dataSource, Workers workers) throws Exception {
    long deadline = System.nanoTime() + WORKERS_READY.toNanos();
    Set<String> wanted =
        workers.members().stream().map(Workers.Member::name).collect(Collectors.toSet());
    while (true) {
      Set<String> joined = new HashSet<>();
      try (Connection c = dataSource.getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT instance_name FROM qrtz_scheduler_state WHERE sched_name = ?")) {
        s.setString(1, QuartzSettings.SCHEDULER_NAME);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            joined.add(rows.getString(1));
          }
        }
      }
      if (joined.containsAll(wanted)) {
        out.println(
            String.format(
                Locale.ROOT,
                "  %s joined the Quartz cluster after %.1f s",
                count(wanted.size(), "worker"),
                (System.nanoTime() - startNanos) / 1e9));
        return;
      }
      for (Workers.Member member : workers.members()) {
        if (member.exitedUnasked().isPresent()) {
          throw new IllegalStateException(
              member.name()
                  + " exited with code "
                  + member.exitedUnasked().get()
                  + " before it joined the cluster; see "
                  + member.log());
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the workers did not join the Quartz cluster within "
                + WORKERS_READY.toSeconds()
                + " s; see their logs");
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** Follows round {@code round} until every account finished it; empty when all did. */
  private Optional<String> watch(int round, FleetTables tables, Workers workers) throws Exception {
    while (true) {
      List<FleetTables.Status> statuses = tables.statuses();
      boolean done = statuses.stream().allMatch(s -> s.doneRound() >= round);
      table.show(statuses, workers, elapsed(), done);
      if (done) {
        return Optional.empty();
      }
      for (FleetTables.Status s : statuses) {
        if (FleetTables.FAILED.equals(s.phase())) {
          return Optional.of(
              s.account()
                  + " failed "
                  + s.failures()
                  + " times in round "
                  + round
                  + ": "
                  + s.failure().orElse("?"));
        }
      }
      for (Workers.Member member : workers.members()) {
        if (member.exitedUnasked().isPresent() && reportedExits.add(member.name())) {
          table.event(
              clock()
                  + " "
                  + member.name()
                  + " exited with code "
                  + member.exitedUnasked().get()
                  + "; see "
                  + member.log());
        }
      }
      if (!workers.anyAlive()) {
        return Optional.of("no worker is left");
      }
      if (options.killOne() && killed == 0) {
        killOneHoldingAccounts(statuses, workers);
      }
      if (elapsed().compareTo(options.timeout()) > 0) {
        return Optional.of(
            "the fleet did not finish round "
                + round
                + " within "
                + options.timeout().toSeconds()
                + " s (--timeout)");
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /**
   * Kills the live worker that holds the most accounts mid-run (syncing, with a page committed, or
   * writing back), if one holds any now.
   */
  private void killOneHoldingAccounts(List<FleetTables.Status> statuses, Workers workers)
      throws InterruptedException {
    Map<String, List<FleetTables.Status>> held =
        statuses.stream()
            .filter(s -> s.doneRound() < s.targetRound() && s.worker().isPresent())
            .filter(
                s ->
                    (FleetTables.SYNC.equals(s.phase()) && s.contacts() > 0)
                        || FleetTables.WRITEBACK.equals(s.phase()))
            .filter(s -> workers.member(s.worker().get()).filter(Workers.Member::alive).isPresent())
            .collect(
                Collectors.groupingBy(s -> s.worker().get(), TreeMap::new, Collectors.toList()));
    Optional<Map.Entry<String, List<FleetTables.Status>>> victim =
        held.entrySet().stream()
            .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size()));
    if (victim.isEmpty()) {
      return;
    }
    Workers.Member member = workers.member(victim.get().getKey()).orElseThrow();
    workers.kill(member);
    killed++;
    table.event(
        clock()
            + " killed "
            + member.name()
            + " (pid "
            + member.pid()
            + ", destroyForcibly) while it held "
            + victim.get().getValue().stream()
                .map(s -> s.account() + " (" + s.phase() + ", " + s.contacts() + " contacts read)")
                .collect(Collectors.joining(", "))
            + "; Quartz recovers its jobs once its check-ins stop, the library's lease lapses within "
            + options.timing().lease().toSeconds()
            + " s");
  }

  private FleetReport report(
      FleetTables tables,
      DataSource dataSource,
      Orgs fake,
      Map<String, Expectation.Result> expected,
      double seconds)
      throws SQLException {
    LeaseHistory history = LeaseHistory.of(tables.leaseHistory());
    JdbcStorage storage = JdbcStorage.create(dataSource);
    Map<String, FleetTables.Status> statuses =
        tables.statuses().stream().collect(Collectors.toMap(FleetTables.Status::account, s -> s));
    List<FleetReport.Account> accounts = new ArrayList<>();
    for (Orgs.Served served : fake.served()) {
      String key = served.org().key();
      Expectation.Result expectation = expected.get(key);
      JdbcSyncStore store = storage.store(key);
      List<String> contacts = Expectation.contacts(store);
      List<String> notes = noteContents(served.linked().notes());
      long duplicates = FleetReport.duplicates(notes);
      int doneRound =
          Optional.ofNullable(statuses.get(key)).map(FleetTables.Status::doneRound).orElse(-1);
      accounts.add(
          new FleetReport.Account(
              key,
              contacts.size(),
              expectation.contacts().size(),
              notes.size(),
              expectation.notes(),
              duplicates,
              Expectation.runs(store),
              history.account(key).workers(),
              FleetReport.difference(
                  contacts,
                  expectation.contacts(),
                  notes.size(),
                  expectation.notes(),
                  duplicates,
                  doneRound,
                  options.rounds())));
    }
    return new FleetReport(accounts, killed, history.overlaps(), seconds);
  }

  private int summary(FleetReport report, Optional<String> failure, Orgs fake, Path dir) {
    out.println();
    report.print(out);
    long passed = report.accounts().stream().filter(FleetReport.Account::passes).count();
    out.println(
        String.format(
            Locale.ROOT,
            "fleet: %d of %d accounts ended as their fault-free"
                + " run; %s, %d killed; %s in the lease history; rounds took %.1f s (%.1f s in all);"
                + " %d Merge requests",
            passed,
            report.accounts().size(),
            count(options.workers(), "worker"),
            report.workersKilled(),
            count(report.overlappingRuns(), "overlapping run"),
            report.seconds(),
            elapsed().toMillis() / 1000.0,
            fake.requestCount()));
    out.println("wrote " + dir.resolve(FleetReport.FILE));
    failure.ifPresent(f -> out.println("error: " + f));
    if (options.killOne() && killed == 0) {
      out.println("error: --kill-one found no moment when a worker held an account mid-run.");
      return FleetHarness.FAILED;
    }
    return failure.isEmpty() && report.passes() ? FleetHarness.OK : FleetHarness.FAILED;
  }

  /** The CPU time of each live worker, by name. */
  private static Map<String, Duration> workersCpu(Workers workers) {
    Map<String, Duration> cpu = new LinkedHashMap<>();
    for (Workers.Member member : workers.members()) {
      if (member.alive()) {
        cpu.put(member.name(), member.cpu());
      }
    }
    return cpu;
  }

  /**
   * The CPU time of this process: the fake Merge, the coordinator, and whatever else runs in it.
   */
  private static Duration coordinatorCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** {@code 1 worker}, {@code 3 workers}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private String clock() {
    return String.format(Locale.ROOT, "%6.1f s", elapsed().toMillis() / 1000.0);
  }

  /** The text of each note the fake holds; a note's {@code LEV-} reference is in it. */
  static List<String> noteContents(List<StoredNote> notes) {
    return notes.stream().map(n -> n.content().orElse("")).toList();
  }
}
