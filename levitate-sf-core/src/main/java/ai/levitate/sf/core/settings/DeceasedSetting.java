package ai.levitate.sf.core.settings;

import org.immutables.value.Value;

/** The field that marks a contact deceased (a date, datetime or checkbox) and what to do then. */
@Value.Immutable
public abstract class DeceasedSetting {
  DeceasedSetting() {}

  @Value.Parameter
  public abstract String field();

  @Value.Parameter
  @Value.Default
  public DeceasedAction action() {
    return DeceasedAction.ARCHIVE;
  }

  @Value.Check
  protected void check() {
    Checks.notBlank(field(), "deceased.field");
  }

  public static DeceasedSetting of(String field, DeceasedAction action) {
    return ImmutableDeceasedSetting.of(field, action);
  }

  public static DeceasedSetting archive(String field) {
    return of(field, DeceasedAction.ARCHIVE);
  }
}
