package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.merge.internal.wire.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;

/** Small helpers for writing JSON trees in a fixed key order. */
final class Writer {
  private Writer() {}

  static ObjectNode object() {
    return Json.mapper().createObjectNode();
  }

  static void put(ObjectNode node, String key, Optional<String> value) {
    value.ifPresent(v -> node.put(key, v));
  }

  static void put(JsonGenerator g, String key, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(key, value.get());
    }
  }

  /** What writes to a generator. */
  interface Streamed {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * One line of JSON written by {@code body} to a generator of the shared mapper: the same bytes
   * its tree would give, without the tree.
   */
  static String stream(Streamed body) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = Json.mapper().createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to a string never fails", e);
    }
    return out.toString();
  }

  /** One line of JSON, no spaces: the same object gives the same bytes. */
  static String text(JsonNode node) {
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
