package ai.levitate.sf.merge.internal;

import ai.levitate.sf.merge.internal.http.UnusableBodyException;
import ai.levitate.sf.merge.internal.wire.ContactRecord;
import ai.levitate.sf.merge.internal.wire.ContactRecord.RemoteField;
import ai.levitate.sf.merge.internal.wire.ContactRecordPage;
import ai.levitate.sf.merge.internal.wire.Json;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Merge's contact answers token by token into {@link ContactRecord}s, keeping of each record
 * only what the client reads: a page of 100 contacts is mostly their embedded field classes (about
 * 45 per contact, each with its description and choices), of which it keeps five keys and whether
 * there are choices.
 *
 * <p>What it keeps is what the project's mapper would read into a tree, node for node (the same
 * node types, last of two equal keys wins), so that reading a record gives what reading its tree
 * gave. The whole body is read, so JSON the parser rejects anywhere fails it, as a tree would.
 */
public final class ContactPageReader {
  /** The keys {@code ContactDto} binds; a record's other keys are skipped. */
  private static final Set<String> DTO_KEYS =
      Set.of(
          "id",
          "remote_id",
          "created_at",
          "modified_at",
          "first_name",
          "last_name",
          "addresses",
          "email_addresses",
          "phone_numbers",
          "last_activity_at",
          "remote_created_at",
          "remote_was_deleted");

  private ContactPageReader() {}

