package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.PicklistChoice;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fixture format ({@code contactRemoteFieldClasses}, {@code accountRemoteFieldClasses},
 * {@code users}, {@code accounts}, {@code contacts}), keeping every record as the fixture's JSON:
 * what Merge could send is taken as it is (any JSON value in a remote field, keys in any order,
 * keys Merge may add, missing or empty lists, timestamps that cannot be read), and what cannot be a
 * fixture at all (not JSON, not one object, a list that is not a list of objects, a record without
 * an {@code id}, two records with one id) is refused with an {@link IllegalArgumentException}
 * naming where and what.
 *
 * <p>Contacts are read one at a time; field class objects embedded in many contacts, and expanded
 * accounts and owners, are held once.
 */
public final class FixtureReader {
  private static final List<String> LISTS =
      List.of(
          "contactRemoteFieldClasses",
          "accountRemoteFieldClasses",
          "users",
          "accounts",
          "contacts");

  private final Clock clock;
  private final String source;
  private final long now;
  private final List<ObjectNode> classes = new ArrayList<>();
  private final List<ObjectNode> accountClasses = new ArrayList<>();
  private final Map<String, UserRecord> users = new LinkedHashMap<>();
  private final Map<String, ObjectNode> accounts = new LinkedHashMap<>();
  private final Map<String, ObjectNode> embeddedUsers = new LinkedHashMap<>();
  private final Map<String, ObjectNode> embeddedAccounts = new LinkedHashMap<>();
  private final List<ObjectNode> contacts = new ArrayList<>();
  private final Set<String> contactIds = new HashSet<>();
  private final Map<JsonNode, JsonNode> shared = new HashMap<>();
  private final Map<EntryKey, JsonNode> entries = new HashMap<>();
  private long seed = 0x5eedL;

  private FixtureReader(Clock clock, String source) {
    this.clock = clock;
    this.source = source;
    this.now = Times.nowMicros(clock);
  }

  /**
   * Reads a fixture; {@code source} names it in messages (a file name, or {@code "the fixture"}).
   *
   * @throws IllegalArgumentException when the text cannot be a fixture, naming the place and why
   */
  public static CrmData read(InputStream stream, Clock clock, String source) throws IOException {
    return new FixtureReader(clock, source).parse(stream);
  }

