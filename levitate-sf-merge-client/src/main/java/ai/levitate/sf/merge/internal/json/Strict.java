package ai.levitate.sf.merge.internal.json;

import ai.levitate.sf.merge.internal.wire.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One JSON object read strictly: every key must be known, every value of the expected type, and a
 * mistake is an {@link IllegalArgumentException} naming the key by its full path, e.g. {@code
 * settings key "keyFacts[1].label" must be a string, was a number}. JSON {@code null} counts as
 * absent.
 */
final class Strict {
  private final String what;
  private final String path;
  private final JsonNode node;

  private Strict(String what, String path, JsonNode node) {
    this.what = what;
    this.path = path;
    this.node = node;
  }

  /**
   * Parses a stored document of {@code format}: its version is checked first (a newer one is a
   * {@link ai.levitate.sf.core.spi.NewerFormatException}), then it must have only the {@code keys}
   * given, besides its version.
   */
  static Strict parse(Format format, String json, String... keys) {
    Strict root = object(format.what(), json);
    format.versionOf(root.node);
    String[] known = new String[keys.length + 1];
    known[0] = Format.KEY;
    System.arraycopy(keys, 0, known, 1, keys.length);
    return root.only(known);
  }

  private static Strict object(String what, String json) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw new KeyException(
          "invalid JSON for "
              + what
              + " at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    }
    if (root == null || !root.isObject()) {
      throw new KeyException(
          what + " must be a JSON object, was " + (root == null ? "nothing" : type(root)));
    }
    return new Strict(what, "", root);
  }

