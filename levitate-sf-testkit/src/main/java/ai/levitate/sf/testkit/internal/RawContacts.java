package ai.levitate.sf.testkit.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Fixture records as Merge answers a request for them: the fixture's JSON as given, with only what
 * the request decides applied ({@code expand} turns a linked id into the linked record and back,
 * {@code include_remote_fields} keeps or leaves out {@code remote_fields}, {@code
 * include_remote_data} keeps {@code remote_data} or sends it as null). Every other key, null and
 * value shape, class objects or class ids included, goes out as the fixture holds it.
 */
public final class RawContacts {
  private RawContacts() {}

  /**
   * The stored record of a fixture contact: ids, links and timestamps read from its JSON for
   * Merge's filters; a timestamp that is missing or cannot be read counts as {@code absent}.
   */
  public static ContactRecord record(ObjectNode raw, long absent) {
    long created = RawJson.micros(raw, "created_at", absent);
    String accountId = RawJson.reference(raw.get("account"));
    String ownerId = RawJson.reference(raw.get("owner"));
    boolean deleted = raw.path("remote_was_deleted").asBoolean(false);
    JsonNode fields = raw.get("remote_fields");
    boolean anyField = fields != null && fields.isArray() && fields.size() > 0;
    boolean shell =
        !deleted
            && !anyField
            && isNull(raw.get("first_name"))
            && isNull(raw.get("last_name"))
            && accountId == null
            && ownerId == null
            && isNull(raw.get("remote_created_at"));
    return new ContactRecord(
        RawJson.text(raw, "id"),
        RawJson.text(raw, "remote_id"),
        created,
        RawJson.micros(raw, "modified_at", created),
        created,
        accountId,
        ownerId,
        deleted,
        shell,
        new Object[0],
        raw);
  }

  /**
   * The stored record of a fixture user; a timestamp that cannot be read counts as {@code absent}.
   */
  public static UserRecord user(ObjectNode node, long absent) {
    long created = RawJson.micros(node, "created_at", absent);
    return new UserRecord(
        RawJson.text(node, "id"),
        RawJson.text(node, "remote_id"),
        RawJson.text(node, "name"),
        RawJson.text(node, "email"),
        node.path("is_active").asBoolean(true),
        created,
        RawJson.micros(node, "modified_at", created),
        node.path("remote_was_deleted").asBoolean(false),
        node);
  }

  /** A user added to a fixture's data set, held as the JSON the fake would render for it. */
  public static UserRecord asFixtureRecord(UserRecord user) {
    return user(RawJson.rendered(out -> MergeJson.user(out, user)), user.createdMicros());
  }

  /**
   * A contact added to a fixture's data set, before its fields are set: Merge's contact with no
   * values, and an empty remote field of each of the fixture's classes.
   */
  public static ObjectNode blank(String id, String remoteId, long now, CrmData data) {
    ObjectNode node = empty(id, remoteId, now);
    node.putNull("last_activity_at");
    node.put("remote_created_at", Times.merge(now));
    node.put("remote_was_deleted", false);
    node.putNull("field_mappings");
    node.putNull("remote_data");
    ArrayNode fields = node.putArray("remote_fields");
    for (FieldClass fieldClass : data.schema().classes()) {
      ObjectNode field = fields.addObject();
      field.set("remote_field_class", fieldClass.raw());
      field.set("value", FixtureValues.json(null, fieldClass.type(), true));
    }
    return node;
  }

  /** A shell contact added to a fixture's data set: ids and metadata only. */
  public static ObjectNode shell(String id, String remoteId, long now) {
    ObjectNode node = empty(id, remoteId, now);
    node.putNull("remote_created_at");
    node.put("remote_was_deleted", false);
    node.putArray("remote_fields");
    return node;
  }

  /** The keys a new contact starts with, in Merge's order: ids, timestamps, no name, no links. */
  private static ObjectNode empty(String id, String remoteId, long now) {
    ObjectNode node = RawJson.NODES.objectNode();
    node.put("id", id);
    node.put("remote_id", remoteId);
    node.put("created_at", Times.merge(now));
    node.put("modified_at", Times.merge(now));
    for (String field : List.of("first_name", "last_name", "account", "owner")) {
      node.putNull(field);
    }
    node.putArray("addresses");
    node.putArray("email_addresses");
    node.putArray("phone_numbers");
    return node;
  }

  /**
   * After an account or user ({@code field} {@code account} or {@code owner}) was renamed: the
   * copies of it that fixture contacts (and, for a user, fixture accounts) hold expanded are
   * renamed too, without moving those records' own {@code modified_at}, as Merge links them by id.
   */
  public static void renameExpanded(
      CrmData data, String field, String id, String name, long modified) {
    updateExpanded(data, field, id, link -> RawJson.renamed(link, name, modified));
  }

  /**
   * Changes, with {@code edit}, the copies of an account or user that fixture contacts (and, for a
   * user, fixture accounts) hold expanded, without moving those records' own {@code modified_at}.
   */
  static void updateExpanded(
      CrmData data, String field, String id, UnaryOperator<ObjectNode> edit) {
    ContactStore contacts = data.contacts();
    for (int i = 0; i < contacts.size(); i++) {
      ContactRecord contact = contacts.record(i);
      ObjectNode changed = changedLink(contact.raw(), field, id, edit);
      if (changed != null) {
        contacts.replace(i, record(changed, contact.createdMicros()));
      }
    }
    if (field.equals("owner")) {
      for (AccountRecord account : List.copyOf(data.accounts())) {
        ObjectNode changed = changedLink(account.raw(), field, id, edit);
        if (changed != null) {
          data.putAccount(
              RawAccounts.account(changed, account.createdMicros(), data.accountSchema()));
        }
      }
    }
  }

