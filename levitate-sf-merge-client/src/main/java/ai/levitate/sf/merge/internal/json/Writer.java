package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.merge.internal.wire.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  /** One line of JSON, no spaces: the same object gives the same bytes. */
  static String text(JsonNode node) {
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }
}
