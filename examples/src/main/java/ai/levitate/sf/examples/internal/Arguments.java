package ai.levitate.sf.examples.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Walks a command line's arguments and collects problems as it goes, so that a user sees every
 * problem at once. The harness's {@link Options} and the fleet's options read their own values on
 * top of it.
 */
public class Arguments {
  private final String[] args;
  private final List<String> problems = new ArrayList<>();
  private int next;

  public Arguments(String[] args) {
    this.args = args;
  }

  public boolean hasNext() {
    return next < args.length;
  }

  public String next() {
    return args[next++];
  }

  /** The problems found so far; callers add their own. */
  public List<String> problems() {
    return problems;
  }

  /** The argument after {@code option}; empty, and a problem, when there is none. */
  public Optional<String> value(String option) {
    if (!hasNext() || args[next].startsWith("--")) {
      problems.add(option + " needs a value.");
      return Optional.empty();
    }
    return Optional.of(next());
  }

  /** {@code ok}; when false, {@code problem} is one more problem. */
  public boolean check(boolean ok, String problem) {
    if (!ok) {
      problems.add(problem);
    }
    return ok;
  }
}
