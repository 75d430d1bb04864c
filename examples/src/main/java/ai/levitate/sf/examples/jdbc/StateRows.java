package ai.levitate.sf.examples.jdbc;

import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.StateConflictException;
import ai.levitate.sf.merge.LevitateJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The SQL of one account's sync state: the run state, contact states and held changes. States and
 * held changes are stored as the merge client's JSON beside the columns the engine's queries filter
 * on; every statement names the account.
 */
final class StateRows {
  /**
   * Salesforce id order, which H2 reads from the primary key only when it names the account too.
   */
  static final String ORDER_BY_ID = " ORDER BY account_key, salesforce_id";

  private final String account;

  StateRows(String account) {
    this.account = account;
  }

  RunState runState(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT state_json FROM sf_run_state WHERE account_key = ?")) {
      s.setString(1, account);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? LevitateJson.readRunState(rows.getString(1)) : RunState.initial();
      }
    }
  }

  /**
   * The newest lease token a batch was committed with, locking the row until the transaction ends.
   */
  OptionalLong lockNewestToken(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT newest_token FROM sf_run_state WHERE account_key = ? FOR UPDATE")) {
      s.setString(1, account);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  void saveRunState(Connection c, RunState state, long token, boolean exists) throws SQLException {
    String json = LevitateJson.writeRunState(state);
    if (exists) {
      Jdbc.update(
          c,
          "UPDATE sf_run_state SET newest_token = ?, state_json = ? WHERE account_key = ?",
          s -> {
            s.setLong(1, token);
            s.setString(2, json);
            s.setString(3, account);
          });
    } else {
      Jdbc.update(
          c,
          "INSERT INTO sf_run_state (account_key, newest_token, state_json)" + " VALUES (?, ?, ?)",
          s -> {
            s.setString(1, account);
            s.setLong(2, token);
            s.setString(3, json);
          });
    }
  }

  Map<String, ContactState> states(Connection c, Collection<String> ids) throws SQLException {
    Map<String, ContactState> found = new HashMap<>();
    for (List<String> chunk : Jdbc.chunks(new LinkedHashSet<>(ids))) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT state_json FROM sf_contact_state" + " WHERE " + Jdbc.idsIn(chunk.size()))) {
        Jdbc.bindIds(s, 1, account, chunk);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            ContactState state = LevitateJson.readContactState(rows.getString(1));
            found.put(state.salesforceId(), state);
          }
        }
      }
    }
    return found;
  }

  List<ContactState> states(Connection c, ContactStateQuery query) throws SQLException {
    Where where = where(query);
    query.after().ifPresent(after -> where.add(" AND salesforce_id > ?", after));
    List<ContactState> page = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT state_json FROM sf_contact_state"
                + where.sql
                + ORDER_BY_ID
                + " FETCH FIRST "
                + query.limit()
                + " ROWS ONLY")) {
      where.bind(s);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          page.add(LevitateJson.readContactState(rows.getString(1)));
        }
      }
    }
    return page;
  }

  long count(Connection c, ContactStateQuery query) throws SQLException {
    Where where = where(query);
    try (PreparedStatement s =
        c.prepareStatement("SELECT COUNT(*) FROM sf_contact_state" + where.sql)) {
      where.bind(s);
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /**
   * Inserts or replaces each state, where it follows the stored version: the rows are locked and
   * checked first, and a state that does not follow (a person's decision came first) refuses them
   * all with {@link StateConflictException}, before anything is written.
   */
  void saveStates(Connection c, List<ContactState> states) throws SQLException {
    Map<String, ContactState> last = new HashMap<>();
    states.forEach(state -> last.put(state.salesforceId(), state));
    Map<String, Long> stored = lockVersions(c, last.keySet());
    List<String> changed = new ArrayList<>();
    for (ContactState state : states) {
      if (state.version() != stored.getOrDefault(state.salesforceId(), 0L) + 1) {
        changed.add(state.salesforceId());
      }
    }
    if (!changed.isEmpty()) {
      throw new StateConflictException(
          "The states of "
              + changed
              + " of "
              + account
              + " changed since they were read; nothing was stored.",
          changed);
    }
    // Only the states stored before are deleted: a page of new contacts costs no delete.
    delete(c, "sf_contact_state", stored.keySet());
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO sf_contact_state (account_key,"
                + " salesforce_id, account_merge_id, owner_merge_id, status, status_set_by, last_seen_run,"
                + " state_version, state_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ContactState state : last.values()) {
        s.setString(1, account);
        s.setString(2, state.salesforceId());
        s.setString(3, state.accountMergeId().orElse(null));
        s.setString(4, state.ownerMergeId().orElse(null));
        s.setString(5, state.status().name());
        s.setString(6, state.statusSetBy().name());
        s.setLong(7, state.lastSeenRun());
        s.setLong(8, state.version());
        s.setString(9, LevitateJson.writeContactState(state));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** The stored versions of these states, their rows locked until the transaction ends. */
  private Map<String, Long> lockVersions(Connection c, Collection<String> ids) throws SQLException {
    Map<String, Long> versions = new HashMap<>();
    for (List<String> chunk : Jdbc.chunks(ids)) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT salesforce_id, state_version"
                  + " FROM sf_contact_state WHERE "
                  + Jdbc.idsIn(chunk.size())
                  + " FOR UPDATE")) {
        Jdbc.bindIds(s, 1, account, chunk);
        try (ResultSet rows = s.executeQuery()) {
          while (rows.next()) {
            versions.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
    }
    return versions;
  }

  List<HeldChange> held(Connection c, HeldChangeQuery query) throws SQLException {
    Where where = new Where(account);
    query.heldInRun().ifPresent(run -> where.add(" AND held_in_run = ?", run));
    query.after().ifPresent(after -> where.add(" AND salesforce_id > ?", after));
    List<HeldChange> page = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT change_json FROM sf_held_change"
                + where.sql
                + ORDER_BY_ID
                + " FETCH FIRST "
                + query.limit()
                + " ROWS ONLY")) {
      where.bind(s);
      try (ResultSet rows = s.executeQuery()) {
        while (rows.next()) {
          page.add(LevitateJson.readHeldChange(rows.getString(1)));
        }
      }
    }
    return page;
  }

  /** Adds (or replaces) the held changes, then drops those removed, as the SPI orders it. */
  void saveHeld(Connection c, List<HeldChange> added, List<String> removed) throws SQLException {
    if (added.isEmpty() && removed.isEmpty()) {
      return;
    }
    Map<String, HeldChange> kept = new HashMap<>();
    added.forEach(held -> kept.put(held.salesforceId(), held));
    removed.forEach(kept::remove);
    Set<String> touched = new LinkedHashSet<>(removed);
    added.forEach(held -> touched.add(held.salesforceId()));
    delete(c, "sf_held_change", touched);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO sf_held_change (account_key,"
                + " salesforce_id, held_in_run, change_json) VALUES (?, ?, ?, ?)")) {
      for (HeldChange held : kept.values()) {
        s.setString(1, account);
        s.setString(2, held.salesforceId());
        s.setLong(3, held.heldInRun());
        s.setString(4, LevitateJson.writeHeldChange(held));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Deletes this account's rows of {@code table} with the given Salesforce ids. */
  void delete(Connection c, String table, Collection<String> ids) throws SQLException {
    for (List<String> chunk : Jdbc.chunks(ids)) {
      Jdbc.update(
          c,
          "DELETE FROM " + table + " WHERE " + Jdbc.idsIn(chunk.size()),
          s -> Jdbc.bindIds(s, 1, account, chunk));
    }
  }

  private Where where(ContactStateQuery query) {
    Where where = new Where(account);
    query.accountMergeId().ifPresent(id -> where.add(" AND account_merge_id = ?", id));
    query.ownerMergeId().ifPresent(id -> where.add(" AND owner_merge_id = ?", id));
    query.status().ifPresent(status -> where.add(" AND status = ?", status.name()));
    query.statusSetBy().ifPresent(by -> where.add(" AND status_set_by = ?", by.name()));
    query.seenBeforeRun().ifPresent(run -> where.add(" AND last_seen_run < ?", run));
    return where;
  }

  /** A {@code WHERE} clause, always on the account, and its parameters. */
  private static final class Where {
    private final StringBuilder sql = new StringBuilder(" WHERE account_key = ?");
    private final List<Object> params = new ArrayList<>();

    Where(String account) {
      params.add(account);
    }

    void add(String condition, Object param) {
      sql.append(condition);
      params.add(param);
    }

    void bind(PreparedStatement s) throws SQLException {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
    }
  }
}
