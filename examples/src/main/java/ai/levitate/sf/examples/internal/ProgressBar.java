package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncProgress;
import ai.levitate.sf.core.spi.SyncReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A run's progress for a person: on a terminal, one line redrawn after every page (a bar when the
 * run knows how many contacts it will read); elsewhere, a plain line every few seconds of the run,
 * so logs stay short. Keeps the first skipped contacts' reasons for the summary.
 */
public final class ProgressBar implements SyncListener {
  private static final int WIDTH = 30;
  private static final Duration PLAIN_EVERY = Duration.ofSeconds(2);
  private static final int PROBLEMS_KEPT = 5;

  private final PrintStream out;
  private final boolean terminal;
  private final long expectedContacts;
  private final List<String> problems = new ArrayList<>();
  private Duration nextPlain = PLAIN_EVERY;
  private boolean drawn;

  /**
   * @param expectedContacts how many contacts a full pass will read, when the caller knows (the
   *     fake's data set) and the engine cannot (a first run knows no contacts yet); 0 when unknown
   */
  public ProgressBar(PrintStream out, boolean terminal, long expectedContacts) {
    this.out = out;
    this.terminal = terminal;
    this.expectedContacts = expectedContacts;
  }

  @Override
  public void runStarted(SyncProgress progress) {
    problems.clear();
    nextPlain = PLAIN_EVERY;
    drawn = false;
    if (!terminal) {
      long total = total(progress);
      out.println(
          progress.runId()
              + " "
              + progress.kind()
              + " started"
              + (total > 0 ? ", about " + total + " contacts to read" : ""));
    }
  }

  @Override
  public void pageCommitted(SyncProgress progress) {
    if (terminal) {
      out.print("\r" + line(progress, total(progress)));
      out.flush();
      drawn = true;
    } else if (progress.elapsed().compareTo(nextPlain) >= 0) {
      out.println("  " + line(progress, total(progress)).strip());
      nextPlain = progress.elapsed().plus(PLAIN_EVERY);
    }
  }

  @Override
  public void contactSkipped(String runId, ContactProblem problem) {
    if (problems.size() < PROBLEMS_KEPT) {
      problems.add(
          problem.salesforceId().orElse(problem.mergeId().orElse("?")) + ": " + problem.message());
    }
  }

  @Override
  public void runFinished(SyncReport report) {
    if (terminal && drawn) {
      out.println();
    }
  }

  /** The first skipped contacts of the last run, with why. */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  /**
   * The contacts a full pass will read, 0 when unknown: the caller's count, or the engine's
   * estimate while it is more than what was read (it never estimates less).
   */
  private long total(SyncProgress p) {
    if (p.estimatedTotal().isEmpty()) {
      return 0;
    }
    long estimate = p.estimatedTotal().get();
    if (expectedContacts > 0) {
      return Math.max(estimate, expectedContacts);
    }
    return estimate > p.contactsRead() ? estimate : 0;
  }

  static String line(SyncProgress p, long total) {
    StringBuilder line = new StringBuilder();
    Optional<Duration> left = p.estimatedTimeLeft();
    if (total > 0 && total >= p.contactsRead()) {
      double share = (double) p.contactsRead() / total;
      int filled = (int) Math.round(share * WIDTH);
      line.append('[')
          .append("#".repeat(filled))
          .append("-".repeat(WIDTH - filled))
          .append("] ")
          .append(
              String.format(
                  Locale.ROOT,
                  "%3d%% %d/%d contacts",
                  Math.round(share * 100),
                  p.contactsRead(),
                  total));
    } else {
      line.append(
          String.format(Locale.ROOT, "%s %s: %d contacts", p.runId(), p.kind(), p.contactsRead()));
    }
    line.append(
        String.format(
            Locale.ROOT,
            ", %d pages%s, %d changes, %s",
            p.pages(),
            p.readers() > 1 ? " (" + p.readers() + " at once)" : "",
            p.changesEmitted(),
            Summary.seconds(p.elapsed())));
    if (total > 0 && p.contactsRead() > 0 && total >= p.contactsRead()) {
      left =
          Optional.of(
              p.elapsed().multipliedBy(total - p.contactsRead()).dividedBy(p.contactsRead()));
    }
    left.ifPresent(l -> line.append(", ").append(Summary.seconds(l)).append(" left"));
    return line + "   ";
  }
}
