package ai.levitate.sf.merge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.merge.internal.http.UnusableBodyException;
import ai.levitate.sf.merge.internal.wire.ContactRecord;
import ai.levitate.sf.merge.internal.wire.ContactRecord.RemoteField;
import ai.levitate.sf.merge.internal.wire.ContactRecordPage;
import ai.levitate.sf.merge.internal.wire.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ContactPageReaderTest {
  @Test
  void keepsOfAnEmbeddedClassOnlyTheKeysTheClientReads() throws IOException {
    ContactRecord record =
        record(
            "{\"id\": \"m1\", \"remote_fields\": [{\"remote_field_class\": {\"id\": \"cls-1\","
                + " \"display_name\": \"Salutation\", \"remote_key_name\": \"Salutation\","
                + " \"description\": \"How to greet\", \"is_custom\": false,"
                + " \"is_common_model_field\": false, \"is_required\": false, \"field_type\":"
                + " \"string\", \"field_format\": \"select\", \"field_choices\": [{\"value\":"
                + " \"Dr.\", \"display_name\": \"Dr.\"}], \"item_schema\": null}, \"value\":"
                + " \"Dr.\"}]}");

    assertThat(record.remoteFields())
        .containsExactly(
            new RemoteField(
                true,
                "cls-1",
                "Salutation",
                false,
                "string",
                "select",
                true,
                TextNode.valueOf("Dr.")));
  }

  @Test
  void readsAClassGivenAsAnIdAndLeavesOutEntriesThatNameNoClass() throws IOException {
    ContactRecord record =
        record(
            "{\"remote_fields\": [{\"value\": 1, \"remote_field_class\": \"cls-2\"},"
                + " {\"remote_field_class\": null, \"value\": \"a\"}, {\"remote_field_class\": 7},"
                + " {\"remote_field_class\": [\"cls-3\"]}, {\"value\": \"b\"}, \"cls-4\", [{}],"
                + " {\"remote_field_class\": \"cls-5\"}]}");

    assertThat(record.remoteFields())
        .containsExactly(
            RemoteField.byId("cls-2", Json.mapper().readTree("1")),
            RemoteField.byId("cls-5", null));
  }

  @Test
  void choicesSayWhetherTheChoicesHoldAnything() throws IOException {
    List<String> shapes =
        List.of("[]", "[{\"value\": \"a\"}]", "{}", "{\"a\": 1}", "\"x\"", "null", "[[]]");

    List<Boolean> choices = new ArrayList<>();
    for (String shape : shapes) {
      choices.add(onlyField("{\"field_choices\": " + shape + "}").choices());
    }

    assertThat(choices).containsExactly(false, true, false, true, false, false, true);
  }

  @Test
  void readsTheKeysOfAClassAsTheTreeReadThem() throws IOException {
    RemoteField odd =
        onlyField(
            "{\"remote_key_name\": 7, \"is_custom\": \"true\", \"field_type\": {}, \"field_format\":"
                + " null, \"unknown\": {\"id\": \"no\"}}");
    RemoteField twice = onlyField("{\"id\": \"a\", \"remote_key_name\": \"A\", \"id\": \"b\"}");

    assertThat(odd).isEqualTo(new RemoteField(true, "", "7", true, "", null, false, null));
    assertThat(twice.classId()).isEqualTo("b");
  }

  @Test
  void keepsValuesOfEveryShapeAsTheMappersTrees() throws IOException {
    String[] values = {
      "null",
      "true",
      "0",
      "-0",
      "2147483648",
      "123456789012345678901234567890",
      "1.50",
      "1e5",
      "-2.5E-3",
      "\"\"",
      "\"caf\\u00e9\"",
      "[[1, 2], {\"a\": [3, 1.0]}]",
      "{\"k\": 1, \"k\": 2}",
      "[]"
    };
    for (String value : values) {
      JsonNode mapper = Json.mapper().readTree(value);
      JsonNode read;
      try (JsonParser p = Json.mapper().createParser(value)) {
        p.nextToken();
        read = ContactPageReader.node(p);
      }

      assertThat(describe(read)).as(value).isEqualTo(describe(mapper));
    }
  }

  @Test
  void aGarbledRecordAmongGoodOnesStaysOnItsOwn() throws IOException {
    ContactRecordPage page =
        page(
            "{\"results\": [{\"id\": \"m1\", \"contact_url\": \"u\", \"first_name\": \"Ada\"},"
                + " \"m2\", {\"id\": \"m3\", \"first_name\": {\"x\": [1]}, \"remote_fields\": 7},"
                + " {\"id\": \"m4\"}], \"next\": \"c2\"}");

    assertThat(page.results()).hasSize(4);
    assertThat(page.results().get(0).fields().toString())
        .isEqualTo("{\"id\":\"m1\",\"first_name\":\"Ada\"}");
    assertThat(page.results().get(1).object()).isFalse();
    assertThat(page.results().get(2).fields().toString())
        .isEqualTo("{\"id\":\"m3\",\"first_name\":{\"x\":[1]}}");
    assertThat(page.results().get(2).remoteFieldsNotList()).isTrue();
    assertThat(page.results().get(3).fields().path("id").asText()).isEqualTo("m4");
    assertThat(page.next()).contains("c2");
  }

  @Test
  void aBodyThatIsNoPageIsUnusable() {
    assertThatThrownBy(() -> page(""))
        .isInstanceOf(UnusableBodyException.class)
        .hasMessage("an empty body where JSON was expected");
    assertThatThrownBy(() -> page("[{\"id\": \"m1\"}]"))
        .isInstanceOf(UnusableBodyException.class)
        .hasMessage("JSON that is not a page object");
    assertThatThrownBy(() -> page("{\"results\": {\"id\": \"m1\"}, \"next\": null}"))
        .isInstanceOf(UnusableBodyException.class)
        .hasMessage("a page whose results are not a list");
  }

  @Test
  void jsonTheParserRejectsAnywhereFailsThePageEvenInSkippedParts() {
    // The broken part is in a class's description, which is not kept: the tree failed on it too.
    assertThatThrownBy(
            () ->
                page(
                    "{\"results\": [{\"id\": \"m1\", \"remote_fields\": [{\"remote_field_class\":"
                        + " {\"description\": \"a\" \"b\"}}]}]}"))
        .isInstanceOf(JsonProcessingException.class);
    // Results that are not a list, then broken JSON: the JSON's failure, as the tree's was.
    assertThatThrownBy(() -> page("{\"results\": {}, \"next\": ]"))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void readsOneContactsAnswer() throws IOException {
    ContactRecord record =
        ContactPageReader.record(
            "{\"id\": \"m1\", \"account\": \"a1\", \"remote_data\": [{\"data\": {\"X\": 1}}]}"
                .getBytes(StandardCharsets.UTF_8));
    ContactRecord notObject = ContactPageReader.record("[1]".getBytes(StandardCharsets.UTF_8));

    assertThat(record.account()).isEqualTo(TextNode.valueOf("a1"));
    assertThat(record.remoteData()).hasToString("[{\"data\":{\"X\":1}}]");
    assertThat(notObject.object()).isFalse();
  }

  private static RemoteField onlyField(String remoteClass) throws IOException {
    ContactRecord record =
        record("{\"remote_fields\": [{\"remote_field_class\": " + remoteClass + "}]}");
    assertThat(record.remoteFields()).hasSize(1);
    return record.remoteFields().get(0);
  }

  private static ContactRecord record(String json) throws IOException {
    return page("{\"results\": [" + json + "]}").results().get(0);
  }

  private static ContactRecordPage page(String json) throws IOException {
    return ContactPageReader.page(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A tree with each node's class, so that 1.50 and 1.5 or an int and a long differ. */
  private static String describe(JsonNode node) {
    StringBuilder out = new StringBuilder(node.getClass().getSimpleName()).append(':');
    if (node.isContainerNode()) {
      node.properties()
          .forEach(
              e -> out.append(e.getKey()).append('=').append(describe(e.getValue())).append(','));
      if (node.isArray()) {
        node.forEach(e -> out.append(describe(e)).append(','));
      }
    } else {
      out.append(node.toString());
    }
    return out.toString();
  }
}
