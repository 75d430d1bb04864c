package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.PicklistChoice;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fixture format back into records. Contacts are read one at a time when the field
 * classes come first (as {@link FixtureWriter} writes them); otherwise they wait until the end.
 * Contacts are read as Merge returns them: {@code account} and {@code owner} as ids or expanded
 * objects, remote field classes as objects or ids, multipicklists as lists or {@code ;} strings.
 * Accounts are read with their remote fields once every account class is known: those listed in
 * {@code accountRemoteFieldClasses} and those embedded in the accounts. An account listed in
 * {@code accounts} wins over the same account expanded inside a contact, which carries no remote
 * fields.
 */
public final class FixtureReader {
  /** Reads numbers exactly, so a currency value keeps its scale (12.50 stays 12.50). */
  private static final ObjectMapper EXACT = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();

  private final Clock clock;
  private FieldSchema schema;
  private final List<UserRecord> users = new ArrayList<>();
  private final List<AccountRecord> accounts = new ArrayList<>();
  private final List<JsonNode> listedAccounts = new ArrayList<>();
  private final List<FieldClass> accountClasses = new ArrayList<>();
  private final List<ContactRecord> contacts = new ArrayList<>();
  private final List<JsonNode> pending = new ArrayList<>();
  private final List<FieldClass> fieldClasses = new ArrayList<>();
  private final Set<String> accountIds = new HashSet<>();
  private final Set<String> userIds = new HashSet<>();
  private long seed = 0x5eedL;

  private FixtureReader(Clock clock) {
    this.clock = clock;
  }

  public static CrmData read(InputStream stream, Clock clock) throws IOException {
    return new FixtureReader(clock).parse(stream);
  }

  private CrmData parse(InputStream stream) throws IOException {
    try (JsonParser in = EXACT.createParser(stream)) {
      in.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      expect(in.nextToken(), JsonToken.START_OBJECT, "a fixture is one JSON object");
      while (in.nextToken() == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        expect(in.nextToken(), JsonToken.START_ARRAY, name + " must be an array");
        while (in.nextToken() == JsonToken.START_OBJECT) {
          JsonNode node = in.readValueAsTree();
          item(name, node);
        }
      }
    }
    if (schema == null) {
      if (fieldClasses.isEmpty()) {
        throw new IllegalArgumentException("a fixture needs contactRemoteFieldClasses");
      }
      schema = schema(fieldClasses);
    }
    for (JsonNode node : pending) {
      contacts.add(contact(node));
    }
    FieldSchema accountSchema = accountSchema();
    List<AccountRecord> all = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (JsonNode node : listedAccounts) {
      AccountRecord account = account(node, accountSchema);
      if (listed.add(account.id())) {
        all.add(account);
      }
    }
    for (AccountRecord expanded : accounts) {
      if (listed.add(expanded.id())) {
        all.add(expanded);
      }
    }
    ContactStore store = new ContactStore(null);
    CrmData data = new CrmData(seed, clock, schema, accountSchema, store, all, users);
    for (ContactRecord contact : contacts) {
      store.append(contact);
    }
    return data;
  }

  private void item(String name, JsonNode node) {
    switch (name) {
      case "contactRemoteFieldClasses":
        if (schema != null) {
          throw new IllegalArgumentException("contactRemoteFieldClasses must come once, before contacts");
        }
        fieldClasses.add(fieldClass(node));
        break;
      case "users":
        addUser(user(node));
        break;
      case "accountRemoteFieldClasses":
        accountClasses.add(fieldClass(node));
        break;
      case "accounts":
        listedAccounts.add(node);
        break;
      case "contacts":
        seed = Ids.mix(seed ^ node.path("id").asText().hashCode());
        if (schema == null && !fieldClasses.isEmpty()) {
          schema = schema(fieldClasses);
        }
        if (schema != null) {
          contacts.add(contact(node));
        } else {
          pending.add(node);
        }
        break;
      default:
        throw new IllegalArgumentException("unknown fixture key " + name
            + "; a fixture holds contacts, accounts, users, contactRemoteFieldClasses and"
            + " accountRemoteFieldClasses");
    }
  }

  /**
   * The fixture's classes, plus Salesforce's standard class for each field Merge maps onto its
   * common model that the fixture leaves out, so names, address, email and phones survive.
   */
  private static FieldSchema schema(List<FieldClass> listed) {
    List<FieldClass> classes = new ArrayList<>(listed);
    Set<String> names = new HashSet<>();
    listed.forEach(c -> names.add(c.apiName()));
    for (FieldDescriptor descriptor : StandardContactFields.descriptors()) {
      if (StandardContactFields.COMMON_MODEL.contains(descriptor.apiName())
          && names.add(descriptor.apiName())) {
        classes.add(StandardContactFields.fieldClass(0, descriptor));
      }
    }
    return new FieldSchema(classes);
  }

