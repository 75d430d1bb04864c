package ai.levitate.sf.examples.fleet;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The coordinator's view of the fleet while it runs: one row per account with its round, the worker
 * that has it, what that worker is doing and the contacts its run has read. On a terminal the table
 * is redrawn in place; elsewhere it is printed when it changed, every few seconds at most, so logs
 * stay readable. Events (a round starts, a worker is killed) print as plain lines.
 */
final class LiveTable {
  private static final Duration PLAIN_EVERY = Duration.ofSeconds(5);

  private final PrintStream out;
  private final boolean terminal;
  private int drawnLines;
  private List<String> last = List.of();
  private long lastPlainNanos = Long.MIN_VALUE;

  LiveTable(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /**
   * Shows the table: at once on a terminal; elsewhere when it changed and a while has passed, or
   * when {@code force}.
   */
  void show(List<FleetTables.Status> statuses, Workers workers, Duration elapsed, boolean force) {
    List<String> lines = render(statuses, workers);
    if (terminal) {
      erase();
      lines.forEach(out::println);
      out.println(String.format(Locale.ROOT, "  %.1f s", elapsed.toMillis() / 1000.0));
      drawnLines = lines.size() + 1;
      out.flush();
      return;
    }
    long now = System.nanoTime();
    boolean due = now - lastPlainNanos >= PLAIN_EVERY.toNanos() || lastPlainNanos == Long.MIN_VALUE;
    if ((force || due) && !lines.equals(last)) {
      out.println(String.format(Locale.ROOT, "at %.1f s:", elapsed.toMillis() / 1000.0));
      lines.forEach(out::println);
      out.flush();
      last = lines;
      lastPlainNanos = now;
    }
  }

  /** A line of its own above the table. */
  void event(String line) {
    erase();
    drawnLines = 0;
    out.println(line);
    out.flush();
  }

  private void erase() {
    if (terminal && drawnLines > 0) {
      out.print("\033[" + drawnLines + "F\033[J");
    }
  }

  static List<String> render(List<FleetTables.Status> statuses, Workers workers) {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "  %-12s %5s  %-20s %-11s %8s",
            "account",
            "round",
            "worker",
            "phase",
            "contacts"));
    for (FleetTables.Status s : statuses) {
      String worker =
          s.worker()
              .map(
                  w ->
                      workers
                          .member(w)
                          .filter(Workers.Member::killed)
                          .map(m -> w + " (killed)")
                          .orElse(w))
              .orElse("-");
      String round = s.targetRound() < 0 ? "-" : String.valueOf(s.targetRound());
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-12s %5s  %-20s %-11s %8d",
              s.account(),
              round,
              worker,
              s.phase(),
              s.contacts()));
    }
    return lines;
  }
}
