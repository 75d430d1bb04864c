package ai.levitate.sf.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Adversarial JSON values and the places in a Merge contact to put them: wrong types, huge and tiny
 * numbers, impossible dates, control characters and broken surrogates, huge strings and lists, deep
 * nesting, class names for a polymorphic reader, and an echoed credential.
 */
final class HostileValues {
  private HostileValues() {}

  /** JSON text of each value, by name. */
  static Map<String, String> values() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("null", "null");
    v.put("empty text", "\"\"");
    v.put("blank text", "\"  \\t \"");
    v.put("zero", "0");
    v.put("negative number", "-1");
    v.put("30-digit integer", "123456789012345678901234567890");
    v.put("huge exponent", "1e999999999");
    v.put("tiny exponent", "-1.5e-999999999");
    v.put("decimal", "3.14");
    v.put("true", "true");
    v.put("false", "false");
    v.put("empty object", "{}");
    v.put("empty list", "[]");
    v.put("nested lists", "[[[1]]]");
    v.put("nested objects", "{\"a\": {\"b\": {\"c\": {}}}}");
    v.put("date 0000-00-00", "\"0000-00-00\"");
    v.put("date 2023-02-30", "\"2023-02-30\"");
    v.put("month 13", "\"2024-13-01\"");
    v.put("hour 24", "\"2024-02-29T24:00:00Z\"");
    v.put("year +999999999", "\"+999999999-01-01\"");
    v.put("nanoseconds", "\"9999-12-31T23:59:59.999999999Z\"");
    v.put("offset +25:00", "\"2024-01-01T00:00:00+25:00\"");
    v.put("control characters", "\"\\u0000\\u0007\\u001b[31mred\\r\\n\"");
    v.put("lone surrogate", "\"\\ud800\"");
    v.put("swapped surrogates", "\"\\udfff\\ud800\"");
    v.put("right-to-left override", "\"\\u202eexe.txt\"");
    v.put("emoji family", "\"\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\"");
    v.put("zero-width characters", "\"\\u200b\\u200d\\ufeff\"");
    v.put("markup", "\"<script>alert(1)</script>\"");
    v.put("lookup string", "\"${jndi:ldap://127.0.0.1/a}\"");
    v.put("format string", "\"%s%n%x%d\"");
    v.put("200 KB of text", "\"" + "x".repeat(200_000) + "\"");
    v.put("50,000 separators", "\"" + ";".repeat(50_000) + "\"");
    v.put("10,000 values", many(10_000));
    v.put("120 levels deep", "[".repeat(120) + "]".repeat(120));
    v.put("class name", "{\"@class\": \"java.lang.ProcessBuilder\", \"command\": [\"id\"]}");
    v.put("typed list", "[\"java.util.HashMap\", {}]");
    v.put("echoed account token", "\"" + Secrets.token("hostile") + "\"");
    return v;
  }

  /** Where in a contact to put them: its own fields, nested ones, and remote field values. */
  static List<String> paths() {
    List<String> paths =
        new ArrayList<>(
            List.of(
                "id",
                "remote_id",
                "first_name",
                "last_name",
                "created_at",
                "modified_at",
                "remote_created_at",
                "remote_was_deleted",
                "account",
                "owner",
                "addresses",
                "email_addresses",
                "phone_numbers",
                "remote_fields",
                "remote_data",
                "last_activity_at",
                "field_mappings",
                "account.name",
                "account.id",
                "owner.remote_id",
                "owner.is_active",
                "owner.email",
                "addresses[0].street_1",
                "email_addresses[0].email_address",
                "phone_numbers[0].phone_number",
                "remote_fields[0].remote_field_class"));
    for (String field :
        List.of(
            "Birthdate",
            "Anniversary__c",
            "DeceasedDate",
            "Deceased__c",
            "HasOptedOutOfEmail",
            "VIP__c",
            "Interests__c",
            "Client_Tier__c",
            "Nickname__c",
            "Title",
            "Net_Worth__c")) {
      paths.add("remote_fields[" + field + "]");
    }
    return paths;
  }

  private static String many(int count) {
    StringJoiner out = new StringJoiner(",", "[", "]");
    for (int i = 0; i < count; i++) {
      out.add("\"v" + i + "\"");
    }
    return out.toString();
  }
}
