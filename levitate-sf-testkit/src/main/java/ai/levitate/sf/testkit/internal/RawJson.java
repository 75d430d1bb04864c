package ai.levitate.sf.testkit.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Records loaded from a fixture, kept as the fixture's JSON: written back exactly as held (same
 * keys in the same order, nulls, numbers as written), the few values Merge's filters read, and
 * copy-on-write edits. A stored node is never changed in place.
 */
public final class RawJson {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Reads numbers exactly, so a currency value keeps its scale (12.50 stays 12.50). */
  static final ObjectMapper EXACT =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private RawJson() {}

  /** Writes {@code node} as it is. */
  public static void write(JsonGenerator out, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        out.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          out.writeFieldName(field.getKey());
          write(out, field.getValue());
        }
        out.writeEndObject();
        break;
      case ARRAY:
        out.writeStartArray();
        for (JsonNode item : node) {
          write(out, item);
        }
        out.writeEndArray();
        break;
      case STRING:
        out.writeString(node.textValue());
        break;
      case BOOLEAN:
        out.writeBoolean(node.booleanValue());
        break;
      case NUMBER:
        if (node.isIntegralNumber()) {
          out.writeNumber(node.bigIntegerValue());
        } else {
          out.writeNumber(node.decimalValue());
        }
        break;
      case NULL:
      case MISSING:
        out.writeNull();
        break;
      default:
        // BINARY and POJO nodes never come out of a parser.
        throw new IllegalStateException("no JSON form for a " + node.getNodeType() + " node");
    }
  }

  /** Writes an object as it is, but for one key. */
  static void writeWithout(JsonGenerator out, ObjectNode node, String left) throws IOException {
    out.writeStartObject();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getKey().equals(left)) {
        out.writeFieldName(field.getKey());
        write(out, field.getValue());
      }
    }
    out.writeEndObject();
  }

  /** The JSON a writer renders, as a tree. */
  static ObjectNode rendered(Answer.Body body) {
    try {
      return (ObjectNode) EXACT.readTree(Answer.json(200, body).body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a string field, or null when it is absent or not a string. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.textValue() : null;
  }

  /**
   * A timestamp field as epoch microseconds, or {@code absent} when it is missing or cannot be
   * read; the JSON keeps it as given either way.
   */
  public static long micros(JsonNode node, String field, long absent) {
    String text = text(node, field);
    if (text == null) {
      return absent;
    }
    try {
      return Times.micros(Times.parse(text.strip()));
    } catch (IllegalArgumentException | ArithmeticException e) {
      return absent;
    }
  }

  /** The Merge id a link holds: the text of an id, or the {@code id} of an expanded record. */
  public static String reference(JsonNode link) {
    if (link == null) {
      return null;
    }
    if (link.isObject()) {
      return text(link, "id");
    }
    return link.isTextual() ? link.textValue() : null;
  }

  /** A copy renamed at {@code modified}, as a Salesforce edit of the name moves Merge's record. */
  static ObjectNode renamed(ObjectNode raw, String name, long modified) {
    ObjectNode copy = raw.deepCopy();
    copy.put("name", name);
    stamp(copy, modified);
    if (copy.path("remote_updated_at").isTextual()) {
      copy.put("remote_updated_at", Times.merge(modified));
    }
    return copy;
  }

  /** Moves Merge's {@code modified_at} of a record being edited. */
  public static void stamp(ObjectNode copy, long modified) {
    copy.put("modified_at", Times.merge(modified));
  }
}
