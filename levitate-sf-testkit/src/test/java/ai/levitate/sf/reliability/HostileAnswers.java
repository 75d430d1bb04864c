package ai.levitate.sf.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;

/**
 * Malformed and adversarial Merge answers, made from the fake's real answers: pages whose contacts
 * carry {@link HostileValues}, broken JSON and bytes, bodies beyond the client's cap, gzip bombs,
 * odd statuses and headers, answers that stall or drip.
 */
final class HostileAnswers {
  /** Contacts a page: the odd ones are changed, the even ones are their untouched neighbours. */
  static final int PAGE = 6;

  static final ObjectMapper JSON = new ObjectMapper();

  /** One value put at one place of a contact. */
  record Mutation(String path, String valueName, String value) {
    @Override
    public String toString() {
      return path + " = " + valueName;
    }
  }

  private HostileAnswers() {}

  /** Every mutation, three to a page (one page a list). */
  static List<List<Mutation>> mutatedPages() {
    List<Mutation> all = new ArrayList<>();
    for (String path : HostileValues.paths()) {
      // A credential echoed inside a field's value is data the client passes on as it came; it
      // is echoed where the client writes its own text about the record (ids, timestamps, types).
      boolean value = path.startsWith("remote_fields[") && !path.startsWith("remote_fields[0]");
      HostileValues.values()
          .forEach(
              (name, json) -> {
                if (!(value && json.contains(Secrets.MARKER))) {
                  all.add(new Mutation(path, name, json));
                }
              });
    }
    List<List<Mutation>> pages = new ArrayList<>();
    for (int i = 0; i < all.size(); i += PAGE / 2) {
      pages.add(all.subList(i, Math.min(all.size(), i + PAGE / 2)));
    }
    return pages;
  }

