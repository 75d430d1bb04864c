package ai.levitate.sf.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.NewerFormatException;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.sync.RunRequest;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.testkit.InMemoryContactSource;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A worker whose levitate-sf is older than the one that wrote an account's state stops that account
 * with {@link NewerFormatException}, changes none of its rows, gives its lease back, and syncs it
 * again once the rows are in a format it knows (as after the upgrade).
 */
final class JdbcStoredFormatTest {
  private final ManualClock clock = ManualClock.at(Samples.T0);

  @ParameterizedTest
  @EnumSource(Database.class)
  void aRunStateFromANewerLibraryStopsTheAccountAndIsLeftAsItWas(Database db) throws Exception {
    DataSource pool = db.fresh();
    JdbcStorage storage = JdbcStorage.create(pool, clock);
    SyncEngine engine = engine(storage);
    engine.run();
    String current = json(pool, "SELECT state_json FROM sf_run_state WHERE account_key = ?");
    String newer = current.replace("{\"formatVersion\":2,", "{\"formatVersion\":3,\"x\":1,");
    update(pool, "UPDATE sf_run_state SET state_json = ? WHERE account_key = ?", newer);
    clock.advance(Duration.ofHours(1));

    assertThatThrownBy(engine::run)
        .isInstanceOf(NewerFormatException.class)
        .hasMessageContaining("run state has format version 3, newer than the 2");

    assertThat(json(pool, "SELECT state_json FROM sf_run_state WHERE account_key = ?"))
        .isEqualTo(newer);
    assertThat(storage.lock("account-a").holder()).as("the lease was given back").isEmpty();
    update(pool, "UPDATE sf_run_state SET state_json = ? WHERE account_key = ?", current);
    assertThat(engine.run().outcome()).isEqualTo(RunOutcome.COMPLETED);
  }

  @ParameterizedTest
  @EnumSource(Database.class)
  void aContactStateFromANewerLibraryStopsTheRunBeforeItsPageIsWritten(Database db)
      throws Exception {
    DataSource pool = db.fresh();
    JdbcStorage storage = JdbcStorage.create(pool, clock);
    SyncEngine engine = engine(storage);
    engine.run();
    String first =
        json(pool, "SELECT MIN(salesforce_id) FROM sf_contact_state" + " WHERE account_key = ?");
    String sql =
        "SELECT state_json FROM sf_contact_state WHERE account_key = ?"
            + " AND salesforce_id = '"
            + first
            + "'";
    String newer = json(pool, sql).replace("{\"formatVersion\":2,", "{\"formatVersion\":3,");
    update(
        pool,
        "UPDATE sf_contact_state SET state_json = ? WHERE account_key = ?"
            + " AND salesforce_id = '"
            + first
            + "'",
        newer);
    clock.advance(Duration.ofHours(1));

    assertThatThrownBy(() -> engine.run(RunRequest.FULL_RECONCILIATION))
        .isInstanceOf(NewerFormatException.class)
        .hasMessageStartingWith(
            "The stored contact state has format version 3, newer than the 2"
                + " this levitate-sf reads");

    assertThat(json(pool, sql)).isEqualTo(newer);
  }

  private SyncEngine engine(JdbcStorage storage) {
    MergeDataSet data =
        SalesforceDataGenerator.builder().seed(3).contacts(30).clock(clock).build().generate();
    InMemoryContactSource source = new InMemoryContactSource(FieldCatalog.of(data.contactFields()));
    for (int i = 0; i < data.contactCount(); i++) {
      source.put(data.contact(data.contactId(i)).orElseThrow());
    }
    return SyncEngine.builder()
        .source(source)
        .storage(storage.store("account-a"))
        .lock(storage.lock("account-a"))
        .settings(SyncSettings.builder().build())
        .clock(clock)
        .pageSize(10)
        .build();
  }

  private static String json(DataSource pool, String sql) throws Exception {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, "account-a");
      try (ResultSet rows = s.executeQuery()) {
        assertThat(rows.next()).isTrue();
        return rows.getString(1);
      }
    }
  }

  /** Sets the account's rows that {@code sql} picks to {@code json}. */
  private static void update(DataSource pool, String sql, String json) throws Exception {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, json);
      s.setString(2, "account-a");
      s.executeUpdate();
    }
  }
}
