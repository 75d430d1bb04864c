package ai.levitate.sf.core.settings;

import ai.levitate.sf.core.LevitateSfException;
import java.util.List;
import java.util.stream.Collectors;

/** Settings that do not fit the account's fields; {@link #problems()} lists every error at once. */
public final class InvalidSettingsException extends LevitateSfException {
  private static final long serialVersionUID = 1L;

  private final transient List<SettingsProblem> problems;

  InvalidSettingsException(List<SettingsProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public List<SettingsProblem> problems() {
    return problems;
  }

  private static String summary(List<SettingsProblem> problems) {
    if (problems.size() == 1) {
      return "Invalid settings: " + problems.get(0).message();
    }
    return problems.size()
        + " problems in the settings:"
        + problems.stream().map(p -> "\n- " + p.message()).collect(Collectors.joining());
  }
}
