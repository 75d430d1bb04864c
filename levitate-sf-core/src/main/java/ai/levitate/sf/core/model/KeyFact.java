package ai.levitate.sf.core.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/** A dated fact about a contact (birthday, anniversary, review), from a Salesforce date field. */
@Value.Immutable
public abstract class KeyFact {
  KeyFact() {}

  @Value.Parameter
  public abstract String label();

  /** A calendar date: {@code 1980-02-29} stays that date in every time zone. */
  @Value.Parameter
  public abstract LocalDate date();

  @Value.Parameter
  public abstract Provenance source();

  public static KeyFact of(String label, LocalDate date, Provenance source) {
    return ImmutableKeyFact.of(label, date, source);
  }
}
