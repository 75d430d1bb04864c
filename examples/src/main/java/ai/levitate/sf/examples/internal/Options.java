package ai.levitate.sf.examples.internal;

import ai.levitate.sf.merge.MergeRegion;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The harness's command line, checked as a whole: every problem is one sentence, so a user sees all
 * of them at once. Secrets come only from the environment and are not kept here.
 */
public record Options(
    Optional<Path> fixture,
    Optional<Path> settings,
    Optional<Path> out,
    Optional<Integer> serve,
    Optional<Integer> latencyMillis,
    Optional<Integer> rateLimit,
    boolean once,
    boolean dryRun,
    Optional<Integer> contacts,
    Optional<Integer> accounts,
    Optional<Long> seed,
    Path state,
    Optional<String> jdbcUrl,
    Optional<String> mergeBaseUrl,
    Optional<MergeRegion> region,
    Optional<Integer> mergeRateLimit,
    Optional<Integer> readConcurrency,
    boolean help,
    Optional<Path> preview) {

  /** The generated account's size when {@code --contacts} is not given. */
  public static final int DEFAULT_CONTACTS = 3_000;

  public static final long DEFAULT_SEED = 42;
  public static final Path DEFAULT_STATE = Path.of("levitate-sf-data");
  public static final String API_KEY_ENV = "MERGE_API_KEY";
  public static final String ACCOUNT_TOKEN_ENV = "MERGE_ACCOUNT_TOKEN";

  /**
   * Requests a minute at a real Merge when {@code --merge-rate-limit} does not say: Professional.
   */
  public static final int DEFAULT_MERGE_RATE_LIMIT = 400;

  /** What parsing found: the options, or the problems that stop the harness before it starts. */
  public record Parsed(Optional<Options> options, List<String> problems) {}

  /** Whether the harness reads a real Merge (or a served fake) rather than its own fake. */
  public boolean realMerge() {
    return mergeBaseUrl.isPresent() || region.isPresent();
  }

  public int contactCount() {
    return contacts.orElse(DEFAULT_CONTACTS);
  }

  public long seedValue() {
    return seed.orElse(DEFAULT_SEED);
  }

  /** The requests a minute the client may send to a real Merge (or a served fake). */
  public int mergeRateLimitValue() {
    return mergeRateLimit.orElse(DEFAULT_MERGE_RATE_LIMIT);
  }

  public static Parsed parse(String[] args, Map<String, String> env) {
    Parser p = new Parser(args);
    List<String> problems = p.problems();
    Optional<Path> fixture = Optional.empty();
    Optional<Path> settings = Optional.empty();
    Optional<Path> out = Optional.empty();
    Optional<Integer> serve = Optional.empty();
    Optional<Integer> latency = Optional.empty();
    Optional<Integer> rateLimit = Optional.empty();
    boolean once = false;
    boolean dryRun = false;
    boolean help = false;
    Optional<Integer> contacts = Optional.empty();
    Optional<Integer> accounts = Optional.empty();
    Optional<Long> seed = Optional.empty();
    Path state = DEFAULT_STATE;
    Optional<String> jdbcUrl = Optional.empty();
    Optional<String> baseUrl = Optional.empty();
    Optional<MergeRegion> region = Optional.empty();
    Optional<Integer> mergeRateLimit = Optional.empty();
    Optional<Integer> readConcurrency = Optional.empty();
    Optional<Path> preview = Optional.empty();
    while (p.hasNext()) {
      String option = p.next();
      switch (option) {
        case "--fixture" -> fixture = p.value(option).map(Path::of);
        case "--settings" -> settings = p.value(option).map(Path::of);
        case "--out" -> out = p.value(option).map(Path::of);
        case "--preview" -> preview = p.value(option).map(Path::of);
        case "--serve" -> serve = p.number(option, 0, 65_535, "a port between 0 and 65535");
        case "--latency" ->
            latency = p.number(option, 0, 300_000, "milliseconds between 0 and 300000");
        case "--rate-limit" ->
            rateLimit = p.number(option, 1, 1_000_000, "requests a minute between 1 and 1000000");
        case "--once" -> once = true;
        case "--dry-run" -> dryRun = true;
        case "--contacts" ->
            contacts = p.number(option, 0, 10_000_000, "a count between 0 and 10000000");
        case "--accounts" ->
            accounts = p.number(option, 1, 1_000_000, "a count between 1 and 1000000");
        case "--seed" -> seed = p.value(option).flatMap(v -> p.parseLong(option, v));
        case "--state" -> state = p.value(option).map(Path::of).orElse(state);
        case "--jdbc-url" ->
            jdbcUrl =
                p.value(option)
                    .filter(
                        url ->
                            p.check(
                                url.startsWith("jdbc:"),
                                "--jdbc-url must start with jdbc:, was \"" + url + "\"."));
        case "--merge-base-url" -> baseUrl = p.value(option);
        case "--region" -> region = p.value(option).flatMap(p::region);
        case "--merge-rate-limit" ->
            mergeRateLimit =
                p.number(
                    option,
                    1,
                    1_000_000,
                    "requests a minute between 1 and 1000000 (Merge's plans: 100, 400 or 600)");
        case "--read-concurrency" ->
            readConcurrency = p.number(option, 1, 32, "a number of pages between 1 and 32");
        case "--help", "-h" -> help = true;
        default ->
            problems.add(
                secretLike(option)
                    ? "Secrets never go on the command line: set "
                        + API_KEY_ENV
                        + " and "
                        + ACCOUNT_TOKEN_ENV
                        + " in the environment."
                    : "Unknown option " + option + "; --help lists the options.");
      }
    }
    Optional<String> apiKey = present(env.get(API_KEY_ENV));
    Optional<String> token = present(env.get(ACCOUNT_TOKEN_ENV));
    boolean real = baseUrl.isPresent() || region.isPresent();
    if (baseUrl.isPresent() && region.isPresent()) {
      problems.add("Give --merge-base-url or --region, not both.");
    }
    if (real && (apiKey.isEmpty() || token.isEmpty())) {
      problems.add(
          "A real Merge needs "
              + API_KEY_ENV
              + " and "
              + ACCOUNT_TOKEN_ENV
              + " set in the environment (never on the command line).");
    }
    boolean shaped = contacts.isPresent() || accounts.isPresent() || seed.isPresent();
    if (real && (fixture.isPresent() || shaped)) {
      problems.add(
          "--fixture, --contacts, --accounts and --seed shape the harness's own fake Merge;"
              + " they do not go with --merge-base-url or --region.");
    }
    if (fixture.isPresent() && shaped) {
      problems.add(
          "--contacts, --accounts and --seed shape a generated account; they do not go with"
              + " --fixture.");
    }
    if (serve.isPresent()
        && (real
            || once
            || dryRun
            || out.isPresent()
            || settings.isPresent()
            || jdbcUrl.isPresent()
            || preview.isPresent())) {
      problems.add(
          "--serve only serves the fake Merge (with --fixture or --contacts, --accounts,"
              + " --seed, --latency, --rate-limit); it runs no sync.");
    }
    if (real && (latency.isPresent() || rateLimit.isPresent())) {
      problems.add(
          "--latency and --rate-limit shape the harness's own fake Merge;"
              + " they do not go with --merge-base-url or --region.");
    }
    if (!real && mergeRateLimit.isPresent()) {
      problems.add(
          "--merge-rate-limit is the linked account's limit at a real Merge (or a served"
              + " fake); it goes with --merge-base-url or --region (the harness's own fake takes"
              + " --rate-limit).");
    }
    if (serve.isPresent() && readConcurrency.isPresent()) {
      problems.add("--read-concurrency sets how a sync reads; --serve runs no sync.");
    }
    if (!problems.isEmpty()) {
      return new Parsed(Optional.empty(), List.copyOf(problems));
    }
    return new Parsed(
        Optional.of(
            new Options(
                fixture,
                settings,
                out,
                serve,
                latency,
                rateLimit,
                once,
                dryRun,
                contacts,
                accounts,
                seed,
                state,
                jdbcUrl,
                baseUrl,
                region,
                mergeRateLimit,
                readConcurrency,
                help,
                preview)),
        List.of());
  }

  private static boolean secretLike(String option) {
    String lower = option.toLowerCase(Locale.ROOT);
    return lower.contains("key")
        || lower.contains("token")
        || lower.contains("secret")
        || lower.contains("password");
  }

  /** The environment's value of {@code name}, stripped; empty when unset or blank. */
  public static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** The harness's own values, read on top of the shared walk. */
  private static final class Parser extends Arguments {
    Parser(String[] args) {
      super(args);
    }

    Optional<Integer> number(String option, int min, int max, String what) {
      return value(option)
          .flatMap(
              v -> {
                try {
                  int n = Integer.parseInt(v.strip());
                  if (n >= min && n <= max) {
                    return Optional.of(n);
                  }
                } catch (NumberFormatException e) {
                  // reported below
                }
                problems().add(option + " must be " + what + ", was \"" + v + "\".");
                return Optional.empty();
              });
    }

    Optional<Long> parseLong(String option, String v) {
      try {
        return Optional.of(Long.parseLong(v.strip()));
      } catch (NumberFormatException e) {
        problems().add(option + " must be a whole number, was \"" + v + "\".");
        return Optional.empty();
      }
    }

    Optional<MergeRegion> region(String v) {
      switch (v.toLowerCase(Locale.ROOT)) {
        case "us":
          return Optional.of(MergeRegion.US);
        case "eu":
          return Optional.of(MergeRegion.EU);
        case "ap":
        case "apac":
          return Optional.of(MergeRegion.APAC);
        default:
          problems().add("--region must be us, eu or ap, was \"" + v + "\".");
          return Optional.empty();
      }
    }
  }
}
