package ai.levitate.sf.examples.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/**
 * The tables, created on first use and migrated in order: each migration runs once, in its own
 * transaction, and is recorded in {@code sf_schema_version}, however many workers start at once.
 * Every table carries the account key, so one database serves many linked accounts.
 */
final class Schema {
  /** One step of the schema, applied once. */
  record Migration(int version, String description, List<String> statements) {}

  static final List<Migration> MIGRATIONS =
      List.of(
          new Migration(
              1,
              "sync state, Levitate contacts, sync lock and write-back ledger",
              List.of(
                  "CREATE TABLE sf_run_state ("
                      + " account_key VARCHAR(200) NOT NULL,"
                      + " newest_token BIGINT NOT NULL,"
                      + " state_json TEXT_TYPE NOT NULL,"
                      + " PRIMARY KEY (account_key))",
                  "CREATE TABLE sf_contact_state ("
                      + " account_key VARCHAR(200) NOT NULL,"
                      + " salesforce_id VARCHAR(64) ID_COLLATION NOT NULL,"
                      + " account_merge_id VARCHAR(100),"
                      + " owner_merge_id VARCHAR(100),"
                      + " status VARCHAR(16) NOT NULL,"
                      + " status_set_by VARCHAR(16) NOT NULL,"
                      + " last_seen_run BIGINT NOT NULL,"
                      + " state_json TEXT_TYPE NOT NULL,"
                      + " PRIMARY KEY (account_key, salesforce_id))",
                  "CREATE TABLE sf_held_change ("
                      + " account_key VARCHAR(200) NOT NULL,"
                      + " salesforce_id VARCHAR(64) ID_COLLATION NOT NULL,"
                      + " held_in_run BIGINT NOT NULL,"
                      + " change_json TEXT_TYPE NOT NULL,"
                      + " PRIMARY KEY (account_key, salesforce_id))",
                  "CREATE TABLE sf_levitate_contact ("
                      + " account_key VARCHAR(200) NOT NULL,"
                      + " salesforce_id VARCHAR(64) ID_COLLATION NOT NULL,"
                      + " status VARCHAR(16) NOT NULL,"
                      + " contact_json TEXT_TYPE,"
                      + " tags_json TEXT_TYPE NOT NULL,"
                      + " key_facts_json TEXT_TYPE NOT NULL,"
                      + " last_change VARCHAR(100) NOT NULL,"
                      + " PRIMARY KEY (account_key, salesforce_id))",
                  "CREATE TABLE sf_sync_lock ("
                      + " account_key VARCHAR(200) NOT NULL,"
                      + " holder VARCHAR(200),"
                      + " token BIGINT NOT NULL,"
                      + " expires_micros BIGINT NOT NULL,"
                      + " PRIMARY KEY (account_key))",
                  "CREATE TABLE sf_writeback_ledger ("
                      + " account_key VARCHAR(200) NOT NULL,"
                      + " activity_id VARCHAR(200) NOT NULL,"
                      + " activity_version BIGINT NOT NULL,"
                      + " state VARCHAR(16) NOT NULL,"
                      + " entry_json TEXT_TYPE NOT NULL,"
                      + " PRIMARY KEY (account_key, activity_id, activity_version))")),
          new Migration(
              2,
              "indexes for the engine's queries by account, owner, run and held run",
              List.of(
                  "CREATE INDEX sf_contact_state_account"
                      + " ON sf_contact_state (account_key, account_merge_id, salesforce_id)",
                  "CREATE INDEX sf_contact_state_owner"
                      + " ON sf_contact_state (account_key, owner_merge_id, salesforce_id)",
                  "CREATE INDEX sf_contact_state_seen ON sf_contact_state (account_key, last_seen_run)",
                  "CREATE INDEX sf_held_change_run"
                      + " ON sf_held_change (account_key, held_in_run, salesforce_id)")),
          new Migration(
              3,
              "contact state versions, so a commit never overwrites a newer state",
              List.of(
                  "ALTER TABLE sf_contact_state ADD COLUMN state_version BIGINT DEFAULT 1 NOT NULL")));

  static final int LATEST = MIGRATIONS.get(MIGRATIONS.size() - 1).version();

  private Schema() {}

  /**
   * Creates the tables, or applies the migrations the database lacks; returns the version now.
   * Workers that start together apply each migration once: each migration's transaction first takes
   * the schema lock (in this JVM, and in the database where the dialect has one) and then reads the
   * version again.
   */
  static int migrate(Jdbc jdbc, Clock clock) {
    jdbc.transaction(
        "Creating sf_schema_version",
        c -> {
          try (Statement statement = c.createStatement()) {
            // PostgreSQL's CREATE TABLE IF NOT EXISTS is not safe against a concurrent one (both
            // may pass the check and one then fails on the table's row type): take the lock first.
            for (String lock : Dialect.of(c).schemaLock()) {
              statement.execute(lock);
            }
            statement.execute(
                "CREATE TABLE IF NOT EXISTS sf_schema_version ("
                    + " version_number INT NOT NULL PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL,"
                    + " applied_at VARCHAR(40) NOT NULL)");
          }
          return null;
        });
    int current = version(jdbc);
    if (current > LATEST) {
      throw newer(current);
    }
    synchronized (Schema.class) {
      for (Migration migration : MIGRATIONS) {
        if (migration.version() > current) {
          current = apply(jdbc, migration, clock);
        }
      }
    }
    return version(jdbc);
  }

  private static JdbcStoreException newer(int current) {
    return new JdbcStoreException(
        "The database holds schema version "
            + current
            + ", newer than the "
            + LATEST
            + " this code knows; use a newer levitate-sf-examples.");
  }

  /** The newest migration applied; 0 for a database without the tables. */
  static int version(Jdbc jdbc) {
    return jdbc.read("Reading the schema version", Schema::version);
  }

  private static int version(Connection c) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT MAX(version_number) FROM sf_schema_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  /** Applies {@code migration} unless another worker did first; returns the version after it. */
  private static int apply(Jdbc jdbc, Migration migration, Clock clock) {
    return jdbc.transaction(
        "Migrating the schema to version " + migration.version(),
        c -> {
          Dialect dialect = Dialect.of(c);
          try (Statement statement = c.createStatement()) {
            for (String lock : dialect.schemaLock()) {
              statement.execute(lock);
            }
            int current = version(c);
            if (current > LATEST) {
              throw newer(current);
            }
            if (current >= migration.version()) {
              return current;
            }
            for (String ddl : migration.statements()) {
              statement.execute(dialect.apply(ddl));
            }
          }
          record(c, migration, clock);
          return migration.version();
        });
  }

  private static void record(Connection c, Migration migration, Clock clock) throws SQLException {
    Jdbc.update(
        c,
        "INSERT INTO sf_schema_version (version_number, description, applied_at)"
            + " VALUES (?, ?, ?)",
        s -> {
          s.setInt(1, migration.version());
          s.setString(2, migration.description());
          s.setString(3, clock.instant().toString());
        });
  }
}