  Strict only(String... keys) {
    List<String> known = Arrays.asList(keys);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!known.contains(field.getKey())) {
        throw new KeyException(
            "unknown "
                + what
                + " key \""
                + at(field.getKey())
                + "\"; the keys "
                + (path.isEmpty() ? "are " : "of " + path + " are ")
                + String.join(", ", keys));
      }
    }
    return this;
  }

  Optional<String> string(String key) {
    return value(key)
        .map(
            v -> {
              if (!v.isTextual()) {
                throw wrongType(at(key), "a string", v);
              }
              return v.asText();
            });
  }

  String requiredString(String key) {
    return string(key).orElseThrow(() -> missing(key));
  }

  /** A calendar date written {@code YYYY-MM-DD}. */
  LocalDate requiredDate(String key) {
    String text = requiredString(key);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new KeyException(
          what + " key \"" + at(key) + "\" must be a date (YYYY-MM-DD), was \"" + text + "\"");
    }
  }

  /** An instant written in ISO 8601, e.g. {@code 2026-01-05T09:00:00Z}. */
  Optional<Instant> instant(String key) {
    return string(key)
        .map(
            text -> {
              try {
                return Instant.parse(text);
              } catch (DateTimeParseException e) {
                throw new KeyException(
                    what
                        + " key \""
                        + at(key)
                        + "\" must be an instant (ISO 8601 in UTC), was \""
                        + text
                        + "\"");
              }
            });
  }

  Instant requiredInstant(String key) {
    return instant(key).orElseThrow(() -> missing(key));
  }

  Optional<Boolean> bool(String key) {
    return value(key)
        .map(
            v -> {
              if (!v.isBoolean()) {
                throw wrongType(at(key), "true or false", v);
              }
              return v.booleanValue();
            });
  }

  Optional<Double> number(String key) {
    return value(key)
        .map(
            v -> {
              if (!v.isNumber()) {
                throw wrongType(at(key), "a number", v);
              }
              return v.doubleValue();
            });
  }

  double requiredNumber(String key) {
    return number(key).orElseThrow(() -> missing(key));
  }

  Optional<Long> wholeNumber(String key) {
    return value(key).map(v -> wholeNumber(at(key), v));
  }

  private long wholeNumber(String key, JsonNode v) {
    if (!v.isNumber() || !v.canConvertToExactIntegral() || !v.canConvertToLong()) {
      throw wrongType(key, "a whole number", v);
    }
    return v.longValue();
  }

  long requiredWholeNumber(String key) {
    return wholeNumber(key).orElseThrow(() -> missing(key));
  }

  /** A whole number that fits a Java {@code int}. */
  Optional<Integer> integer(String key) {
    return value(key)
        .map(
            v -> {
              if (!v.isNumber() || !v.canConvertToExactIntegral() || !v.canConvertToInt()) {
                throw wrongType(at(key), "a whole number up to " + Integer.MAX_VALUE, v);
              }
              return v.intValue();
            });
  }

  /** An object whose keys are constants of {@code type}, each value a whole number. */
  <E extends Enum<E>> Optional<Map<E, Long>> countsByEnum(String key, Class<E> type) {
    return value(key)
        .map(
            v -> {
              if (!v.isObject()) {
                throw wrongType(at(key), "an object", v);
              }
              Map<E, Long> map = new LinkedHashMap<>();
              for (Map.Entry<String, JsonNode> entry : v.properties()) {
                String entryKey = at(key) + "." + entry.getKey();
                long count = wholeNumber(entryKey, entry.getValue());
                map.put(constant(entryKey, entry.getKey(), type), count);
              }
              return map;
            });
  }

  <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
    return string(key).map(text -> constant(at(key), text, type));
  }

  <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
    return enumValue(key, type).orElseThrow(() -> missing(key));
  }

  Optional<Strict> object(String key, String... keys) {
    return value(key)
        .map(
            v -> {
              if (!v.isObject()) {
                throw wrongType(at(key), "an object", v);
              }
              return new Strict(what, at(key), v).only(keys);
            });
  }

  Strict requiredObject(String key, String... keys) {
    return object(key, keys).orElseThrow(() -> missing(key));
  }

  /** A list whose items are read by {@code item}, each given its own path. */
  <T> Optional<List<T>> list(String key, Function<Item, T> item) {
    return value(key)
        .map(
            v -> {
              if (!v.isArray()) {
                throw wrongType(at(key), "a list", v);
              }
              List<T> items = new ArrayList<>();
              for (int i = 0; i < v.size(); i++) {
                items.add(item.apply(new Item(at(key) + "[" + i + "]", v.get(i))));
              }
              return items;
            });
  }

  /** An object whose keys are free, each value a string. */
  Optional<Map<String, String>> stringMap(String key) {
    return value(key)
        .map(
            v -> {
              if (!v.isObject()) {
                throw wrongType(at(key), "an object", v);
              }
              Map<String, String> map = new LinkedHashMap<>();
              for (Map.Entry<String, JsonNode> entry : v.properties()) {
                if (!entry.getValue().isTextual()) {
                  throw wrongType(at(key) + "." + entry.getKey(), "a string", entry.getValue());
                }
                map.put(entry.getKey(), entry.getValue().asText());
              }
              return map;
            });
  }

  /** Runs {@code build}, naming this object's path in any model check it fails. */
  <T> T build(Supplier<T> build) {
    try {
      return build.get();
    } catch (KeyException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new KeyException(
          path.isEmpty()
              ? what + ": " + e.getMessage()
              : what + " key \"" + path + "\": " + e.getMessage(),
          e);
    }
  }

  /** One item of a list, with its path. */
  final class Item {
    final String path;
    final JsonNode node;

    Item(String path, JsonNode node) {
      this.path = path;
      this.node = node;
    }

    String string() {
      if (!node.isTextual()) {
        throw wrongType(path, "a string", node);
      }
      return node.asText();
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
      return constant(path, string(), type);
    }

    Strict object(String... keys) {
      if (!node.isObject()) {
        throw wrongType(path, "an object", node);
      }
      return new Strict(what, path, node).only(keys);
    }
  }

  private <E extends Enum<E>> E constant(String key, String text, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw new KeyException(
        what + " key \"" + key + "\" must be " + choices(type) + ", was \"" + text + "\"");
  }

  private Optional<JsonNode> value(String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  private KeyException missing(String key) {
    return new KeyException(what + " key \"" + at(key) + "\" is required");
  }

  private KeyException wrongType(String key, String expected, JsonNode actual) {
    return new KeyException(
        what + " key \"" + key + "\" must be " + expected + ", was " + type(actual));
  }

  private String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static String type(JsonNode node) {
    if (node.isTextual()) {
      return "a string";
    } else if (node.isNumber()) {
      return "a number";
    } else if (node.isBoolean()) {
      return "true or false";
    } else if (node.isArray()) {
      return "a list";
    } else if (node.isObject()) {
      return "an object";
    }
    return "null";
  }

  private static <E extends Enum<E>> String choices(Class<E> type) {
    List<String> names =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  /** A mistake in the JSON, its message naming the key; never wrapped a second time. */
  static final class KeyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    KeyException(String message) {
      super(message);
    }

    KeyException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