  private CrmData parse(InputStream stream) throws IOException {
    try (JsonParser in = RawJson.EXACT.createParser(stream)) {
      in.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      JsonToken first = in.nextToken();
      if (first == null) {
        throw refused("the file is empty; a fixture is one JSON object");
      }
      if (first != JsonToken.START_OBJECT) {
        throw refused(at(in) + ": a fixture is one JSON object, not " + what(first));
      }
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        JsonToken value = in.nextToken();
        if (!LISTS.contains(name) || value == JsonToken.VALUE_NULL) {
          in.skipChildren();
          continue;
        }
        if (value != JsonToken.START_ARRAY) {
          throw refused(at(in) + ": " + name + " must be a list of records, not " + what(value));
        }
        int index = 0;
        for (JsonToken item = in.nextToken(); item != JsonToken.END_ARRAY; item = in.nextToken()) {
          String place = name + "[" + index + "] (" + at(in) + ")";
          if (item != JsonToken.START_OBJECT) {
            throw refused(place + " is not a JSON object but " + what(item));
          }
          item(name, place, (ObjectNode) in.readValueAsTree());
          index++;
        }
      }
      if (in.nextToken() != null) {
        throw refused(at(in) + ": more follows the fixture's object; a fixture is one JSON object");
      }
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String reason = e.getOriginalMessage();
      // Jackson adds where an unclosed object began, with a redacted source: the place is given.
      int detail = reason.indexOf(" (for ");
      throw refused(
          "not JSON"
              + (where == null ? "" : " at " + at(where))
              + ": "
              + (detail > 0 ? reason.substring(0, detail) : reason));
    }
    return build();
  }

  private void item(String list, String place, ObjectNode node) {
    switch (list) {
      case "contactRemoteFieldClasses":
        classes.add(node);
        break;
      case "accountRemoteFieldClasses":
        accountClasses.add(node);
        break;
      case "users":
        String userId = id(place, node);
        if (users.put(userId, user(node)) != null) {
          throw refused(place + ": user id " + userId + " is listed twice");
        }
        break;
      case "accounts":
        String accountId = id(place, node);
        if (accounts.put(accountId, node) != null) {
          throw refused(place + ": account id " + accountId + " is listed twice");
        }
        break;
      default:
        String contactId = id(place, node);
        if (!contactIds.add(contactId)) {
          throw refused(place + ": contact id " + contactId + " is listed twice");
        }
        seed = Ids.mix(seed ^ contactId.hashCode());
        contacts.add(shareRepeatedParts(node));
    }
  }

  /**
   * One remote field, held once for all the contacts that have the very same one (most fields of
   * most contacts are empty), with its class held once for all: nodes are never changed in place,
   * so sharing them is safe. Key order counts: an entry is shared only with one written alike.
   */
  private JsonNode shared(ObjectNode entry) {
    JsonNode fieldClass = entry.get("remote_field_class");
    if (fieldClass == null) {
      return entry;
    }
    if (fieldClass.isObject() || fieldClass.isTextual()) {
      entry.set("remote_field_class", shared.computeIfAbsent(fieldClass, c -> c));
    }
    List<String> keys = new ArrayList<>();
    entry.fieldNames().forEachRemaining(keys::add);
    JsonNode value = entry.get("value");
    if (keys.size() != 2 || value == null || value.isContainerNode()) {
      return entry;
    }
    return entries.computeIfAbsent(
        new EntryKey(entry.get("remote_field_class"), value, keys.get(0).equals("value")),
        key -> entry);
  }

  /** A remote field by its (shared) class, its scalar value and its key order. */
  private record EntryKey(JsonNode fieldClass, JsonNode value, boolean valueFirst) {
    @Override
    public boolean equals(Object other) {
      return other instanceof EntryKey that
          && fieldClass == that.fieldClass
          && value.equals(that.value)
          && valueFirst == that.valueFirst
          && value.getNodeType() == that.value.getNodeType();
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(fieldClass) * 31 + value.hashCode();
    }
  }

  /**
   * The records, once every class is known. An account listed in {@code accounts} wins over the
   * same account expanded inside a contact, which carries no remote fields.
   */
  private CrmData build() {
    embeddedUsers.forEach((id, node) -> users.putIfAbsent(id, user(node)));
    embeddedAccounts.forEach(accounts::putIfAbsent);
    FieldSchema accountSchema = accountSchema();
    List<AccountRecord> accountRecords = new ArrayList<>();
    accounts
        .values()
        .forEach(node -> accountRecords.add(RawAccounts.account(node, now, accountSchema)));
    ContactStore store = new ContactStore(null);
    CrmData data =
        new CrmData(
            seed,
            clock,
            schema(classes),
            accountSchema,
            store,
            accountRecords,
            new ArrayList<>(users.values()),
            List.copyOf(classes),
            List.copyOf(accountClasses));
    for (ObjectNode contact : contacts) {
      store.append(RawContacts.record(contact, now));
    }
    return data;
  }

  /**
   * Embedded field classes, and expanded accounts and owners, repeat from contact to contact: each
   * distinct one is held once. An expanded account or owner that {@code accounts} or {@code users}
   * does not list is added to them, as Merge holds the records its contacts link to.
   */
  private ObjectNode shareRepeatedParts(ObjectNode contact) {
    JsonNode fields = contact.get("remote_fields");
    if (fields instanceof ArrayNode list) {
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i) instanceof ObjectNode entry) {
          list.set(i, shared(entry));
        }
      }
    }
    shareExpanded(contact, "account", embeddedAccounts);
    shareExpanded(contact, "owner", embeddedUsers);
    return contact;
  }

  /** An expanded account or owner of {@code contact}, held once and noted by its id. */
  private void shareExpanded(ObjectNode contact, String field, Map<String, ObjectNode> embedded) {
    JsonNode link = contact.get(field);
    if (link != null && link.isObject()) {
      JsonNode held = shared.computeIfAbsent(link, l -> l);
      contact.set(field, held);
      String id = RawJson.text(held, "id");
      if (id != null) {
        embedded.putIfAbsent(id, (ObjectNode) held);
      }
    }
  }

  /**
   * The fixture's classes as the fake types its fields: each class with an API name, the first of
   * classes that repeat one. No class is added: a fixture without classes (Merge's Launch plan, or
   * Merge's own example records) has none, and the client reads the common model alone.
   */
  private static FieldSchema schema(List<ObjectNode> listed) {
    List<FieldClass> typed = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ObjectNode node : listed) {
      FieldClass fieldClass = fieldClass(node);
      if (!fieldClass.apiName().isBlank() && names.add(fieldClass.apiName())) {
        typed.add(fieldClass);
      }
    }
    return new FieldSchema(typed);
  }

  /**
   * The fixture's Account classes, then the classes its accounts embed that the list lacks, each
   * API name once: the Account fields as the fake types them.
   */
  private FieldSchema accountSchema() {
    List<ObjectNode> all = new ArrayList<>(accountClasses);
    for (ObjectNode account : accounts.values()) {
      for (JsonNode field : account.path("remote_fields")) {
        JsonNode fieldClass = field.path("remote_field_class");
        if (fieldClass.isObject()) {
          all.add((ObjectNode) fieldClass);
        }
      }
    }
    return schema(all);
  }

  /** The class a remote field names: by id from {@code schema}, or the object it embeds. */
  static FieldClass classOf(JsonNode fieldClass, FieldSchema schema) {
    if (fieldClass.isTextual()) {
      int index = schema.indexOfClassId(fieldClass.textValue());
      return index < 0 ? null : schema.get(index);
    }
    if (fieldClass.isObject()) {
      int index = schema.indexOf(fieldClass.path("remote_key_name").asText("").strip());
      return index >= 0 ? schema.get(index) : fieldClass(fieldClass);
    }
    return null;
  }

  /** A class as the fake types it, from Merge's JSON of it. */
  public static FieldClass fieldClass(JsonNode node) {
    String apiName = node.path("remote_key_name").asText("").strip();
    String label = node.path("display_name").asText("");
    List<PicklistChoice> choices = new ArrayList<>();
    choices(node.path("field_choices"), choices);
    choices(node.path("item_schema").path("item_choices"), choices);
    FieldType type =
        FieldClass.typeOf(
            node.path("field_type").asText(null),
            node.path("field_format").asText(null),
            !choices.isEmpty());
    FieldDescriptor descriptor =
        FieldDescriptor.builder()
            .apiName(apiName)
            .label(label.isBlank() ? apiName : label)
            .type(type)
            .custom(node.path("is_custom").asBoolean(apiName.endsWith("__c")))
            .choices(
                type == FieldType.PICKLIST || type == FieldType.MULTIPICKLIST ? choices : List.of())
            .build();
    String description =
        node.path("description").isTextual() ? node.path("description").asText() : null;
    return new FieldClass(
        node.path("id").asText(""),
        descriptor,
        node.path("is_common_model_field").asBoolean(false),
        node.path("is_required").asBoolean(false),
        description,
        node.isObject() ? (ObjectNode) node : null);
  }

  private static void choices(JsonNode list, List<PicklistChoice> out) {
    for (JsonNode choice : list) {
      String value = choice.isValueNode() ? choice.asText("") : choice.path("value").asText("");
      if (value.isBlank()) {
        continue;
      }
      String label = choice.isObject() ? choice.path("display_name").asText(value) : value;
      out.add(PicklistChoice.of(value, label.isBlank() ? value : label));
    }
  }

  private UserRecord user(ObjectNode node) {
    return RawContacts.user(node, now);
  }

  /** The record's Merge id, which every record must have as a non-blank string. */
  private String id(String place, ObjectNode node) {
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      throw refused(place + " has no id");
    }
    if (!id.isTextual() || id.textValue().isBlank()) {
      throw refused(place + ": its id must be Merge's id as a string, was " + id);
    }
    return id.textValue();
  }

  private IllegalArgumentException refused(String why) {
    return new IllegalArgumentException(source + ": " + why);
  }

  private static String at(JsonParser in) {
    return at(in.currentTokenLocation());
  }

  private static String at(JsonLocation where) {
    return "line " + where.getLineNr() + ", column " + where.getColumnNr();
  }

  private static String what(JsonToken token) {
    switch (token) {
      case START_ARRAY:
        return "a list";
      case START_OBJECT:
        return "an object";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.name().toLowerCase(Locale.ROOT);
    }
  }
}
