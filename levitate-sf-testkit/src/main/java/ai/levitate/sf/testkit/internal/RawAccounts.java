package ai.levitate.sf.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fixture accounts: the stored record read from the account's JSON (its remote fields typed by the
 * fixture's Account classes), and the data set's changes made to a copy of that JSON.
 */
public final class RawAccounts {
  private RawAccounts() {}

  /**
   * The stored record of a fixture account; a timestamp that cannot be read counts as {@code
   * absent}, and a value its class cannot type is kept as {@link FixtureValues.Unreadable}.
   */
  public static AccountRecord account(ObjectNode node, long absent, FieldSchema schema) {
    long created = RawJson.micros(node, "created_at", absent);
    JsonNode employees = node.path("number_of_employees");
    Map<String, Object> fields = new HashMap<>();
    for (JsonNode field : node.path("remote_fields")) {
      FieldClass fieldClass = FixtureReader.classOf(field.path("remote_field_class"), schema);
      if (fieldClass != null && !fieldClass.apiName().isBlank()) {
        Object value = FixtureValues.read(field.get("value"), fieldClass.type());
        if (value != null) {
          fields.putIfAbsent(fieldClass.apiName(), value);
        }
      }
    }
    return new AccountRecord(
        RawJson.text(node, "id"),
        RawJson.text(node, "remote_id"),
        RawJson.text(node, "name"),
        RawJson.reference(node.get("owner")),
        RawJson.text(node, "industry"),
        RawJson.text(node, "website"),
        employees.canConvertToInt() ? employees.intValue() : null,
        RawJson.text(node, "description"),
        created,
        RawJson.micros(node, "modified_at", created),
        RawJson.micros(node, "remote_created_at", created),
        node.path("remote_was_deleted").asBoolean(false),
        fields,
        node);
  }

  /** An account added to a fixture's data set, held as the JSON the fake would render for it. */
  public static AccountRecord asFixtureRecord(AccountRecord account, CrmLookup lookup) {
    return account(
        RawJson.rendered(out -> MergeJson.account(out, account, false, true, false, lookup)),
        account.createdMicros(),
        lookup.accountSchema());
  }

  /**
   * The account with its remote fields set to {@code values} at {@code modified}: a fixture
   * account's JSON is edited in a copy, each value in its {@code remote_fields} entry (added when
   * the fixture lists the field's class).
   */
  public static AccountRecord withFields(
      AccountRecord account, Map<String, Object> values, long modified, CrmData data) {
    if (account.raw() == null) {
      return account.withFields(values, modified);
    }
    ObjectNode copy = account.raw().deepCopy();
    FieldSchema schema = data.accountSchema();
    for (FieldClass fieldClass : schema.classes()) {
      Object value = values.get(fieldClass.apiName());
      if (Objects.equals(value, account.field(fieldClass.apiName()))) {
        continue;
      }
      ObjectNode entry = entry(copy, fieldClass, schema);
      if (entry != null) {
        JsonNode before = entry.get("value");
        entry.set(
            "value",
            FixtureValues.json(value, fieldClass.type(), before == null || !before.isTextual()));
      } else if (fieldClass.raw() != null) {
        ArrayNode fields = copy.withArray("remote_fields");
        ObjectNode added = fields.addObject();
        added.set("remote_field_class", fieldClass.raw());
        added.set("value", FixtureValues.json(value, fieldClass.type(), true));
      }
    }
    RawJson.stamp(copy, modified);
    return account(copy, account.createdMicros(), schema);
  }

  /**
   * The account deleted in Salesforce at {@code modified}; where fixture contacts hold it expanded,
   * their copies say so too.
   */
  public static AccountRecord deleted(AccountRecord account, long modified, CrmData data) {
    if (account.raw() == null) {
      return account.withDeleted(true, modified);
    }
    ObjectNode copy = account.raw().deepCopy();
    copy.put("remote_was_deleted", true);
    RawJson.stamp(copy, modified);
    RawContacts.updateExpanded(
        data,
        "account",
        account.id(),
        link -> {
          ObjectNode expanded = link.deepCopy();
          expanded.put("remote_was_deleted", true);
          RawJson.stamp(expanded, modified);
          return expanded;
        });
    return account(copy, account.createdMicros(), data.accountSchema());
  }

  private static ObjectNode entry(ObjectNode account, FieldClass wanted, FieldSchema schema) {
    for (JsonNode field : account.path("remote_fields")) {
      FieldClass fieldClass = FixtureReader.classOf(field.path("remote_field_class"), schema);
      if (field.isObject() && fieldClass != null && fieldClass.apiName().equals(wanted.apiName())) {
        return (ObjectNode) field;
      }
    }
    return null;
  }
}