  /** The template page with its odd contacts changed and no next page. */
  static byte[] page(byte[] template, List<Mutation> mutations) {
    ObjectNode root = (ObjectNode) tree(template);
    root.putNull("next");
    ArrayNode results = (ArrayNode) root.get("results");
    Map<String, String> raw = new LinkedHashMap<>();
    for (int i = 0; i < mutations.size(); i++) {
      String placeholder = "@@raw-" + i + "@@";
      put((ObjectNode) results.get(2 * i + 1), mutations.get(i).path(), placeholder);
      raw.put("\"" + placeholder + "\"", mutations.get(i).value());
    }
    String text = root.toString();
    for (Map.Entry<String, String> entry : raw.entrySet()) {
      text = text.replace(entry.getKey(), entry.getValue());
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The remote field a path names ({@code remote_fields[Birthdate]}), if it names one. */
  static Optional<String> remoteField(String path) {
    return path.startsWith("remote_fields[") && !path.startsWith("remote_fields[0")
        ? Optional.of(path.substring("remote_fields[".length(), path.length() - 1))
        : Optional.empty();
  }

  private static void put(ObjectNode contact, String path, String value) {
    if (path.startsWith("remote_fields[") && !path.startsWith("remote_fields[0")) {
      String field = path.substring("remote_fields[".length(), path.length() - 1);
      ArrayNode fields = contact.withArray("remote_fields");
      for (JsonNode entry : fields) {
        if (field.equals(entry.path("remote_field_class").path("remote_key_name").asText())) {
          ((ObjectNode) entry).put("value", value);
          return;
        }
      }
      ObjectNode entry = fields.addObject();
      entry.putObject("remote_field_class").put("remote_key_name", field);
      entry.put("value", value);
      return;
    }
    int dot = path.indexOf('.');
    if (dot < 0) {
      contact.put(path, value);
      return;
    }
    String head = path.substring(0, dot);
    String rest = path.substring(dot + 1);
    ObjectNode inner;
    if (head.endsWith("[0]")) {
      ArrayNode list = contact.withArray(head.substring(0, head.length() - 3));
      if (list.isEmpty() || !list.get(0).isObject()) {
        list.insertObject(0);
      }
      inner = (ObjectNode) list.get(0);
    } else {
      inner = contact.get(head) instanceof ObjectNode object ? object : contact.putObject(head);
    }
    put(inner, rest, value);
  }

  /**
   * Whole answers for an endpoint's template: broken bodies, bytes, sizes, statuses, sockets; with
   * {@code slow}, also answers that never come or drip, which cost the client's timeouts.
   */
  static Map<String, Supplier<MockResponse>> answers(byte[] template, boolean list, boolean slow) {
    Map<String, Supplier<MockResponse>> out = new LinkedHashMap<>();
    body(out, "an empty body", "");
    body(out, "null", "null");
    body(out, "a list", "[]");
    body(out, "a number", "42");
    body(out, "an empty object", "{}");
    body(out, "half of the body", Arrays.copyOf(template, template.length / 2));
    body(out, "all but the last byte", Arrays.copyOf(template, template.length - 1));
    body(out, "trailing garbage", concat(template, "}{]".getBytes(StandardCharsets.UTF_8)));
    body(out, "invalid UTF-8", replaceFirstQuote(template, new byte[] {(byte) 0xC3, 0x28}));
    body(
        out,
        "an overlong UTF-8 slash",
        replaceFirstQuote(template, new byte[] {(byte) 0xC0, (byte) 0xAF}));
    body(out, "a raw control character", replaceFirstQuote(template, new byte[] {0x01}));
    body(out, "5,000 levels deep", "[".repeat(5_000) + "]".repeat(5_000));
    body(out, "a 2,000-digit number", "{\"results\": [" + "9".repeat(2_000) + "]}");
    body(out, "NaN", "{\"results\": NaN}");
    body(out, "a comment", "/* hi */" + new String(template, StandardCharsets.UTF_8));
    body(out, "single quotes", "{'next': null, 'results': []}");
    body(out, "every field an object", everyField(template, "{}"));
    body(out, "every field a huge exponent", everyField(template, "1e999999999"));
    body(out, "every field 0000-00-00", everyField(template, "\"0000-00-00\""));
    body(
        out, "every field 200 KB of text", everyField(template, "\"" + "y".repeat(200_000) + "\""));
    body(
        out,
        "every field echoing the account token",
        everyField(template, "\"" + Secrets.token("hostile") + "\""));
    if (list) {
      body(out, "results an object", "{\"next\": null, \"results\": {}}");
      body(out, "records that are numbers", "{\"next\": null, \"results\": [1, 2.5, -3]}");
      body(out, "records that are null", "{\"next\": null, \"results\": [null, null]}");
      body(out, "records that are lists", "{\"next\": null, \"results\": [[], [[]]]}");
      body(out, "next a number", withNext(template, "5"));
      body(out, "next an object", withNext(template, "{\"cursor\": \"x\"}"));
      body(out, "next 100 KB long", withNext(template, "\"" + "c".repeat(100_000) + "\""));
      body(
          out,
          "next echoing the account token",
          withNext(template, "\"" + Secrets.token("hostile") + "\""));
    }
    out.put("3 MB with a length", () -> ScriptedMerge.json(200, big(3 * 1024 * 1024)));
    out.put(
        "3 MB chunked",
        () ->
            new MockResponse.Builder()
                .code(200)
                .chunkedBody(new String(big(3 * 1024 * 1024), StandardCharsets.UTF_8), 64 * 1024)
                .build());
    out.put("a gzip bomb of 64 MB", () -> encoded(Bomb.ZIPPED, "gzip"));
    out.put(
        "gzip cut in half",
        () -> {
          byte[] zipped = zip(template);
          return encoded(Arrays.copyOf(zipped, zipped.length / 2), "gzip");
        });
    out.put("gzip that is not gzip", () -> encoded(template, "gzip"));
    out.put("an encoding the client never asked for", () -> encoded(zip(template), "br"));
    out.put(
        "HTML",
        () ->
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/html")
                .body("<html><body>Bad gateway</body></html>")
                .build());
    out.put("204 without a body", () -> new MockResponse.Builder().code(204).build());
    out.put(
        "a redirect to another host",
        () ->
            new MockResponse.Builder()
                .code(301)
                .setHeader("Location", "https://evil.example/steal")
                .build());
    out.put(
        "418",
        () -> ScriptedMerge.json(418, "{\"detail\": \"teapot\"}".getBytes(StandardCharsets.UTF_8)));
    out.put("400 with a 2 MB body", () -> ScriptedMerge.json(400, big(2 * 1024 * 1024)));
    out.put(
        "500 echoing both secrets",
        () ->
            ScriptedMerge.json(
                500,
                ("{\"detail\": \"Bearer "
                        + Secrets.API_KEY
                        + " / "
                        + Secrets.token("hostile")
                        + "\"}")
                    .getBytes(StandardCharsets.UTF_8)));
    out.put(
        "401 echoing the account token",
        () ->
            ScriptedMerge.json(
                401,
                ("{\"errors\": [{\"title\":"
                        + " \""
                        + Secrets.token("hostile")
                        + "\", \"problem_type\": \"RELINK_NEEDED\"}]}")
                    .getBytes(StandardCharsets.UTF_8)));
    for (String retryAfter :
        List.of("soon", "-5", "99999999999999999999", "Wed, 21 Oct 2015 07:28:00 GMT", "86400")) {
      out.put(
          "429 with Retry-After " + retryAfter,
          () ->
              new MockResponse.Builder()
                  .code(429)
                  .setHeader("Retry-After", retryAfter)
                  .body("{}")
                  .build());
    }
    out.put(
        "a connection closed at once",
        () -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    out.put(
        "a connection closed mid-body",
        () ->
            new MockResponse.Builder()
                .code(200)
                .body(new okio.Buffer().write(template))
                .onResponseBody(new SocketEffect.CloseSocket())
                .build());
    if (!slow) {
      return out;
    }
    out.put(
        "no answer at all",
        () -> new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    out.put(
        "a body that drips",
        () ->
            new MockResponse.Builder()
                .code(200)
                .body(new okio.Buffer().write(big(200_000)))
                .throttleBody(4_096, 100, TimeUnit.MILLISECONDS)
                .build());
    return out;
  }

  private static void body(Map<String, Supplier<MockResponse>> out, String name, String body) {
    body(out, name, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void body(Map<String, Supplier<MockResponse>> out, String name, byte[] body) {
    out.put(name, () -> ScriptedMerge.json(200, body));
  }

  /** The template with every field of its (first) record set to {@code value}. */
  private static String everyField(byte[] template, String value) {
    JsonNode root = tree(template);
    JsonNode record =
        root.path("results").isArray() && root.path("results").size() > 0
            ? root.path("results").get(0)
            : root.has("model") ? root.get("model") : root;
    if (record instanceof ObjectNode object) {
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        object.put(names.next(), "@@every@@");
      }
    }
    return root.toString().replace("\"@@every@@\"", value);
  }

  private static String withNext(byte[] template, String next) {
    ObjectNode root = (ObjectNode) tree(template);
    root.put("next", "@@next@@");
    return root.toString().replace("\"@@next@@\"", next);
  }

  /** A JSON object of about {@code size} bytes: one long string. */
  static byte[] big(int size) {
    return ("{\"next\": null, \"results\": [], \"pad\": \"" + "z".repeat(size) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] replaceFirstQuote(byte[] template, byte[] bytes) {
    String text = new String(template, StandardCharsets.UTF_8);
    int at = text.indexOf(": \"");
    at = at < 0 ? text.indexOf(":\"") + 2 : at + 3;
    byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = text.substring(at).getBytes(StandardCharsets.UTF_8);
    return concat(concat(head, bytes), tail);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** 64 MB of zeros in 64 KB of gzip, made once. */
  private static final class Bomb {
    static final byte[] ZIPPED = zip(new byte[64 * 1024 * 1024]);
  }

  private static MockResponse encoded(byte[] body, String encoding) {
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .setHeader("Content-Encoding", encoding)
        .body(new okio.Buffer().write(body))
        .build();
  }

  static byte[] zip(byte[] plain) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(plain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static JsonNode tree(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
