package ai.levitate.sf.testkit;

import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.testkit.internal.AccountRecord;
import ai.levitate.sf.testkit.internal.CrmData;
import ai.levitate.sf.testkit.internal.FieldClass;
import ai.levitate.sf.testkit.internal.FixtureReader;
import ai.levitate.sf.testkit.internal.FixtureValues;
import ai.levitate.sf.testkit.internal.RawJson;
import ai.levitate.sf.testkit.internal.StandardContactFields;
import ai.levitate.sf.testkit.internal.UserRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link ContactEditor} over a copy of a fixture contact's JSON: a field is written where Merge
 * holds it, in its {@code remote_fields} entry (added when the fixture lists the field's class)
 * and, for the fields Merge maps onto its common model, in {@code first_name}, {@code last_name},
 * the first address, the first email and the phone of the field's type. Everything else in the JSON
 * stays as the fixture has it.
 */
final class RawContactEditor implements ContactEditor {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Salesforce's mailing fields and the keys of Merge's first address they fill. */
  private static final Map<String, String> MAILING =
      Map.of(
          "MailingCity",
          "city",
          "MailingState",
          "state",
          "MailingPostalCode",
          "postal_code",
          "MailingCountry",
          "country");

  private final CrmData data;
  final ObjectNode node;

  RawContactEditor(CrmData data, ObjectNode node) {
    this.data = data;
    this.node = node;
  }

  @Override
  public ContactEditor set(String apiName, Object value) {
    if (value == null) {
      return clear(apiName);
    }
    FieldType type = typeOf(apiName);
    write(apiName, type, RecordEditor.coerce(apiName, type, value));
    return this;
  }

  @Override
  public ContactEditor clear(String apiName) {
    write(apiName, typeOf(apiName), null);
    return this;
  }

  @Override
  public ContactEditor account(String accountId) {
    AccountRecord account = null;
    if (accountId != null) {
      account = data.account(accountId);
      if (account == null) {
        throw new IllegalArgumentException(
            "accountId " + accountId + " names no account of this data set");
      }
    }
    link("account", accountId, account == null ? null : account.raw());
    return this;
  }

  @Override
  public ContactEditor owner(String userId) {
    UserRecord user = null;
    if (userId != null) {
      user = data.user(userId);
      if (user == null) {
        throw new IllegalArgumentException("userId " + userId + " names no user of this data set");
      }
    }
    link("owner", userId, user == null ? null : user.raw());
    return this;
  }

  @Override
  public Optional<Object> value(String apiName) {
    FieldType type = typeOf(apiName);
    ObjectNode entry = entry(apiName);
    if (entry != null) {
      Object value = FixtureValues.read(entry.get("value"), type);
      return Optional.ofNullable(value instanceof FixtureValues.Unreadable u ? u.text() : value);
    }
    return Optional.ofNullable(FixtureValues.read(commonModel(apiName), type));
  }

  /** A link as the fixture holds it: an expanded record stays expanded, an id stays an id. */
  private void link(String field, String id, ObjectNode record) {
    if (id == null) {
      node.putNull(field);
    } else if (node.path(field).isObject() && record != null) {
      ObjectNode expanded = record.deepCopy();
      expanded.remove("remote_fields");
      node.set(field, expanded);
    } else {
      node.put(field, id);
    }
  }

  private void write(String apiName, FieldType type, Object value) {
    FieldClass listed = listed(apiName);
    ObjectNode entry = entry(apiName);
    if (entry != null) {
      JsonNode before = entry.get("value");
      entry.set("value", FixtureValues.json(value, type, before == null || !before.isTextual()));
    } else if (listed != null && listed.raw() != null) {
      ArrayNode fields =
          node.path("remote_fields").isArray()
              ? (ArrayNode) node.get("remote_fields")
              : node.putArray("remote_fields");
      ObjectNode added = fields.addObject();
      added.set(
          "remote_field_class",
          classesByIdInThisRecord(fields) ? NODES.textNode(listed.id()) : listed.raw().deepCopy());
      added.set("value", FixtureValues.json(value, type, true));
    }
    writeCommonModel(apiName, value);
  }

  /** Whether this contact names its fields' classes by id rather than embedding them. */
  private static boolean classesByIdInThisRecord(ArrayNode fields) {
    for (JsonNode field : fields) {
      if (field.path("remote_field_class").isTextual()) {
        return true;
      }
    }
    return false;
  }

  private void writeCommonModel(String apiName, Object value) {
    String text = value == null ? null : value.toString();
    switch (apiName) {
      case "FirstName":
        node.put("first_name", text);
        return;
      case "LastName":
        node.put("last_name", text);
        return;
      case "Email":
        point("email_addresses", "email_address", "email_address_type", "Work", text);
        return;
      case "MailingStreet":
        ObjectNode address = firstAddress(text != null);
        if (address != null) {
          int newline = text == null ? -1 : text.indexOf('\n');
          address.put("street_1", newline < 0 ? text : text.substring(0, newline).strip());
          address.put("street_2", newline < 0 ? null : text.substring(newline + 1).strip());
        }
        return;
      default:
        break;
    }
    String key = MAILING.get(apiName);
    if (key != null) {
      ObjectNode address = firstAddress(text != null);
      if (address != null) {
        address.put(key, text);
      }
      return;
    }
    for (String[] phone : StandardContactFields.PHONE_TYPES) {
      if (phone[0].equals(apiName)) {
        point("phone_numbers", "phone_number", "phone_number_type", phone[1], text);
      }
    }
  }

  /**
   * Sets, adds or (for no value) removes one email or phone: the email is the first in the list, a
   * phone the first of its type.
   */
  private void point(String list, String valueKey, String typeKey, String type, String value) {
    ArrayNode points = node.path(list).isArray() ? (ArrayNode) node.get(list) : null;
    int found = -1;
    for (int i = 0; points != null && i < points.size() && found < 0; i++) {
      if (list.equals("email_addresses")
          || type.equalsIgnoreCase(points.get(i).path(typeKey).asText())) {
        found = i;
      }
    }
    if (value == null) {
      if (found >= 0) {
        points.remove(found);
      }
    } else if (found >= 0 && points.get(found).isObject()) {
      ((ObjectNode) points.get(found)).put(valueKey, value);
    } else {
      ObjectNode point = (points == null ? node.putArray(list) : points).addObject();
      point.put(valueKey, value);
      point.put(typeKey, type);
    }
  }

  private ObjectNode firstAddress(boolean create) {
    JsonNode addresses = node.get("addresses");
    if (addresses != null
        && addresses.isArray()
        && addresses.size() > 0
        && addresses.get(0).isObject()) {
      return (ObjectNode) addresses.get(0);
    }
    if (!create) {
      return null;
    }
    ArrayNode list =
        addresses != null && addresses.isArray()
            ? (ArrayNode) addresses
            : node.putArray("addresses");
    ObjectNode address = list.insertObject(0);
    for (String key : List.of("street_1", "street_2", "city", "state", "postal_code", "country")) {
      address.putNull(key);
    }
    address.put("address_type", "SHIPPING");
    return address;
  }

  private JsonNode commonModel(String apiName) {
    switch (apiName) {
      case "FirstName":
        return node.get("first_name");
      case "LastName":
        return node.get("last_name");
      case "Email":
        return node.path("email_addresses").path(0).get("email_address");
      case "MailingStreet":
        String street = RawJson.text(node.path("addresses").path(0), "street_1");
        String street2 = RawJson.text(node.path("addresses").path(0), "street_2");
        return street == null
            ? null
            : NODES.textNode(
                street2 == null || street2.isBlank() ? street : street + "\n" + street2);
      default:
        break;
    }
    String key = MAILING.get(apiName);
    if (key != null) {
      return node.path("addresses").path(0).get(key);
    }
    for (String[] phone : StandardContactFields.PHONE_TYPES) {
      if (phone[0].equals(apiName)) {
        for (JsonNode point : node.path("phone_numbers")) {
          if (phone[1].equalsIgnoreCase(point.path("phone_number_type").asText())) {
            return point.get("phone_number");
          }
        }
      }
    }
    return null;
  }

  /** The remote field entry of {@code apiName} in this contact, or null. */
  private ObjectNode entry(String apiName) {
    for (JsonNode field : node.path("remote_fields")) {
      if (field.isObject() && apiName.equals(apiNameOf(field.path("remote_field_class")))) {
        return (ObjectNode) field;
      }
    }
    return null;
  }

  private String apiNameOf(JsonNode fieldClass) {
    if (fieldClass.isTextual()) {
      int index = data.schema().indexOfClassId(fieldClass.textValue());
      return index < 0 ? null : data.schema().get(index).apiName();
    }
    return RawJson.text(fieldClass, "remote_key_name");
  }

  private FieldClass listed(String apiName) {
    int index = data.schema().indexOf(apiName);
    return index < 0 ? null : data.schema().get(index);
  }

  /**
   * The field's type: its listed class, the class embedded in this contact, or the common model's.
   */
  private FieldType typeOf(String apiName) {
    Objects.requireNonNull(apiName, "apiName == null");
    if (apiName.equals("AccountId") || apiName.equals("OwnerId")) {
      throw new IllegalArgumentException(
          apiName + " is set through account(...) or owner(...) with a Merge id");
    }
    FieldClass listed = listed(apiName);
    if (listed != null) {
      return listed.type();
    }
    ObjectNode entry = entry(apiName);
    if (entry != null && entry.path("remote_field_class").isObject()) {
      return FixtureReader.fieldClass(entry.get("remote_field_class")).type();
    }
    FieldType common = StandardContactFields.commonModelType(apiName);
    if (common == null) {
      throw new IllegalArgumentException(
          "apiName " + apiName + " names no Contact field of this org");
    }
    return common;
  }
}
