package ai.levitate.sf.examples.fleet;

import ai.levitate.sf.examples.internal.Arguments;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The fleet's command line, checked as a whole so that a user sees every problem at once. The
 * timing settings are explained in the README's fleet section; their defaults let {@code --accounts
 * 12 --workers 3 --kill-one} finish in a few minutes on two cores.
 */
record FleetOptions(
    int accounts,
    int workers,
    boolean killOne,
    Optional<String> jdbcUrl,
    Path out,
    int rounds,
    int contacts,
    long seed,
    int threads,
    int latencyMillis,
    int rateLimit,
    Timing timing,
    Duration timeout,
    boolean help) {

  static final int DEFAULT_ACCOUNTS = 12;
  static final int DEFAULT_WORKERS = 3;
  static final int DEFAULT_ROUNDS = 2;
  static final int DEFAULT_CONTACTS = 300;
  static final long DEFAULT_SEED = 42;
  static final int DEFAULT_THREADS = 2;
  static final int DEFAULT_LATENCY_MILLIS = 100;
  static final int DEFAULT_RATE_LIMIT = 400;
  static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(15);

  /** The timing of the cluster and of the library's lease, shared by every worker. */
  record Timing(
      Duration checkin, Duration misfire, Duration idleWait, Duration lease, Duration retry) {
    static final Timing DEFAULT =
        new Timing(
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            Duration.ofSeconds(1),
            Duration.ofSeconds(15),
            Duration.ofSeconds(2));

    /** As worker arguments, the way {@link Reader} reads them back. */
    List<String> arguments() {
      return List.of(
          "--checkin-ms",
          String.valueOf(checkin.toMillis()),
          "--misfire-ms",
          String.valueOf(misfire.toMillis()),
          "--idle-wait-ms",
          String.valueOf(idleWait.toMillis()),
          "--lease-seconds",
          String.valueOf(lease.toSeconds()),
          "--retry-ms",
          String.valueOf(retry.toMillis()));
    }
  }

  /** Reads the timing options among others, each as it comes; the rest default. */
  static final class Reader {
    private long checkin = Timing.DEFAULT.checkin().toMillis();
    private long misfire = Timing.DEFAULT.misfire().toMillis();
    private long idleWait = Timing.DEFAULT.idleWait().toMillis();
    private long lease = Timing.DEFAULT.lease().toSeconds();
    private long retry = Timing.DEFAULT.retry().toMillis();

    /** Reads {@code option}'s value when it is a timing option; false when it is not one. */
    boolean read(String option, Parser p) {
      switch (option) {
        case "--checkin-ms" -> checkin = p.number(option, 100, 600_000, checkin);
        case "--misfire-ms" -> misfire = p.number(option, 1, 3_600_000, misfire);
        case "--idle-wait-ms" -> idleWait = p.number(option, 100, 600_000, idleWait);
        case "--lease-seconds" -> lease = p.number(option, 1, 3_600, lease);
        case "--retry-ms" -> retry = p.number(option, 10, 600_000, retry);
        default -> {
          return false;
        }
      }
      return true;
    }

    Timing timing() {
      return new Timing(
          Duration.ofMillis(checkin),
          Duration.ofMillis(misfire),
          Duration.ofMillis(idleWait),
          Duration.ofSeconds(lease),
          Duration.ofMillis(retry));
    }
  }

  /** What parsing found: the options, or every problem in the command line. */
  record Parsed(Optional<FleetOptions> options, List<String> problems) {}

  static final String USAGE =
      String.join(
          "\n",
          "Usage: java -cp <examples classpath> ai.levitate.sf.examples.fleet.FleetHarness"
              + " --accounts N --workers W [--kill-one] [--jdbc-url URL] --out DIR",
          "",
          "Syncs N generated Salesforce orgs, served by one fake Merge, on W worker JVMs that share a",
          "clustered Quartz scheduler and the sync state in one PostgreSQL database; writes DIR/fleet.json.",
          "",
          "  --accounts N        linked accounts (default 12)",
          "  --workers W         worker JVMs (default 3)",
          "  --kill-one          kill one worker (destroyForcibly) while it holds accounts mid-run",
          "  --jdbc-url URL      an empty PostgreSQL database instead of an embedded one (user and",
          "                      password from LEVITATE_SF_JDBC_USER and LEVITATE_SF_JDBC_PASSWORD)",
          "  --out DIR           where fleet.json and the logs go (required)",
          "  --rounds R          rounds of changes after the initial sync (default 2)",
          "  --contacts C        average contacts an org (default 300; orgs hold C/2 to 3C/2)",
          "  --seed S            seed of the generated orgs (default 42)",
          "  --threads T         Quartz threads a worker (default 2)",
          "  --latency MS        the fake answers each request MS ms late (default 100)",
          "  --rate-limit N      requests a minute per account, at the fake and the client (default 400)",
          "  --checkin-ms MS     Quartz cluster check-in interval (default 2000)",
          "  --misfire-ms MS     Quartz misfire threshold (default 5000)",
          "  --idle-wait-ms MS   how often an idle worker looks for due triggers (default 1000)",
          "  --lease-seconds S   the library's sync lease (default 15)",
          "  --retry-ms MS       how soon a job whose account is leased elsewhere tries again (default 2000)",
          "  --timeout SECONDS   give up after this long (default 900)",
          "",
          "Exit codes: 0 every account ended as its fault-free run; 1 one did not, or the run failed;",
          "2 bad arguments.",
          "");

  static Parsed parse(String[] args) {
    Parser p = new Parser(args);
    int accounts = DEFAULT_ACCOUNTS;
    int workers = DEFAULT_WORKERS;
    boolean killOne = false;
    Optional<String> jdbcUrl = Optional.empty();
    Optional<Path> out = Optional.empty();
    int rounds = DEFAULT_ROUNDS;
    int contacts = DEFAULT_CONTACTS;
    long seed = DEFAULT_SEED;
    int threads = DEFAULT_THREADS;
    int latency = DEFAULT_LATENCY_MILLIS;
    int rateLimit = DEFAULT_RATE_LIMIT;
    Reader timing = new Reader();
    long timeout = DEFAULT_TIMEOUT.toSeconds();
    boolean help = false;
    while (p.hasNext()) {
      String option = p.next();
      if (timing.read(option, p)) {
        continue;
      }
      switch (option) {
        case "--accounts" -> accounts = (int) p.number(option, 1, 500, accounts);
        case "--workers" -> workers = (int) p.number(option, 1, 16, workers);
        case "--kill-one" -> killOne = true;
        case "--jdbc-url" ->
            jdbcUrl =
                p.value(option)
                    .filter(
                        url ->
                            p.check(
                                url.startsWith("jdbc:postgresql:"),
                                "--jdbc-url must be a PostgreSQL URL"
                                    + " (jdbc:postgresql:...): Quartz's tables and the lease history are PostgreSQL's,"
                                    + " was \""
                                    + url
                                    + "\"."));
        case "--out" -> out = p.value(option).map(Path::of);
        case "--rounds" -> rounds = (int) p.number(option, 0, 50, rounds);
        case "--contacts" -> contacts = (int) p.number(option, 2, 100_000, contacts);
        case "--seed" -> seed = p.number(option, Long.MIN_VALUE, Long.MAX_VALUE, seed);
        case "--threads" -> threads = (int) p.number(option, 1, 32, threads);
        case "--latency" -> latency = (int) p.number(option, 0, 60_000, latency);
        case "--rate-limit" -> rateLimit = (int) p.number(option, 1, 1_000_000, rateLimit);
        case "--timeout" -> timeout = p.number(option, 1, 86_400, timeout);
        case "--help", "-h" -> help = true;
        default -> p.problems().add("Unknown option " + option + "; --help lists the options.");
      }
    }
    if (!help && out.isEmpty()) {
      p.problems().add("--out DIR is required: fleet.json and the workers' logs go there.");
    }
    if (killOne && workers < 2) {
      p.problems()
          .add("--kill-one needs --workers 2 or more: someone must take the accounts over.");
    }
    if (!p.problems().isEmpty()) {
      return new Parsed(Optional.empty(), List.copyOf(p.problems()));
    }
    return new Parsed(
        Optional.of(
            new FleetOptions(
                accounts,
                workers,
                killOne,
                jdbcUrl,
                out.orElse(Path.of(".")),
                rounds,
                contacts,
                seed,
                threads,
                latency,
                rateLimit,
                timing.timing(),
                Duration.ofSeconds(timeout),
                help)),
        List.of());
  }

  /** The fleet's numbers, read on top of the harness's walk of the arguments. */
  static final class Parser extends Arguments {
    Parser(String[] args) {
      super(args);
    }

    /**
     * A whole number between {@code min} and {@code max}; else {@code otherwise}, and a problem.
     */
    long number(String option, long min, long max, long otherwise) {
      Optional<String> value = value(option);
      if (value.isEmpty()) {
        return otherwise;
      }
      try {
        long n = Long.parseLong(value.get().strip());
        if (n >= min && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems()
          .add(
              option
                  + " must be a whole number from "
                  + min
                  + " to "
                  + max
                  + ", was \""
                  + value.get()
                  + "\".");
      return otherwise;
    }
  }
}
