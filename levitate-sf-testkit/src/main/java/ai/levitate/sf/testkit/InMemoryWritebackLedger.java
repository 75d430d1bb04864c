package ai.levitate.sf.testkit;

import ai.levitate.sf.core.writeback.LedgerEntry;
import ai.levitate.sf.core.writeback.WritebackLedger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link WritebackLedger} in memory, for tests. Share one instance between engines to stand for a
 * durable ledger that outlives a process.
 */
public final class InMemoryWritebackLedger implements WritebackLedger {
  private final Map<String, LedgerEntry> entries = new HashMap<>();

  @Override
  public synchronized Optional<LedgerEntry> find(String activityId, long version) {
    return Optional.ofNullable(entries.get(key(activityId, version)));
  }

  @Override
  public synchronized void save(LedgerEntry entry) {
    Objects.requireNonNull(entry, "entry == null");
    entries.put(key(entry.activityId(), entry.version()), entry);
  }

  /** Every entry, ordered by activity id and version. */
  public synchronized List<LedgerEntry> entries() {
    List<LedgerEntry> all = new ArrayList<>(entries.values());
    all.sort(Comparator.comparing(LedgerEntry::activityId).thenComparingLong(LedgerEntry::version));
    return all;
  }

  /** The entries in {@code state}. */
  public synchronized List<LedgerEntry> entries(LedgerEntry.State state) {
    return entries().stream().filter(e -> e.state() == state).toList();
  }

  private static String key(String activityId, long version) {
    return activityId + '\u0000' + version;
  }
}
