package ai.levitate.sf.merge.internal.convert;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.merge.UnreadableRecord;
import ai.levitate.sf.merge.internal.ContactPageReader;
import ai.levitate.sf.merge.internal.http.UnusableBodyException;
import ai.levitate.sf.merge.internal.wire.ContactRecord;
import ai.levitate.sf.merge.internal.wire.ContactRecordPage;
import ai.levitate.sf.merge.internal.wire.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streamed reading of contact pages against the tree reading it replaced ({@link
 * TreeContactConverter}), over seeded pages of odd records: every record must come out as the same
 * contact or as unreadable with the same ids and reason, every page with the same cursor, and every
 * unusable page with the same message.
 */
final class StreamedContactsTest {
  private static final FieldModel MODEL =
      new FieldModel(
          FieldCatalog.of(
              FieldDescriptor.of("Title", "Title", FieldType.STRING),
              FieldDescriptor.of("Birthdate", "Birthdate", FieldType.DATE),
              FieldDescriptor.of("Deceased__c", "Deceased", FieldType.CHECKBOX),
              FieldDescriptor.of("Interests__c", "Interests", FieldType.MULTIPICKLIST),
              FieldDescriptor.of("Years__c", "Years", FieldType.NUMBER),
              FieldDescriptor.of("Met_At__c", "Met at", FieldType.DATETIME)),
          Map.of(
              "cls-title", "Title",
              "cls-birthdate", "Birthdate",
              "cls-deceased", "Deceased__c",
              "cls-interests", "Interests__c",
              "cls-years", "Years__c"));

  private static final String[] SCALARS = {
    "null",
    "true",
    "false",
    "0",
    "-0",
    "7",
    "2147483648",
    "-9223372036854775809",
    "123456789012345678901234567890",
    "1.50",
    "1e5",
    "-2.5E-3",
    "0.0",
    "\"\"",
    "\"  \"",
    "\"x\"",
    "\"Dr.\"",
    "\" Gold ; Silver;\"",
    "\"2024-05-01\"",
    "\"2024-05-01T10:00:00Z\"",
    "\"2024-05-01T10:00:00.123456+02:00\"",
    "\"not a date\"",
    "\"caf\\u00e9 \\\"q\\\"\\n\"",
    "\"\u00e9t\u00e9 \u4e2d\""
  };
  private static final String[] CONTAINERS = {
    "[]",
    "[1, \"a\", null]",
    "[[1, 2], [\"x\"]]",
    "[\"x\", {\"y\": 1}]",
    "{}",
    "{\"id\": \"acc-1\", \"name\": \"Acme\"}",
    "{\"a\": {\"b\": [1, {\"c\": null}]}}"
  };
  private static final String[] NAMES = {
    "Title", "Birthdate", "deceased__c", "Unknown__c", "Phone"
  };
  private static final String[] CLASS_IDS = {
    "cls-title", "cls-birthdate", "cls-deceased", "cls-interests", "cls-years", "cls-unknown"
  };

  @Test
  void readsEverySeededPageAsTheTreeReadingDid() {
    Random random = new Random(14);
    for (int i = 0; i < 3000; i++) {
      String page = page(random);
      assertThat(streamed(page)).as(page).isEqualTo(tree(page));
    }
  }

  @Test
  void aPageOfMergeShapedContactsReadsAsTheTreeReadingDid() {
    StringBuilder results = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      results.append(i == 0 ? "" : ", ").append(mergeShaped(i));
    }
    String page = "{\"next\": \"c2\", \"previous\": null, \"results\": [" + results + "]}";

    List<Object> streamed = streamed(page);

