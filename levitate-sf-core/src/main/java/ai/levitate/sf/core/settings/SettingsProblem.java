package ai.levitate.sf.core.settings;

import java.util.Optional;
import org.immutables.value.Value;

/** One thing wrong, or worth a second look, in a set of settings. */
@Value.Immutable
public abstract class SettingsProblem {
  SettingsProblem() {}

  /** Errors stop a sync; warnings are shown to the admin. */
  public enum Severity {
    ERROR,
    WARNING
  }

  @Value.Parameter
  public abstract Severity severity();

  /** Where in the settings, e.g. {@code keyFacts[1].field}. */
  @Value.Parameter
  public abstract String setting();

  /** The Salesforce field at fault, when one is named. */
  @Value.Parameter
  public abstract Optional<String> field();

  /** One sentence naming the field, its type and what the setting allows. */
  @Value.Parameter
  public abstract String message();

  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  static SettingsProblem error(String setting, String field, String message) {
    return ImmutableSettingsProblem.of(
        Severity.ERROR, setting, Optional.ofNullable(field), message);
  }

  static SettingsProblem warning(String setting, String field, String message) {
    return ImmutableSettingsProblem.of(
        Severity.WARNING, setting, Optional.ofNullable(field), message);
  }
}