  /** The listed account classes, then those embedded in accounts that the list lacks. */
  private FieldSchema accountSchema() {
    List<FieldClass> classes = new ArrayList<>(accountClasses);
    Set<String> names = new HashSet<>();
    classes.forEach(c -> names.add(c.apiName()));
    for (JsonNode account : listedAccounts) {
      for (JsonNode remote : account.path("remote_fields")) {
        JsonNode fieldClass = remote.path("remote_field_class");
        if (fieldClass.isObject() && names.add(fieldClass.path("remote_key_name").asText(""))) {
          classes.add(fieldClass(fieldClass));
        }
      }
    }
    return new FieldSchema(classes);
  }

  private void addAccount(AccountRecord account) {
    if (accountIds.add(account.id())) {
      accounts.add(account);
    }
  }

  private void addUser(UserRecord user) {
    if (userIds.add(user.id())) {
      users.add(user);
    }
  }

  static FieldClass fieldClass(JsonNode node) {
    String apiName = node.path("remote_key_name").asText("");
    String label = node.path("display_name").asText("");
    List<PicklistChoice> choices = new ArrayList<>();
    JsonNode items = node.path("item_schema").path("item_choices");
    choices(node.path("field_choices"), choices);
    choices(items, choices);
    FieldType type = FieldClass.typeOf(node.path("field_type").asText(null),
        node.path("field_format").asText(null), !choices.isEmpty());
    FieldDescriptor descriptor = FieldDescriptor.builder()
        .apiName(apiName)
        .label(label.isBlank() ? apiName : label)
        .type(type)
        .custom(node.path("is_custom").asBoolean(apiName.endsWith("__c")))
        .choices(choices)
        .build();
    String description = node.path("description").isTextual() ? node.path("description").asText() : null;
    return new FieldClass(node.path("id").asText(), descriptor,
        node.path("is_common_model_field").asBoolean(false), node.path("is_required").asBoolean(false),
        description);
  }

  private static void choices(JsonNode list, List<PicklistChoice> out) {
    for (JsonNode choice : list) {
      if (choice.isTextual()) {
        out.add(PicklistChoice.of(choice.asText()));
      } else {
        String value = choice.path("value").asText("");
        String label = choice.path("display_name").asText(value);
        out.add(PicklistChoice.of(value, label.isBlank() ? value : label));
      }
    }
  }

  private UserRecord user(JsonNode node) {
    long now = Times.nowMicros(clock);
    return new UserRecord(node.path("id").asText(), text(node, "remote_id"), text(node, "name"),
        text(node, "email"), node.path("is_active").asBoolean(true), micros(node, "created_at", now),
        micros(node, "modified_at", now), node.path("remote_was_deleted").asBoolean(false));
  }

  /** An account with its remote fields, typed by {@code accountSchema}. */
  private AccountRecord account(JsonNode node, FieldSchema accountSchema) {
    Map<String, Object> fields = new HashMap<>();
    for (JsonNode remote : node.path("remote_fields")) {
      JsonNode fieldClass = remote.path("remote_field_class");
      int index = fieldClass.isTextual() ? accountSchema.indexOfClassId(fieldClass.asText())
          : accountSchema.indexOf(fieldClass.path("remote_key_name").asText(""));
      if (index < 0) {
        throw new IllegalArgumentException("account " + node.path("id").asText()
            + " has a remote field of a class the fixture does not list: " + fieldClass);
      }
      Object value = value(accountSchema.get(index).type(), remote.path("value"));
      if (value != null) {
        fields.put(accountSchema.get(index).apiName(), value);
      }
    }
    AccountRecord account = account(node);
    return account.withFields(fields, account.modifiedMicros());
  }

  /** An account as a contact expands it: no remote fields. */
  private AccountRecord account(JsonNode node) {
    long now = Times.nowMicros(clock);
    JsonNode owner = node.path("owner");
    JsonNode employees = node.path("number_of_employees");
    return new AccountRecord(node.path("id").asText(), text(node, "remote_id"), text(node, "name"),
        owner.isObject() ? owner.path("id").asText() : text(node, "owner"), text(node, "industry"),
        text(node, "website"), employees.isNumber() ? employees.asInt() : null,
        text(node, "description"), micros(node, "created_at", now), micros(node, "modified_at", now),
        micros(node, "remote_created_at", now), node.path("remote_was_deleted").asBoolean(false),
        Map.of());
  }

