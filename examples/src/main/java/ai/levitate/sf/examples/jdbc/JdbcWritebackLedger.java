package ai.levitate.sf.examples.jdbc;

import ai.levitate.sf.core.writeback.LedgerEntry;
import ai.levitate.sf.core.writeback.WritebackLedger;
import ai.levitate.sf.merge.LevitateJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/**
 * One linked account's write-back ledger in a JDBC database: an entry per activity id and version,
 * durable when {@link #save(LedgerEntry)} returns.
 */
public final class JdbcWritebackLedger implements WritebackLedger {
  private final Jdbc jdbc;
  private final String account;

  JdbcWritebackLedger(Jdbc jdbc, String account) {
    this.jdbc = jdbc;
    this.account = account;
  }

  @Override
  public Optional<LedgerEntry> find(String activityId, long version) {
    Objects.requireNonNull(activityId, "activityId == null");
    return jdbc.read(
        "Reading the write-back ledger of " + account,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT entry_json FROM sf_writeback_ledger"
                      + " WHERE account_key = ? AND activity_id = ? AND activity_version = ?")) {
            s.setString(1, account);
            s.setString(2, activityId);
            s.setLong(3, version);
            try (ResultSet rows = s.executeQuery()) {
              return rows.next()
                  ? Optional.of(LevitateJson.readLedgerEntry(rows.getString(1)))
                  : Optional.<LedgerEntry>empty();
            }
          }
        });
  }

  @Override
  public void save(LedgerEntry entry) {
    Objects.requireNonNull(entry, "entry == null");
    String json = LevitateJson.writeLedgerEntry(entry);
    jdbc.transaction(
        "Saving to the write-back ledger of " + account,
        c -> {
          int updated =
              Jdbc.update(
                  c,
                  "UPDATE sf_writeback_ledger SET state = ?, entry_json = ?"
                      + " WHERE account_key = ? AND activity_id = ? AND activity_version = ?",
                  s -> {
                    s.setString(1, entry.state().name());
                    s.setString(2, json);
                    s.setString(3, account);
                    s.setString(4, entry.activityId());
                    s.setLong(5, entry.version());
                  });
          if (updated == 0) {
            Jdbc.update(
                c,
                "INSERT INTO sf_writeback_ledger (account_key, activity_id,"
                    + " activity_version, state, entry_json) VALUES (?, ?, ?, ?, ?)",
                s -> {
                  s.setString(1, account);
                  s.setString(2, entry.activityId());
                  s.setLong(3, entry.version());
                  s.setString(4, entry.state().name());
                  s.setString(5, json);
                });
          }
          return null;
        });
  }

  @Override
  public String toString() {
    return "JdbcWritebackLedger[" + account + "]";
  }
}
