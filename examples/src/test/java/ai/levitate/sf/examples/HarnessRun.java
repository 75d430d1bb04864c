package ai.levitate.sf.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/** One in-process invocation of the harness: its exit code and what it printed. */
record HarnessRun(int exit, String out, String err) {
  static HarnessRun of(Clock clock, Map<String, String> env, String... args) {
    return of(clock, env, new ByteArrayInputStream(new byte[0]), args);
  }

  static HarnessRun of(Clock clock, Map<String, String> env, InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = SyncHarness.run(args, in, o, e, env, clock, false);
    }
    return new HarnessRun(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
