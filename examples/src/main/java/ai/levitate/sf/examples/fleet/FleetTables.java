package ai.levitate.sf.examples.fleet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The fleet's own tables beside the library's and Quartz's: {@code fleet_account}, the host's
 * linked-account table (the account's Merge token and settings, the round the coordinator asks for
 * and the one done, and what a worker is doing with it now), and {@code fleet_lease_history}, every
 * change of a row of the library's {@code sf_sync_lock}, recorded by a trigger with the database's
 * clock so that the coordinator can tell whether two workers ever held one account.
 */
final class FleetTables {
  /** Phases a worker reports in {@code fleet_account.phase}. */
  static final String WAITING = "waiting";

  static final String QUEUED = "queued";
  static final String STARTING = "starting";
  static final String SYNC = "sync";
  static final String WRITEBACK = "write-back";
  static final String LEASE_BUSY = "lease busy";
  static final String RETRY = "retry";
  static final String DONE = "done";
  static final String FAILED = "failed";

  private static final List<String> SCHEMA =
      List.of(
          "DROP TABLE IF EXISTS fleet_account",
          "DROP TABLE IF EXISTS fleet_lease_history",
          "CREATE TABLE fleet_account ("
              + " account_key VARCHAR(200) NOT NULL PRIMARY KEY,"
              + " merge_token VARCHAR(200) NOT NULL,"
              + " settings_json TEXT NOT NULL,"
              + " target_round INT NOT NULL,"
              + " round_at_micros BIGINT NOT NULL,"
              + " done_round INT NOT NULL,"
              + " worker VARCHAR(200),"
              + " phase VARCHAR(40) NOT NULL,"
              + " contacts BIGINT NOT NULL,"
              + " failures INT NOT NULL,"
              + " failure TEXT)",
          "CREATE TABLE fleet_lease_history ("
              + " id BIGSERIAL PRIMARY KEY,"
              + " account_key VARCHAR(200) NOT NULL,"
              + " holder VARCHAR(200),"
              + " token BIGINT NOT NULL,"
              + " expires_micros BIGINT NOT NULL,"
              + " at_micros BIGINT NOT NULL)",
          // Inside the lease's own transaction: a lease change that rolls back leaves no history.
          "CREATE OR REPLACE FUNCTION fleet_record_lease() RETURNS trigger AS $$ BEGIN"
              + " INSERT INTO fleet_lease_history (account_key, holder, token, expires_micros, at_micros)"
              + " VALUES (NEW.account_key, NEW.holder, NEW.token, NEW.expires_micros,"
              + " (EXTRACT(EPOCH FROM clock_timestamp()) * 1000000)::BIGINT);"
              + " RETURN NEW; END $$ LANGUAGE plpgsql",
          "DROP TRIGGER IF EXISTS fleet_lease_history ON sf_sync_lock",
          "CREATE TRIGGER fleet_lease_history AFTER INSERT OR UPDATE ON sf_sync_lock"
              + " FOR EACH ROW EXECUTE FUNCTION fleet_record_lease()");

  /** One linked account as a worker needs it. */
  record Account(
      String key,
      String token,
      String settingsJson,
      int targetRound,
      Instant roundAt,
      int doneRound,
      int failures) {
    boolean due() {
      return doneRound < targetRound;
    }
  }

  /** One linked account as the coordinator's table shows it. */
  record Status(
      String account,
      int targetRound,
      int doneRound,
      Optional<String> worker,
      String phase,
      long contacts,
      int failures,
      Optional<String> failure) {}

  private final DataSource dataSource;

  FleetTables(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Creates the fleet's tables afresh and the lease-history trigger on the library's lock table.
   */
  void create() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String ddl : SCHEMA) {
        s.execute(ddl);
      }
    }
  }

  void addAccount(String key, String token, String settingsJson) throws SQLException {
    update(
        "INSERT INTO fleet_account (account_key, merge_token, settings_json, target_round,"
            + " round_at_micros, done_round, phase, contacts, failures) VALUES (?, ?, ?, -1, 0, -1, ?,"
            + " 0, 0)",
        key,
        token,
        settingsJson,
        WAITING);
  }

  /** Asks every account for round {@code round}, whose activities are stamped {@code at}. */
  void startRound(int round, Instant at) throws SQLException {
    update(
        "UPDATE fleet_account SET target_round = ?, round_at_micros = ?, phase = ?,"
            + " failures = 0",
        round,
        micros(at),
        QUEUED);
  }

  Optional<Account> account(String key) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT merge_token, settings_json, target_round,"
                    + " round_at_micros, done_round, failures FROM fleet_account WHERE account_key = ?")) {
      s.setString(1, key);
      try (ResultSet rows = s.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Account(
                key,
                rows.getString(1),
                rows.getString(2),
                rows.getInt(3),
                instant(rows.getLong(4)),
                rows.getInt(5),
                rows.getInt(6)));
      }
    }
  }

  /** What {@code worker} is doing with the account now. */
  void phase(String key, String worker, String phase, long contacts) throws SQLException {
    update(
        "UPDATE fleet_account SET worker = ?, phase = ?, contacts = ? WHERE account_key = ?",
        worker,
        phase,
        contacts,
        key);
  }

  /** A failed attempt; returns the failures of this round so far. */
  int failed(String key, String worker, String phase, String failure) throws SQLException {
    update(
        "UPDATE fleet_account SET worker = ?, phase = ?, failures = failures + 1, failure = ?"
            + " WHERE account_key = ?",
        worker,
        phase,
        failure,
        key);
    return account(key).map(Account::failures).orElse(0);
  }

  /** Round {@code round} of the account is done: synced and written back. */
  void done(String key, String worker, int round, long contacts) throws SQLException {
    update(
        "UPDATE fleet_account SET worker = ?, phase = ?, contacts = ?, done_round = ?,"
            + " failure = NULL WHERE account_key = ? AND done_round < ?",
        worker,
        DONE,
        contacts,
        round,
        key,
        round);
  }

  List<Status> statuses() throws SQLException {
    List<Status> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT account_key, target_round, done_round,"
                    + " worker, phase, contacts, failures, failure FROM fleet_account ORDER BY account_key");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        out.add(
            new Status(
                rows.getString(1),
                rows.getInt(2),
                rows.getInt(3),
                Optional.ofNullable(rows.getString(4)),
                rows.getString(5),
                rows.getLong(6),
                rows.getInt(7),
                Optional.ofNullable(rows.getString(8))));
      }
    }
    return out;
  }

  /** Every recorded change of a lease row, in the order the database made them. */
  List<LeaseHistory.Change> leaseHistory() throws SQLException {
    List<LeaseHistory.Change> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT account_key, holder, token,"
                    + " expires_micros, at_micros FROM fleet_lease_history ORDER BY id");
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        out.add(
            new LeaseHistory.Change(
                rows.getString(1),
                Optional.ofNullable(rows.getString(2)),
                rows.getLong(3),
                rows.getLong(4),
                rows.getLong(5)));
      }
    }
    return out;
  }

  private void update(String sql, Object... values) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
    }
  }

  static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  static Instant instant(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }
}
