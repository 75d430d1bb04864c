package ai.levitate.sf.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A JSON shape as an OpenAPI 3.0 schema states it: a type (with a format), whether null is allowed,
 * an enum, the items of an array, the properties of an object (those it must have, and any others
 * allowed), or one of several shapes. {@link #violations} lists every place an answer departs from
 * it, by JSON pointer.
 */
abstract class Shape {
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private boolean nullable;

  /** This shape, also allowing null. */
  final Shape nullable() {
    Shape base = this;
    Shape copy =
        new Shape() {
          @Override
          void checkValue(JsonNode node, String path, List<String> out) {
            base.checkValue(node, path, out);
          }

          @Override
          String describe() {
            return base.describe() + " or null";
          }
        };
    copy.nullable = true;
    return copy;
  }

  final List<String> violations(JsonNode node) {
    List<String> out = new ArrayList<>();
    check(node, "", out);
    return out;
  }

  final void check(JsonNode node, String path, List<String> out) {
    if (node.isNull()) {
      if (!nullable) {
        out.add(at(path) + " is null, which " + describe() + " does not allow");
      }
      return;
    }
    checkValue(node, path, out);
  }

  abstract void checkValue(JsonNode node, String path, List<String> out);

  abstract String describe();

  static String at(String path) {
    return path.isEmpty() ? "the answer" : path;
  }

  static Shape string() {
    return scalar("a string", JsonNode::isTextual);
  }

  /** {@code format: uuid}. */
  static Shape uuid() {
    return scalar("a uuid", n -> n.isTextual() && UUID.matcher(n.textValue()).matches());
  }

  /** {@code format: date-time}: RFC 3339, with its offset. */
  static Shape dateTime() {
    return scalar("a date-time", n -> n.isTextual() && isDateTime(n.textValue()));
  }

  /** {@code format: uri}, at most {@code maxLength} characters. */
  static Shape uri(int maxLength) {
    return scalar(
        "a URI", n -> n.isTextual() && n.textValue().length() <= maxLength && isUri(n.textValue()));
  }

  static Shape email() {
    return scalar("an email address", n -> n.isTextual() && n.textValue().contains("@"));
  }

  /** An int32 {@code integer}. */
  static Shape integer() {
    return scalar("an integer", n -> n.isIntegralNumber() && n.canConvertToInt());
  }

  static Shape bool() {
    return scalar("a boolean", JsonNode::isBoolean);
  }

  /** A closed {@code enum} of strings. */
  static Shape oneOfValues(String... values) {
    Set<String> allowed = Set.of(values);
    return scalar(
        "one of " + List.of(values), n -> n.isTextual() && allowed.contains(n.textValue()));
  }

  /** No constraint: {@code {}} or a property with only {@code nullable}. */
  static Shape any() {
    return scalar("any value", n -> true).nullable();
  }

  /** {@code type: object} with {@code additionalProperties}: any object. */
  static Shape anyObject() {
    return scalar("an object", JsonNode::isObject);
  }

  static Shape array(Shape items) {
    return new Shape() {
      @Override
      void checkValue(JsonNode node, String path, List<String> out) {
        if (!node.isArray()) {
          out.add(at(path) + " is " + kind(node) + " " + shorten(node) + ", not " + describe());
          return;
        }
        for (int i = 0; i < node.size(); i++) {
          items.check(node.get(i), path + "/" + i, out);
        }
      }

      @Override
      String describe() {
        return "a list of " + items.describe();
      }
    };
  }

  /**
   * Merge's expandable link, {@code oneOf: [{type: string}, {$ref: Model}]}: a string is checked as
   * the id, anything else as the record.
   */
  static Shape idOr(Shape id, Shape record) {
    return new Shape() {
      @Override
      void checkValue(JsonNode node, String path, List<String> out) {
        (node.isTextual() ? id : record).check(node, path, out);
      }

      @Override
      String describe() {
        return id.describe() + " or " + record.describe();
      }
    };
  }

  /** An object shape; build it with {@link Obj#field} and {@link Obj#required}. */
  static Obj object(String name) {
    return new Obj(name);
  }

  /** {@code type: object}: declared properties, those it must carry, others allowed. */
  static final class Obj extends Shape {
    private final String name;
    private final Map<String, Supplier<Shape>> fields = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();

    private Obj(String name) {
      this.name = name;
    }

    Obj field(String field, Shape shape) {
      fields.put(field, () -> shape);
      return this;
    }

    /** A property whose shape is built when checked, for shapes that refer to each other. */
    Obj field(String field, Supplier<Shape> shape) {
      fields.put(field, shape);
      return this;
    }

    /** This shape with more added by {@code more}. */
    Obj also(UnaryOperator<Obj> more) {
      return more.apply(this);
    }

    Obj required(String... names) {
      required.addAll(List.of(names));
      return this;
    }

    @Override
    void checkValue(JsonNode node, String path, List<String> out) {
      if (!node.isObject()) {
        out.add(at(path) + " is " + kind(node) + " " + shorten(node) + ", not " + describe());
        return;
      }
      for (String field : required) {
        if (!node.has(field)) {
          out.add(at(path) + " lacks " + field + ", which " + name + " requires");
        }
      }
      fields.forEach(
          (field, shape) -> {
            if (node.has(field)) {
              shape.get().check(node.get(field), path + "/" + field, out);
            }
          });
    }

    @Override
    String describe() {
      return name;
    }
  }

  private interface Test {
    boolean fits(JsonNode node);
  }

  private static Shape scalar(String what, Test test) {
    return new Shape() {
      @Override
      void checkValue(JsonNode node, String path, List<String> out) {
        if (!test.fits(node)) {
          out.add(at(path) + " is " + kind(node) + " " + shorten(node) + ", not " + what);
        }
      }

      @Override
      String describe() {
        return what;
      }
    };
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String shorten(JsonNode node) {
    String text = node.toString();
    return text.length() > 80 ? text.substring(0, 80) + "..." : text;
  }

  private static boolean isDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