  private static ObjectNode changedLink(
      ObjectNode raw, String field, String id, UnaryOperator<ObjectNode> edit) {
    JsonNode link = raw == null ? null : raw.get(field);
    if (link == null || !link.isObject() || !id.equals(RawJson.text(link, "id"))) {
      return null;
    }
    ObjectNode copy = raw.deepCopy();
    copy.set(field, edit.apply((ObjectNode) link));
    return copy;
  }

  /** Writes a fixture contact for a request with {@code view}. */
  public static void write(
      JsonGenerator out, ContactRecord contact, ContactView view, CrmLookup lookup)
      throws IOException {
    out.writeStartObject();
    for (Map.Entry<String, JsonNode> field : contact.raw().properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      switch (name) {
        case "account":
          out.writeFieldName(name);
          link(
              out,
              value,
              view.expandAccount(),
              lookup::account,
              account -> expandedAccount(out, account, lookup));
          break;
        case "owner":
          out.writeFieldName(name);
          link(out, value, view.expandOwner(), lookup::user, user -> expandedUser(out, user));
          break;
        default:
          optionalPart(out, name, value, view.remoteFields(), view.remoteData());
      }
    }
    out.writeEndObject();
  }

  /** Writes a fixture account as {@code GET /accounts} answers it. */
  public static void writeAccount(
      JsonGenerator out,
      AccountRecord account,
      boolean expandOwner,
      boolean remoteFields,
      boolean remoteData,
      CrmLookup lookup)
      throws IOException {
    out.writeStartObject();
    for (Map.Entry<String, JsonNode> field : account.raw().properties()) {
      if (field.getKey().equals("owner")) {
        out.writeFieldName("owner");
        link(out, field.getValue(), expandOwner, lookup::user, user -> expandedUser(out, user));
      } else {
        optionalPart(out, field.getKey(), field.getValue(), remoteFields, remoteData);
      }
    }
    out.writeEndObject();
  }

  /** Writes a fixture user as {@code GET /users} answers it. */
  public static void writeUser(
      JsonGenerator out, UserRecord user, boolean remoteFields, boolean remoteData)
      throws IOException {
    out.writeStartObject();
    for (Map.Entry<String, JsonNode> field : user.raw().properties()) {
      optionalPart(out, field.getKey(), field.getValue(), remoteFields, remoteData);
    }
    out.writeEndObject();
  }

  /**
   * The email addresses of a fixture contact, as Merge's {@code email_addresses} filter sees them.
   */
  public static List<String> emails(ObjectNode raw) {
    return texts(raw.get("email_addresses"), "email_address");
  }

  /** The phone numbers of a fixture contact, as Merge's {@code phone_numbers} filter sees them. */
  public static List<String> phones(ObjectNode raw) {
    return texts(raw.get("phone_numbers"), "phone_number");
  }

  /**
   * {@code remote_fields} and {@code remote_data} go out only when asked for, as Merge sends them.
   */
  private static void optionalPart(
      JsonGenerator out, String name, JsonNode value, boolean remoteFields, boolean remoteData)
      throws IOException {
    if (name.equals("remote_fields") && !remoteFields) {
      return;
    }
    out.writeFieldName(name);
    if (name.equals("remote_data") && !remoteData) {
      out.writeNull();
    } else {
      RawJson.write(out, value);
    }
  }

  private interface Expander<T> {
    void write(T record) throws IOException;
  }

  /**
   * A link to an account or user: with {@code expand}, an id the data set knows becomes that
   * record, and an expanded record stays as the fixture holds it; without, an expanded record
   * becomes its id. Anything else goes out as given.
   */
  private static <T> void link(
      JsonGenerator out,
      JsonNode value,
      boolean expand,
      Function<String, T> lookup,
      Expander<T> expander)
      throws IOException {
    if (value.isTextual() && expand) {
      T record = lookup.apply(value.textValue());
      if (record != null) {
        expander.write(record);
        return;
      }
    } else if (value.isObject() && !expand) {
      JsonNode id = value.get("id");
      RawJson.write(out, id == null ? RawJson.NODES.nullNode() : id);
      return;
    }
    RawJson.write(out, value);
  }

  /** An account expanded inside a contact, which never carries the account's remote fields. */
  private static void expandedAccount(JsonGenerator out, AccountRecord account, CrmLookup lookup)
      throws IOException {
    if (account.raw() == null) {
      MergeJson.account(out, account, false, false, false, lookup);
      return;
    }
    RawJson.writeWithout(out, account.raw(), "remote_fields");
  }

  private static void expandedUser(JsonGenerator out, UserRecord user) throws IOException {
    if (user.raw() == null) {
      MergeJson.user(out, user);
      return;
    }
    RawJson.writeWithout(out, user.raw(), "remote_fields");
  }

  private static List<String> texts(JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    if (list instanceof ArrayNode array) {
      for (JsonNode item : array) {
        String text = RawJson.text(item, field);
        if (text != null) {
          out.add(text);
        }
      }
    }
    return out;
  }

  private static boolean isNull(JsonNode node) {
    return node == null || node.isNull();
  }
}
