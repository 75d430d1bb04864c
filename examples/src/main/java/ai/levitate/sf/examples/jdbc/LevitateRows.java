package ai.levitate.sf.examples.jdbc;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.OwnedKeyFact;
import ai.levitate.sf.core.spi.ShownTags;
import ai.levitate.sf.merge.LevitateJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The host's Levitate contacts of one account, as a real host keeps them: the sink applies each
 * change here, tags and key facts as differences so that a person's own stay.
 */
final class LevitateRows {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String account;
  private final StateRows states;

  LevitateRows(String account, StateRows states) {
    this.account = account;
    this.states = states;
  }

  /**
   * Applies the changes in order, in the caller's transaction; returns the tags and key facts the
   * changed contacts showed before, for {@link ai.levitate.sf.core.spi.SyncBatch#statesAfter}.
   */
  Map<String, ShownTags> apply(Connection c, List<ContactChange> changes) throws SQLException {
    if (changes.isEmpty()) {
      return Map.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    changes.forEach(change -> ids.add(change.salesforceId()));
    Map<String, StoredContact> rows = new LinkedHashMap<>(rows(c, ids));
    Map<String, ShownTags> before = new HashMap<>();
    rows.forEach((id, row) -> before.put(id, ShownTags.of(row.tags(), row.keyFacts())));
    for (ContactChange change : changes) {
      rows.put(change.salesforceId(), apply(rows.get(change.salesforceId()), change));
    }
    save(c, rows.values(), before.keySet());
    return before;
  }

  private static StoredContact apply(StoredContact before, ContactChange change) {
    Optional<LevitateContact> previous = before == null ? Optional.empty() : before.contact();
    Optional<LevitateContact> contact =
        change
            .contact()
            .or(
                () ->
                    previous.map(
                        c ->
                            // Merge no longer returns the contact: Levitate archives what it holds.
                            LevitateContact.builder()
                                .from(c)
                                .status(ContactStatus.ARCHIVED)
                                .statusReason(
                                    change.reason().orElse(StatusReason.MISSING_FROM_SOURCE))
                                .statusSource(Optional.empty())
                                .build()));
    return new StoredContact(
        change.salesforceId(),
        change.statusAfter(),
        contact,
        change.tagsAfter(before == null ? List.of() : before.tags()),
        change.keyFactsAfter(before == null ? List.of() : before.keyFacts()),
        change.id());
  }

  Map<String, StoredContact> rows(Connection c, Collection<String> ids) throws SQLException {
    Map<String, StoredContact> found = new LinkedHashMap<>();
    for (List<String> chunk : Jdbc.chunks(ids)) {
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT "
                  + COLUMNS
                  + " FROM sf_levitate_contact"
                  + " WHERE "
                  + Jdbc.idsIn(chunk.size()))) {
        Jdbc.bindIds(s, 1, account, chunk);
        read(s, row -> found.put(row.salesforceId(), row));
      }
    }
    return found;
  }

  /** Contacts in Salesforce id order after {@code after}, at most {@code limit}. */
  List<StoredContact> page(Connection c, Optional<String> after, int limit) throws SQLException {
    List<StoredContact> page = new ArrayList<>();
    try (PreparedStatement s = pageQuery(c, COLUMNS, after, limit)) {
      read(s, page::add);
    }
    return page;
  }

  /** As {@link #page}, each contact's JSON only, not read. */
  List<JdbcSyncStore.StoredJson> jsonPage(Connection c, Optional<String> after, int limit)
      throws SQLException {
    List<JdbcSyncStore.StoredJson> page = new ArrayList<>();
    try (PreparedStatement s = pageQuery(c, "salesforce_id, contact_json", after, limit);
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        page.add(
            new JdbcSyncStore.StoredJson(
                rows.getString(1), Optional.ofNullable(rows.getString(2))));
      }
    }
    return page;
  }

  /** The account's rows' {@code columns} in Salesforce id order after {@code after}, bound. */
  private PreparedStatement pageQuery(
      Connection c, String columns, Optional<String> after, int limit) throws SQLException {
    PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + columns
                + " FROM sf_levitate_contact"
                + " WHERE account_key = ?"
                + (after.isPresent() ? " AND salesforce_id > ?" : "")
                + StateRows.ORDER_BY_ID
                + " FETCH FIRST "
                + limit
                + " ROWS ONLY");
    try {
      s.setString(1, account);
      if (after.isPresent()) {
        s.setString(2, after.get());
      }
      return s;
    } catch (SQLException | RuntimeException e) {
      try {
        s.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /**
   * Stores the rows, replacing those of {@code stored}: the ids among them this transaction read as
   * present. Only they are deleted first, so a page of new contacts costs no delete.
   */
  void save(Connection c, Collection<StoredContact> rows, Set<String> stored) throws SQLException {
    states.delete(c, "sf_levitate_contact", stored);
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO sf_levitate_contact (account_key,"
                + " salesforce_id, status, contact_json, tags_json, key_facts_json, last_change)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (StoredContact row : rows) {
        s.setString(1, account);
        s.setString(2, row.salesforceId());
        s.setString(3, row.status().name());
        s.setString(4, row.contact().map(LevitateJson::writeContact).orElse(null));
        s.setString(5, tags(row.tags()));
        s.setString(6, facts(row.keyFacts()));
        s.setString(7, row.lastChange());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static final String COLUMNS =
      "salesforce_id, status, contact_json, tags_json, key_facts_json, last_change";

  private interface RowConsumer {
    void accept(StoredContact row);
  }

  private static void read(PreparedStatement s, RowConsumer out) throws SQLException {
    try (ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        String contact = rows.getString(3);
        out.accept(
            new StoredContact(
                rows.getString(1),
                ContactStatus.valueOf(rows.getString(2)),
                Optional.ofNullable(contact).map(LevitateJson::readContact),
                tags(rows.getString(4)),
                facts(rows.getString(5)),
                rows.getString(6)));
      }
    }
  }

  private static String tags(List<String> tags) {
    ArrayNode array = JSON.createArrayNode();
    tags.forEach(array::add);
    return array.toString();
  }

  private static List<String> tags(String json) {
    List<String> tags = new ArrayList<>();
    tree(json).forEach(tag -> tags.add(tag.asText()));
    return tags;
  }

  private static String facts(List<OwnedKeyFact> facts) {
    ArrayNode array = JSON.createArrayNode();
    facts.forEach(f -> array.addObject().put("label", f.label()).put("date", f.date().toString()));
    return array.toString();
  }

  private static List<OwnedKeyFact> facts(String json) {
    List<OwnedKeyFact> facts = new ArrayList<>();
    tree(json)
        .forEach(
            f ->
                facts.add(
                    OwnedKeyFact.of(
                        f.path("label").asText(), LocalDate.parse(f.path("date").asText()))));
    return facts;
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new JdbcStoreException("sf_levitate_contact holds JSON that does not parse", e);
    }
  }
}