    assertThat(streamed).isEqualTo(tree(page)).hasSize(21);
    assertThat(streamed.subList(0, 20)).allMatch(SourceContact.class::isInstance);
  }

  @Test
  void aBodyCutAtAnyByteFailsAsTheTreeReadingDid() {
    byte[] page =
        ("{\"next\": \"c\u00e9\", \"results\": ["
                + mergeShaped(1)
                + ", \"x\", {\"id\": \"\u4e2d\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    for (int length = 0; length <= page.length; length++) {
      byte[] cut = java.util.Arrays.copyOf(page, length);

      assertThat(streamed(cut)).as("cut at %d", length).isEqualTo(tree(cut));
    }
  }

  private static List<Object> streamed(String page) {
    return streamed(page.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Object> tree(String page) {
    return tree(page.getBytes(StandardCharsets.UTF_8));
  }

  /** One page as the streamed reading sees it: each record's outcome, then the next cursor. */
  private static List<Object> streamed(byte[] page) {
    ContactConverter converter = new ContactConverter(MODEL);
    List<Object> outcomes = new ArrayList<>();
    ContactRecordPage read;
    try {
      read = ContactPageReader.page(page);
    } catch (UnusableBodyException e) {
      return List.of("unusable: " + e.getMessage());
    } catch (JsonProcessingException e) {
      return List.of("JSON the client cannot read: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    for (ContactRecord record : read.results()) {
      try {
        outcomes.add(converter.convert(record));
      } catch (RecordException e) {
        outcomes.add(Records.unreadable(record, e.getMessage()));
      }
    }
    outcomes.add(read.next());
    return outcomes;
  }

  /** The same page as the tree reading saw it (the old {@code MergeConverters.page}). */
  private static List<Object> tree(byte[] page) {
    TreeContactConverter converter = new TreeContactConverter(MODEL);
    JsonNode root;
    try {
      root = Json.mapper().readTree(page);
    } catch (JsonProcessingException e) {
      return List.of("JSON the client cannot read: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    if (root == null || root.isMissingNode()) {
      return List.of("unusable: an empty body where JSON was expected");
    }
    if (!root.isObject()) {
      return List.of("unusable: JSON that is not a page object");
    }
    JsonNode results = root.path("results");
    if (!results.isArray() && !results.isMissingNode() && !results.isNull()) {
      return List.of("unusable: a page whose results are not a list");
    }
    List<Object> outcomes = new ArrayList<>();
    for (JsonNode node : results) {
      try {
        outcomes.add(converter.convert(node));
      } catch (RecordException e) {
        UnreadableRecord unreadable = Records.unreadable(node, e.getMessage());
        outcomes.add(unreadable);
      }
    }
    JsonNode next = root.path("next");
    outcomes.add(
        next.isTextual() && !next.asText().isBlank()
            ? Optional.of(next.asText())
            : Optional.empty());
    return outcomes;
  }

  /** A contact the way Merge sends one: every class embedded in full, unknown keys everywhere. */
  private static String mergeShaped(int i) {
    return "{\"id\": \"m"
        + i
        + "\", \"remote_id\": \"003N"
        + i
        + "\", \"created_at\": \"2021-12-05T04:59:12.179833Z\", \"modified_at\":"
        + " \"2026-08-09T17:08:22.067669Z\", \"first_name\": \"Susan\", \"last_name\": \"Johnson\","
        + " \"account\": {\"id\": \"a1\", \"name\": \"Evergreen GmbH\", \"number_of_employees\":"
        + " 3682, \"field_mappings\": {\"organization_defined_targets\": {}}, \"remote_data\":"
        + " null}, \"owner\": {\"id\": \"u1\", \"name\": \"Harper Bianchi\", \"email\":"
        + " \"harper@advisors.example\", \"is_active\": true}, \"addresses\": [{\"street_1\": \"1043"
        + " Mill Dr\", \"street_2\": null, \"city\": \"San Francisco\", \"state\": \"CA\","
        + " \"postal_code\": \"94105\", \"country\": \"US\", \"address_type\": \"SHIPPING\"}],"
        + " \"email_addresses\": [{\"email_address\": \"susan@outlook.com\","
        + " \"email_address_type\": \"Work\"}], \"phone_numbers\": [{\"phone_number\": \"+44 20"
        + " 4810 2943\", \"phone_number_type\": \"Work\"}], \"last_activity_at\": null,"
        + " \"remote_created_at\": \"2021-12-04T21:54:59.376005Z\", \"contact_url\":"
        + " \"https://x.my.salesforce.com/003N\", \"remote_was_deleted\": false,"
        + " \"field_mappings\": {\"organization_defined_targets\": {}}, \"remote_data\": null,"
        + " \"remote_fields\": ["
        + embedded("cls-title", "Title", "string", "text", "[]", "\"Advisor\"")
        + ", "
        + embedded(
            "cls-interests",
            "Interests__c",
            "string",
            "multiselect",
            "[{\"value\": \"Golf\", \"display_name\": \"Golf\"}]",
            "\"Golf;Sailing\"")
        + ", "
        + embedded(
            "cls-birthdate", "Birthdate", "date", "date", "[]", "\"1970-02-0" + (i % 9 + 1) + "\"")
        + ", "
        + embedded("cls-other", "Region__c", "string", "select", "[{\"value\": \"NE\"}]", "\"NE\"")
        + "]}";
  }

  private static String embedded(
      String id, String name, String type, String format, String choices, String value) {
    return "{\"remote_field_class\": {\"id\": \""
        + id
        + "\", \"display_name\": \"Shown\", \"remote_key_name\": \""
        + name
        + "\", \"description\": \"\", \"is_custom\": "
        + name.endsWith("__c")
        + ", \"is_common_model_field\": false, \"is_required\": false, \"field_type\": \""
        + type
        + "\", \"field_format\": \""
        + format
        + "\", \"field_choices\": "
        + choices
        + ", \"item_schema\": null}, \"value\": "
        + value
        + "}";
  }

  private static String page(Random random) {
    int shape = random.nextInt(40);
    if (shape == 0) {
      return pick(random, SCALARS, CONTAINERS);
    }
    if (shape == 1) {
      return "";
    }
    StringBuilder json = new StringBuilder("{");
    List<String> keys = new ArrayList<>();
    keys.add(
        "\"results\": "
            + (shape == 2
                ? pick(random, SCALARS, CONTAINERS)
                : records(random, random.nextInt(6))));
    keys.add(
        "\"next\": " + (random.nextBoolean() ? "\"c" + random.nextInt(9) + "\"" : value(random)));
    keys.add("\"previous\": null");
    if (random.nextInt(10) == 0) {
      keys.add("\"results\": " + records(random, 1));
    }
    java.util.Collections.shuffle(keys, random);
    json.append(String.join(", ", keys)).append('}');
    if (shape == 3) {
      // A body cut short, or with a stray character: the whole page is unusable.
      return random.nextBoolean()
          ? json.substring(0, random.nextInt(json.length()))
          : json.insert(random.nextInt(json.length()), '}').toString();
    }
    return json.toString();
  }

  private static String records(Random random, int count) {
    List<String> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      records.add(random.nextInt(12) == 0 ? pick(random, SCALARS, CONTAINERS) : record(random, i));
    }
    return "[" + String.join(", ", records) + "]";
  }

  private static String record(Random random, int i) {
    List<String> keys = new ArrayList<>();
    keys.add("\"id\": " + (odd(random) ? value(random) : "\"m" + i + "\""));
    maybe(random, keys, "remote_id", "\"003N" + i + "\"");
    maybe(random, keys, "created_at", "\"2021-12-05T04:59:12.179833Z\"");
    maybe(random, keys, "modified_at", "\"2026-08-09T17:08:22Z\"");
    maybe(random, keys, "first_name", "\"Ada\"");
    maybe(random, keys, "last_name", "\"Lovelace\"");
    maybe(random, keys, "account", random.nextBoolean() ? "\"acc-1\"" : "{\"id\": \"a1\"}");
    maybe(random, keys, "owner", random.nextBoolean() ? "\"u-1\"" : "{\"id\": \"u1\"}");
    maybe(
        random,
        keys,
        "addresses",
        "[{\"street_1\": \"1 Main\", \"street_2\": "
            + (odd(random) ? value(random) : "null")
            + ", \"country\": \"US\", \"address_type\": \"Home\"}]");
    maybe(
        random,
        keys,
        "email_addresses",
        "[{\"email_address\": \"a@b.example\", \"email_address_type\": "
            + (odd(random) ? value(random) : "\"Work\"")
            + "}]");
    maybe(
        random,
        keys,
        "phone_numbers",
        "[{\"phone_number\": "
            + (odd(random) ? value(random) : "\"+1 415 555 0100\"")
            + ", \"phone_number_type\": \"Mobile\"}]");
    maybe(random, keys, "last_activity_at", "null");
    maybe(random, keys, "remote_created_at", "\"2021-12-04T21:54:59Z\"");
    maybe(random, keys, "remote_was_deleted", random.nextInt(8) == 0 ? "true" : "false");
    maybe(random, keys, "remote_fields", remoteFields(random));
    maybe(
        random,
        keys,
        "remote_data",
        "[{\"path\": \"/x\", \"data\": {\"attributes\": {}, \"Title\": "
            + value(random)
            + ", \"Extra__c\": "
            + value(random)
            + "}}]");
    maybe(random, keys, "contact_url", "\"https://x\"");
    maybe(random, keys, "field_mappings", "{\"organization_defined_targets\": {}}");
    if (random.nextInt(6) == 0) {
      keys.add(
          "\""
              + pick(random, new String[] {"id", "first_name", "remote_fields"})
              + "\": "
              + value(random));
    }
    java.util.Collections.shuffle(keys, random);
    return "{" + String.join(", ", keys) + "}";
  }

  private static String remoteFields(Random random) {
    List<String> entries = new ArrayList<>();
    for (int i = random.nextInt(6); i > 0; i--) {
      if (random.nextInt(15) == 0) {
        entries.add(value(random));
        continue;
      }
      List<String> keys = new ArrayList<>();
      int shape = random.nextInt(10);
      if (shape < 4) {
        keys.add("\"remote_field_class\": \"" + pick(random, CLASS_IDS) + "\"");
      } else if (shape < 9) {
        keys.add("\"remote_field_class\": " + fieldClass(random));
      } else if (random.nextBoolean()) {
        keys.add("\"remote_field_class\": " + value(random));
      }
      if (random.nextInt(8) != 0) {
        keys.add("\"value\": " + value(random));
      }
      maybe(random, keys, "remote_field_class_id", "\"x\"");
      java.util.Collections.shuffle(keys, random);
      entries.add("{" + String.join(", ", keys) + "}");
    }
    return "[" + String.join(", ", entries) + "]";
  }

  private static String fieldClass(Random random) {
    List<String> keys = new ArrayList<>();
    maybe(random, keys, "id", "\"" + pick(random, CLASS_IDS) + "\"");
    maybe(random, keys, "remote_key_name", "\"" + pick(random, NAMES) + "\"");
    maybe(random, keys, "display_name", "\"Shown\"");
    maybe(random, keys, "description", "\"\"");
    maybe(random, keys, "is_custom", random.nextBoolean() ? "true" : "false");
    maybe(
        random,
        keys,
        "field_type",
        "\"" + pick(random, new String[] {"string", "date", "boolean", "number"}) + "\"");
    maybe(
        random,
        keys,
        "field_format",
        "\"" + pick(random, new String[] {"text", "select", "multiselect", "checkbox"}) + "\"");
    maybe(
        random,
        keys,
        "field_choices",
        pick(random, new String[] {"[]", "[{\"value\": \"a\"}]", "{}", "{\"a\": 1}", "[[]]"}));
    maybe(random, keys, "item_schema", "null");
    if (random.nextInt(8) == 0) {
      keys.add("\"remote_key_name\": " + value(random));
    }
    java.util.Collections.shuffle(keys, random);
    return "{" + String.join(", ", keys) + "}";
  }

  /** Adds {@code "name": good} mostly, an odd value sometimes, or leaves the key out. */
  private static void maybe(Random random, List<String> keys, String name, String good) {
    int roll = random.nextInt(10);
    if (roll < 6) {
      keys.add("\"" + name + "\": " + good);
    } else if (roll < 8) {
      keys.add("\"" + name + "\": " + value(random));
    }
  }

  private static boolean odd(Random random) {
    return random.nextInt(10) == 0;
  }

  private static String value(Random random) {
    return random.nextInt(4) == 0 ? pick(random, CONTAINERS) : pick(random, SCALARS);
  }

  private static String pick(Random random, String[]... pools) {
    String[] pool = pools[random.nextInt(pools.length)];
    return pool[random.nextInt(pool.length)];
  }
}
