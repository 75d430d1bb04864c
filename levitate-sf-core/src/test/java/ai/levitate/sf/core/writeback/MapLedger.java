package ai.levitate.sf.core.writeback;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

final class MapLedger implements WritebackLedger {
  final Map<String, LedgerEntry> entries = new HashMap<>();

  @Override
  public Optional<LedgerEntry> find(String activityId, long version) {
    return Optional.ofNullable(entries.get(activityId + "#" + version));
  }

  @Override
  public void save(LedgerEntry entry) {
    entries.put(entry.activityId() + "#" + entry.version(), entry);
  }
}