  private ContactRecord contact(JsonNode node) {
    long now = Times.nowMicros(clock);
    Object[] values = new Object[schema.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = schema.get(i).type() == FieldType.CHECKBOX ? Boolean.FALSE : null;
    }
    boolean anyField = false;
    for (JsonNode remote : node.path("remote_fields")) {
      JsonNode fieldClass = remote.path("remote_field_class");
      int index = fieldClass.isTextual() ? schema.indexOfClassId(fieldClass.asText())
          : schema.indexOf(fieldClass.path("remote_key_name").asText(""));
      if (index < 0) {
        throw new IllegalArgumentException("contact " + node.path("id").asText()
            + " has a remote field of a class the fixture does not list: " + fieldClass);
      }
      String apiName = schema.get(index).apiName();
      if (!apiName.equals("AccountId") && !apiName.equals("OwnerId")) {
        values[index] = value(schema.get(index).type(), remote.path("value"));
      }
      anyField = true;
    }
    fallBackToCommonModel(node, values);
    String accountId = reference(node.path("account"));
    String ownerId = reference(node.path("owner"));
    if (node.path("account").isObject()) {
      addAccount(account(node.path("account")));
    }
    if (node.path("owner").isObject()) {
      addUser(user(node.path("owner")));
    }
    boolean shell = !anyField && node.path("first_name").isNull() && node.path("last_name").isNull()
        && accountId == null && ownerId == null && node.path("remote_created_at").isNull();
    long created = micros(node, "created_at", now);
    return new ContactRecord(node.path("id").asText(), text(node, "remote_id"), created,
        micros(node, "modified_at", now), micros(node, "remote_created_at", created), accountId,
        ownerId, node.path("remote_was_deleted").asBoolean(false), shell, values);
  }

  /** Fills names, the mailing address, Email and phones from the common model when absent. */
  private void fallBackToCommonModel(JsonNode node, Object[] values) {
    setIfAbsent(values, "FirstName", node.path("first_name"));
    setIfAbsent(values, "LastName", node.path("last_name"));
    JsonNode address = node.path("addresses").path(0);
    if (address.isObject()) {
      String street = text(address, "street_1");
      String street2 = text(address, "street_2");
      if (street != null && street2 != null && !street2.isBlank()) {
        street = street + "\n" + street2;
      }
      setIfAbsent(values, "MailingStreet", street);
      setIfAbsent(values, "MailingCity", text(address, "city"));
      setIfAbsent(values, "MailingState", text(address, "state"));
      setIfAbsent(values, "MailingPostalCode", text(address, "postal_code"));
      setIfAbsent(values, "MailingCountry", text(address, "country"));
    }
    setIfAbsent(values, "Email", node.path("email_addresses").path(0).path("email_address"));
    for (JsonNode phone : node.path("phone_numbers")) {
      String type = phone.path("phone_number_type").asText("");
      for (String[] field : StandardContactFields.PHONE_TYPES) {
        if (field[1].equalsIgnoreCase(type)) {
          setIfAbsent(values, field[0], phone.path("phone_number"));
        }
      }
    }
  }

  private void setIfAbsent(Object[] values, String apiName, JsonNode value) {
    setIfAbsent(values, apiName, value.isTextual() ? value.asText() : null);
  }

  private void setIfAbsent(Object[] values, String apiName, String value) {
    int index = schema.indexOf(apiName);
    if (index >= 0 && values[index] == null && value != null) {
      values[index] = value;
    }
  }

  /**
   * A value typed as its field, or, when it does not read as that type (an impossible date, a
   * date and time in a date field, text in a checkbox or a number field), its text as given, which
   * the fake then serves as given: hand-kept orgs hold such values.
   */
  private static Object value(FieldType type, JsonNode value) {
    if (value.isNull() || value.isMissingNode()) {
      return type == FieldType.CHECKBOX ? Boolean.FALSE : null;
    }
    String text = value.asText();
    switch (type) {
      case CHECKBOX:
        return value.isBoolean() ? value.asBoolean()
            : text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                ? Boolean.valueOf(text) : text;
      case DATE:
        try {
          return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
          return text;
        }
      case DATETIME:
        try {
          return Times.parse(text);
        } catch (RuntimeException e) {
          return text;
        }
      case NUMBER:
        if (value.isNumber()) {
          return value.decimalValue();
        }
        try {
          return new BigDecimal(text);
        } catch (NumberFormatException e) {
          return text;
        }
      case MULTIPICKLIST:
        if (value.isArray()) {
          StringBuilder joined = new StringBuilder();
          value.forEach(item -> joined.append(joined.length() == 0 ? "" : ";").append(item.asText()));
          return joined.toString();
        }
        return value.asText();
      default:
        return value.asText();
    }
  }

  private static String reference(JsonNode node) {
    if (node.isObject()) {
      return node.path("id").asText(null);
    }
    return node.isTextual() ? node.asText() : null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }

  private static long micros(JsonNode node, String field, long absent) {
    JsonNode value = node.path(field);
    return value.isTextual() ? Times.micros(Times.parse(value.asText())) : absent;
  }

  private static void expect(JsonToken token, JsonToken wanted, String message) {
    if (token != wanted) {
      throw new IllegalArgumentException(message);
    }
  }
}
