package ai.levitate.sf.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.testkit.ManualClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

final class JdbcSchemaTest {
  private final JdbcConnectionPool pool = H2.fresh();
  private final ManualClock clock = ManualClock.at(Samples.T0);

  @Test
  void theSchemaIsCreatedOnFirstUseWithEveryMigrationRecorded() throws Exception {
    JdbcStorage storage = JdbcStorage.create(pool, clock);

    assertThat(storage.schemaVersion()).isEqualTo(3);
    assertThat(versions())
        .containsExactly(
            "1 sync state, Levitate contacts, sync lock and write-back ledger 2026-01-05T09:00:00Z",
            "2 indexes for the engine's queries by account, owner, run and held run 2026-01-05T09:00:00Z",
            "3 contact state versions, so a commit never overwrites a newer state 2026-01-05T09:00:00Z");
  }

  @Test
  void opensAgainWithoutApplyingAnythingTwice() throws Exception {
    JdbcStorage.create(pool, clock).store("account-a").commit(Samples.batch(1, 1, List.of("003A")));

    JdbcStorage again = JdbcStorage.create(pool, clock);

    assertThat(again.schemaVersion()).isEqualTo(3);
    assertThat(versions()).hasSize(3);
    assertThat(again.store("account-a").contacts(List.of("003A"))).hasSize(1);
  }

  @Test
  void aDatabaseAtAnOlderVersionGetsOnlyTheMigrationsItLacks() throws Exception {
    JdbcStorage.create(pool, clock).store("account-a").commit(Samples.batch(1, 1, List.of("003A")));
    execute(
        "DROP INDEX sf_contact_state_account",
        "DROP INDEX sf_contact_state_owner",
        "DROP INDEX sf_contact_state_seen",
        "DROP INDEX sf_held_change_run",
        "ALTER TABLE sf_contact_state DROP COLUMN state_version",
        "DELETE FROM sf_schema_version WHERE version_number >= 2");

    JdbcStorage migrated = JdbcStorage.create(pool, clock);

    assertThat(migrated.schemaVersion()).isEqualTo(3);
    assertThat(versions()).hasSize(3);
    assertThat(indexes()).contains("SF_CONTACT_STATE_ACCOUNT", "SF_HELD_CHANGE_RUN");
    JdbcSyncStore store = migrated.store("account-a");
    assertThat(store.contacts(List.of("003A"))).hasSize(1);
    // A state stored before versions were kept counts as the first version.
    store.archiveByPerson("003A");
    assertThat(store.contacts(List.of("003A")).get("003A").version()).isEqualTo(2);
  }

  @Test
  void aDatabaseFromNewerCodeIsRefused() throws Exception {
    JdbcStorage.create(pool, clock);
    execute("INSERT INTO sf_schema_version VALUES (4, 'from the future', '2027-01-01T00:00:00Z')");

    assertThatThrownBy(() -> JdbcStorage.create(pool, clock))
        .isInstanceOf(JdbcStoreException.class)
        .hasMessage(
            "The database holds schema version 4, newer than the 3 this code knows;"
                + " use a newer levitate-sf-examples.");
  }

  @Test
  void onPostgresSalesforceIdsSortAsJavaSortsThemAndLongTextIsText() throws Exception {
    DataSource postgres = Postgres.fresh();
    JdbcStorage.create(postgres, clock);
    List<String> columns = new ArrayList<>();
    try (Connection c = postgres.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT table_name, column_name, data_type, collation_name"
                    + " FROM information_schema.columns WHERE table_schema = current_schema()"
                    + " AND (column_name = 'salesforce_id' OR column_name LIKE '%json')"
                    + " ORDER BY table_name, column_name")) {
      while (r.next()) {
        columns.add(
            r.getString(1) + "." + r.getString(2) + " " + r.getString(3) + " " + r.getString(4));
      }
    }

    assertThat(columns)
        .containsExactly(
            "sf_contact_state.salesforce_id character varying C",
            "sf_contact_state.state_json text null",
            "sf_held_change.change_json text null",
            "sf_held_change.salesforce_id character varying C",
            "sf_levitate_contact.contact_json text null",
            "sf_levitate_contact.key_facts_json text null",
            "sf_levitate_contact.salesforce_id character varying C",
            "sf_levitate_contact.tags_json text null",
            "sf_run_state.state_json text null",
            "sf_writeback_ledger.entry_json text null");
  }

  @Test
  void onH2TheJsonColumnsAreKeptInTheRowNotInTheLobStore() throws Exception {
    JdbcStorage.create(pool, clock);

    List<String> types = new ArrayList<>();
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT DISTINCT data_type FROM information_schema.columns"
                    + " WHERE column_name LIKE '%_JSON'")) {
      while (r.next()) {
        types.add(r.getString(1));
      }
    }
    assertThat(types).containsExactly("CHARACTER VARYING");
  }

  private List<String> versions() throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT version_number, description, applied_at"
                    + " FROM sf_schema_version ORDER BY version_number")) {
      while (r.next()) {
        rows.add(r.getInt(1) + " " + r.getString(2) + " " + r.getString(3));
      }
    }
    return rows;
  }

  private List<String> indexes() throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT index_name FROM information_schema.indexes")) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    return names;
  }

  private void execute(String... statements) throws Exception {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }
}
