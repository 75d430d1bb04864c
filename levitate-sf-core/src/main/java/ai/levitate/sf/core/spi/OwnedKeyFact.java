package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.KeyFact;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A key fact the sync wrote, by label and date: what it may later take away again. */
@Value.Immutable
public abstract class OwnedKeyFact {
  OwnedKeyFact() {}

  @Value.Parameter
  public abstract String label();

  @Value.Parameter
  public abstract LocalDate date();

  public static OwnedKeyFact of(String label, LocalDate date) {
    return ImmutableOwnedKeyFact.of(label, date);
  }

  public static OwnedKeyFact of(KeyFact fact) {
    return of(fact.label(), fact.date());
  }
}
