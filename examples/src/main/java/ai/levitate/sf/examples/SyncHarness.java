package ai.levitate.sf.examples;

import ai.levitate.sf.core.settings.InvalidSettingsException;
import ai.levitate.sf.examples.internal.Harness;
import ai.levitate.sf.examples.internal.Options;
import ai.levitate.sf.examples.internal.UsageException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The whole job in one command: syncs a Salesforce account read through Merge into an embedded H2
 * database, shows each run's summary and writes Levitate activity back as notes. With no arguments
 * it runs against its own fake Merge with a generated account; {@code --help} lists the options.
 *
 * <pre>{@code
 * java -cp "examples/target/levitate-sf-examples-0.1.0-SNAPSHOT.jar:..." \
 *     ai.levitate.sf.examples.SyncHarness --contacts 5000 --out build/out
 * }</pre>
 *
 * <p>Exit codes: {@link #OK} done; {@link #USAGE} bad arguments or settings (every problem named,
 * nothing changed); {@link #BRAKED} the mass-archive brake held changes back; {@link #FAILED}
 * anything else, with a one-line cause. Merge credentials come only from {@code MERGE_API_KEY} and
 * {@code MERGE_ACCOUNT_TOKEN} in the environment and are never printed.
 */
public final class SyncHarness {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int BRAKED = 3;

  private SyncHarness() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, System.getenv()));
  }

  /**
   * Runs the harness as {@code main} would, with these streams and this environment, and returns
   * the exit code; progress is drawn as a bar only when the JVM has a terminal.
   */
  public static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, Map<String, String> env) {
    return run(args, in, out, err, env, Clock.systemUTC(), System.console() != null);
  }

  static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Clock clock,
      boolean terminal) {
    Objects.requireNonNull(args, "args == null");
    Options.Parsed parsed = Options.parse(args, env);
    if (!parsed.problems().isEmpty()) {
      parsed.problems().forEach(problem -> err.println("error: " + problem));
      err.println("Nothing was changed; --help lists the options.");
      return USAGE;
    }
    Options options = parsed.options().orElseThrow();
    if (options.help()) {
      out.print(Usage.TEXT);
      return OK;
    }
    try {
      return new Harness(options, in, out, env, clock, terminal).run();
    } catch (UsageException | InvalidSettingsException e) {
      for (String line : e.getMessage().split("\n")) {
        err.println("error: " + line);
      }
      err.println("Nothing was changed.");
      return USAGE;
    } catch (Exception | AssertionError e) {
      out.flush();
      err.println("error: " + cause(e));
      return FAILED;
    }
  }

  /** One line: the exception's message, or its type when it has none. */
  private static String cause(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String first = message.strip().lines().findFirst().orElse(message);
    return first;
  }
}
