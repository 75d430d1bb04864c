package ai.levitate.sf.testkit.junit5;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.writeback.LedgerEntry;
import ai.levitate.sf.core.writeback.WritebackLedger;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every host's {@link WritebackLedger} must do, as JUnit 5 tests: keep one entry per activity
 * id and version, give it back equal, and replace it when saved again.
 *
 * <pre>{@code
 * final class MyLedgerTest extends WritebackLedgerContract {
 *   @Override
 *   protected WritebackLedger newLedger() {
 *     return new MyLedger(freshSchema(), "account-1");
 *   }
 * }
 * }</pre>
 */
public abstract class WritebackLedgerContract {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00.5Z");

  private WritebackLedger ledger;

  /** An empty ledger for one account. */
  protected abstract WritebackLedger newLedger();

  @BeforeEach
  final void createLedger() {
    ledger = newLedger();
  }

  @Test
  void anEmptyLedgerFindsNothing() {
    assertEquals(Optional.empty(), ledger.find("activity-1", 1));
  }

  @Test
  void anEntryIsFoundByActivityIdAndVersionAndReadsBackEqual() {
    LedgerEntry v1 = entry("activity-1", 1);
    LedgerEntry v2 =
        LedgerEntry.builder()
            .from(entry("activity-1", 2))
            .state(LedgerEntry.State.REJECTED)
            .addProblems("title: Missing required field", "ü")
            .build();

    ledger.save(v1);
    ledger.save(v2);

    assertEquals(Optional.of(v1), ledger.find("activity-1", 1));
    assertEquals(Optional.of(v2), ledger.find("activity-1", 2));
    assertEquals(Optional.empty(), ledger.find("activity-1", 3));
    assertEquals(Optional.empty(), ledger.find("activity-2", 1));
  }

  @Test
  void savingAgainReplacesTheEntry() {
    LedgerEntry sending = entry("activity-1", 1);
    LedgerEntry written =
        LedgerEntry.builder()
            .from(sending)
            .state(LedgerEntry.State.WRITTEN)
            .noteId("note-9")
            .attempts(2)
            .problems(List.of())
            .updatedAt(T0.plusSeconds(5))
            .build();

    ledger.save(sending);
    ledger.save(written);

    assertEquals(Optional.of(written), ledger.find("activity-1", 1));
  }

  private static LedgerEntry entry(String activityId, long version) {
    return LedgerEntry.builder()
        .activityId(activityId)
        .version(version)
        .type(ActivityType.HANDWRITTEN_CARD)
        .state(LedgerEntry.State.SENDING)
        .idempotencyKey(activityId + "-v" + version)
        .reference("[levitate " + activityId + " v" + version + "]")
        .title("Handwritten card")
        .body("Congratulations on the new home! Café ☕ soon.")
        .mergeContactId("merge-1")
        .attempts(1)
        .addProblems("HTTP 503")
        .updatedAt(T0)
        .build();
  }
}
