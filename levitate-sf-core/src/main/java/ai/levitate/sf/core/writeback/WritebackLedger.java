package ai.levitate.sf.core.writeback;

import java.util.Optional;

/**
 * The host's durable record of write-back, for one account: what was sent, when, with which key,
 * the note it became, and how it ended. It is what makes a note be written once across restarts.
 */
public interface WritebackLedger {
  Optional<LedgerEntry> find(String activityId, long version);

  /**
   * Stores the entry, replacing the one for the same activity id and version; durable on return.
   */
  void save(LedgerEntry entry);
}