  /**
   * A list page: {@code {"next", "previous", "results": [...]}}.
   *
   * @throws UnusableBodyException when the body is empty, not an object, or its results not a list
   * @throws IOException when the parser rejects the body
   */
  public static ContactRecordPage page(byte[] body) throws IOException {
    try (JsonParser p = Json.mapper().createParser(body)) {
      JsonToken root = p.nextToken();
      if (root == null) {
        throw UnusableBodyException.invalid("an empty body where JSON was expected");
      }
      if (root != JsonToken.START_OBJECT) {
        p.skipChildren();
        throw UnusableBodyException.invalid("JSON that is not a page object");
      }
      List<ContactRecord> records = List.of();
      boolean resultsNotList = false;
      Optional<String> next = Optional.empty();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("results")) {
          resultsNotList = value != JsonToken.START_ARRAY && value != JsonToken.VALUE_NULL;
          records = value == JsonToken.START_ARRAY ? records(p) : List.of();
          p.skipChildren();
        } else if (name.equals("next")) {
          next =
              value == JsonToken.VALUE_STRING && !p.getText().isBlank()
                  ? Optional.of(p.getText())
                  : Optional.empty();
          p.skipChildren();
        } else {
          p.skipChildren();
        }
      }
      if (resultsNotList) {
        throw UnusableBodyException.invalid("a page whose results are not a list");
      }
      return new ContactRecordPage(records, next);
    }
  }

  /**
   * One contact's answer.
   *
   * @throws UnusableBodyException when the body is empty
   * @throws IOException when the parser rejects the body
   */
  public static ContactRecord record(byte[] body) throws IOException {
    try (JsonParser p = Json.mapper().createParser(body)) {
      if (p.nextToken() == null) {
        throw UnusableBodyException.invalid("an empty body where JSON was expected");
      }
      return record(p);
    }
  }

  /** The records of a {@code results} list, the parser at its start. */
  private static List<ContactRecord> records(JsonParser p) throws IOException {
    List<ContactRecord> records = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      records.add(record(p));
    }
    return records;
  }

  /** A record, the parser at its first token; leaves it at the record's last. */
  private static ContactRecord record(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return ContactRecord.notObject();
    }
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    JsonNode account = null;
    JsonNode owner = null;
    JsonNode remoteData = null;
    List<RemoteField> remoteFields = List.of();
    boolean remoteFieldsNotList = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      switch (name) {
        case "account" -> account = node(p);
        case "owner" -> owner = node(p);
        case "remote_data" -> remoteData = node(p);
        case "remote_fields" -> {
          remoteFieldsNotList = value != JsonToken.START_ARRAY && value != JsonToken.VALUE_NULL;
          remoteFields = value == JsonToken.START_ARRAY ? remoteFields(p) : List.of();
          p.skipChildren();
        }
        default -> {
          if (DTO_KEYS.contains(name)) {
            fields.replace(name, node(p));
          } else {
            p.skipChildren();
          }
        }
      }
    }
    return new ContactRecord(
        true, fields, account, owner, remoteFields, remoteFieldsNotList, remoteData);
  }

  /**
   * {@code [{"remote_field_class": <id or object>, "value": <any>}]}, the parser at its start; an
   * entry whose class is neither an id nor an object names no field and is left out.
   */
  private static List<RemoteField> remoteFields(JsonParser p) throws IOException {
    List<RemoteField> fields = new ArrayList<>();
    for (JsonToken entry = p.nextToken(); entry != JsonToken.END_ARRAY; entry = p.nextToken()) {
      if (entry != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      RemoteField remoteClass = null;
      JsonNode value = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken token = p.nextToken();
        if (name.equals("remote_field_class")) {
          remoteClass = remoteClass(p, token);
        } else if (name.equals("value")) {
          value = node(p);
        } else {
          p.skipChildren();
        }
      }
      if (remoteClass != null) {
        fields.add(remoteClass.withValue(value));
      }
    }
    return fields;
  }

  /** A field class as a field without value; null when it is neither an id nor an object. */
  private static RemoteField remoteClass(JsonParser p, JsonToken token) throws IOException {
    if (token == JsonToken.VALUE_STRING) {
      return RemoteField.byId(p.getText(), null);
    }
    if (token != JsonToken.START_OBJECT) {
      p.skipChildren();
      return null;
    }
    JsonNode id = MissingNode.getInstance();
    JsonNode remoteKeyName = MissingNode.getInstance();
    JsonNode custom = MissingNode.getInstance();
    JsonNode fieldType = MissingNode.getInstance();
    JsonNode fieldFormat = MissingNode.getInstance();
    boolean choices = false;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      switch (name) {
        case "id" -> id = node(p);
        case "remote_key_name" -> remoteKeyName = node(p);
        case "is_custom" -> custom = node(p);
        case "field_type" -> fieldType = node(p);
        case "field_format" -> fieldFormat = node(p);
        case "field_choices" -> choices = holdsAnything(p);
        default -> p.skipChildren();
      }
    }
    // As the tree's accessors read them: text of a scalar, "" of a list or object.
    return new RemoteField(
        true,
        id.asText(""),
        remoteKeyName.asText(null),
        custom.asBoolean(false),
        fieldType.asText(null),
        fieldFormat.asText(null),
        choices,
        null);
  }

  /**
   * Whether the value at the parser is a list or object with an element (a tree's {@code size() >
   * 0}), read without keeping it; leaves the parser at its last token.
   */
  private static boolean holdsAnything(JsonParser p) throws IOException {
    if (!p.currentToken().isStructStart()) {
      return false;
    }
    JsonToken token = p.nextToken();
    boolean any = !token.isStructEnd();
    while (!token.isStructEnd()) {
      p.skipChildren();
      token = p.nextToken();
    }
    return any;
  }

  /**
   * The value at the parser as the project's mapper reads it into a tree, node for node (decimals
   * as {@code BigDecimal} with their scale; of two equal keys the last value, in the first's
   * place); leaves the parser at its last token. Made here rather than by the mapper, whose setup
   * for each of a page's thousands of small values costs more than the value.
   */
  static JsonNode node(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT:
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          object.replace(name, node(p));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          array.add(node(p));
        }
        return array;
      case VALUE_STRING:
        return TextNode.valueOf(p.getText());
      case VALUE_NULL:
        return NullNode.getInstance();
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return IntNode.valueOf(p.getIntValue());
          case LONG:
            return LongNode.valueOf(p.getLongValue());
          default:
            return BigIntegerNode.valueOf(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return DecimalNode.valueOf(p.getDecimalValue());
      default:
        // Never in JSON text (embedded objects come from other formats).
        throw new JsonParseException(p, "unexpected " + p.currentToken());
    }
  }
}
