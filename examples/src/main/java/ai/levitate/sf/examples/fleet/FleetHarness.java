package ai.levitate.sf.examples.fleet;

import ai.levitate.sf.examples.internal.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.Objects;

/**
 * Many linked accounts on several worker JVMs, one PostgreSQL and a clustered Quartz scheduler:
 * starts an embedded PostgreSQL (or uses {@code --jdbc-url}), a fake Merge with N generated orgs,
 * and W workers; drives an initial sync and rounds of Salesforce changes through Quartz; with
 * {@code --kill-one} kills a worker mid-run; and compares every account with the same org synced
 * alone without faults. Writes {@code DIR/fleet.json}.
 *
 * <pre>{@code
 * mvn -B -q -pl examples -am package -DskipTests
 * java -cp examples/target/levitate-sf-harness.jar ai.levitate.sf.examples.fleet.FleetHarness \
 *     --accounts 12 --workers 3 --kill-one --out target/fleet
 * }</pre>
 *
 * <p>Exit codes: {@link #OK} every account ended as its fault-free run; {@link #FAILED} one did
 * not, two workers held one account at once, or the run failed; {@link #USAGE} bad arguments.
 */
public final class FleetHarness {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;

  private FleetHarness() {}

  public static void main(String[] args) {
    FleetOptions.Parsed parsed = FleetOptions.parse(args);
    // The coordinator's own log lines (Quartz, PostgreSQL start-up, retries) go to a file.
    parsed
        .options()
        .filter(o -> !o.help())
        .ifPresent(
            o -> {
              try {
                Files.createDirectories(o.out().resolve("logs"));
                System.setProperty(
                    "org.slf4j.simpleLogger.logFile",
                    o.out().resolve("logs").resolve("coordinator.log").toString());
              } catch (IOException e) {
                // run() reports the unwritable directory.
              }
            });
    System.exit(run(args, System.out, System.err, System.getenv(), System.console() != null));
  }

  /**
   * Runs the fleet as {@code main} would, printing to {@code out} and {@code err}, with {@code env}
   * as the environment; returns the exit code. The table is redrawn in place when {@code terminal}.
   */
  public static int run(
      String[] args, PrintStream out, PrintStream err, Map<String, String> env, boolean terminal) {
    Objects.requireNonNull(args, "args == null");
    FleetOptions.Parsed parsed = FleetOptions.parse(args);
    if (!parsed.problems().isEmpty()) {
      parsed.problems().forEach(problem -> err.println("error: " + problem));
      err.println("Nothing was started; --help lists the options.");
      return USAGE;
    }
    FleetOptions options = parsed.options().orElseThrow();
    if (options.help()) {
      out.print(FleetOptions.USAGE);
      return OK;
    }
    try {
      return new Fleet(options, out, env, terminal).run();
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      return USAGE;
    } catch (Exception | AssertionError e) {
      out.flush();
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      err.println("error: " + message.strip().lines().findFirst().orElse(message));
      return FAILED;
    }
  }
}
