package ai.levitate.sf.examples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.merge.LevitateJson;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's hostile-input run: a Merge whose contacts each carry at most one value no type can
 * read (an impossible date, a time of day in a date field, text in a checkbox, a list where text is
 * expected, nested objects), read with {@code --merge-base-url} and {@code --out}. Every such
 * contact is in {@code contacts.jsonl} exactly as without the value, and {@code report.json} lists
 * the field problems; only an unreadable deceased or opt-out indicator holds a new contact back.
 */
final class HostileValuesHarnessTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "hostile-values-token";

  /** One unreadable value for one field, and the kind of problem it is. */
  private record Hostile(String field, String json, String kind) {}

  private static final List<Hostile> VALUES =
      List.of(
          new Hostile("Birthdate", "\"2023-02-30\"", "UNREADABLE"),
          new Hostile("Birthdate", "\"1980-05-14T10:30:00Z\"", "TIME_IN_DATE_FIELD"),
          new Hostile("Anniversary__c", "{\"a\": {\"b\": [1]}}", "UNREADABLE"),
          new Hostile("VIP__c", "\"maybe\"", "UNREADABLE"),
          new Hostile("Interests__c", "[[\"Golf\"]]", "UNREADABLE"),
          new Hostile("Client_Tier__c", "{\"tier\": \"Gold\"}", "UNREADABLE"),
          new Hostile("Nickname__c", "[\"Peg\", \"Peggy\"]", "UNREADABLE"),
          new Hostile("Title", "[[\"CEO\"]]", "UNREADABLE"),
          new Hostile("Deceased__c", "\"perhaps\"", "UNREADABLE"),
          new Hostile("HasOptedOutOfEmail", "[true]", "UNREADABLE"));
  private static final List<String> INDICATORS = List.of("Deceased__c", "HasOptedOutOfEmail");

  @TempDir Path dir;

  private final ManualClock clock = ManualClock.at(T0.minus(Duration.ofDays(1)));
  private final FakeMergeServer fake = FakeMergeServer.builder().clock(clock).start();
  private final MockWebServer proxy = new MockWebServer();
  private final OkHttpClient http = new OkHttpClient();

  /** Which value each contact got, by Salesforce id. */
  private final Map<String, Hostile> given = new ConcurrentHashMap<>();

  @AfterEach
  void close() {
    proxy.close();
    fake.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  @Test
  void everyContactWithOneUnreadableValueSyncsWithoutItAndTheReportListsTheFieldProblems()
      throws IOException {
    MergeDataSet data =
        SalesforceDataGenerator.builder()
            .seed(12)
            .contacts(80)
            .users(3)
            .clock(clock)
            .build()
            .generate();
    fake.addLinkedAccount(TOKEN, data);
    startProxy();

    HarnessRun clean = harness("clean", fake.baseUrl());
    HarnessRun hostile = harness("hostile", proxy.url("/api/crm/v1/").toString());

    assertThat(clean.exit()).as(clean.err()).isZero();
    assertThat(hostile.exit()).as(hostile.err()).isZero();
    assertThat(hostile.out()).contains("field problems");
    Map<String, LevitateContact> before = created(dir.resolve("clean"));
    Map<String, String> after = exported(dir.resolve("hostile"));
    assertThat(given.values().stream().distinct().toList())
        .as("every value was given to some contact")
        .containsExactlyInAnyOrderElementsOf(VALUES);

    for (Map.Entry<String, LevitateContact> contact : before.entrySet()) {
      String id = contact.getKey();
      Optional<Hostile> value = Optional.ofNullable(given.get(id));
      if (value.isPresent() && INDICATORS.contains(value.get().field())) {
        assertThat(after).as(id + " with " + value.get()).doesNotContainKey(id);
        continue;
      }
      LevitateContact expected =
          value.map(v -> without(contact.getValue(), v.field())).orElse(contact.getValue());
      assertThat(after.get(id))
          .as(id + " with " + value)
          .isEqualTo(LevitateJson.writeContactExport(expected));
    }
    assertThat(after)
        .hasSize(
            before.size()
                - (int)
                    before.keySet().stream()
                        .filter(
                            id ->
                                given.containsKey(id) && INDICATORS.contains(given.get(id).field()))
                        .count());

    JsonNode counts =
        JSON.readTree(dir.resolve("hostile/out/report.json").toFile())
            .path("runs")
            .get(0)
            .path("counts");
    Map<String, Long> expected =
        new TreeMap<>(
            given.values().stream()
                .collect(
                    Collectors.groupingBy(v -> v.field() + " " + v.kind(), Collectors.counting())));
    Map<String, Long> reported = new TreeMap<>();
    counts
        .path("fieldProblems")
        .forEach(
            p -> {
              reported.put(
                  p.path("field").asText() + " " + p.path("kind").asText(),
                  p.path("count").asLong());
              assertThat(p.path("examples"))
                  .isNotEmpty()
                  .allSatisfy(
                      e ->
                          assertThat(given.get(e.path("salesforceId").asText()).field())
                              .isEqualTo(p.path("field").asText()));
            });
    assertThat(reported).isEqualTo(expected);
    assertThat(counts.path("skipped").path("INVALID_FIELD_VALUE").asLong())
        .isEqualTo(given.values().stream().filter(v -> INDICATORS.contains(v.field())).count());
    // Which contacts were skipped, not only how many: each with its reason and message.
    JsonNode report = JSON.readTree(dir.resolve("hostile/out/report.json").toFile());
    List<String> skippedIds = new ArrayList<>();
    report
        .path("skipped")
        .forEach(
            s -> {
              assertThat(s.path("reason").asText()).isEqualTo("INVALID_FIELD_VALUE");
              assertThat(s.path("message").asText())
                  .contains(given.get(s.path("salesforceId").asText()).field());
              skippedIds.add(s.path("salesforceId").asText());
            });
    assertThat(skippedIds)
        .containsExactlyInAnyOrderElementsOf(
            given.entrySet().stream()
                .filter(e -> INDICATORS.contains(e.getValue().field()))
                .map(Map.Entry::getKey)
                .toList());
    assertThat(report.path("skippedLeftOut").asLong()).isZero();
  }

  /** The contact as the sync makes it when {@code field} holds nothing it can read. */
  private static LevitateContact without(LevitateContact contact, String field) {
    var out =
        LevitateContact.builder()
            .from(contact)
            .tags(contact.tags().stream().filter(t -> !from(t.source(), field)).toList())
            .keyFacts(contact.keyFacts().stream().filter(f -> !from(f.source(), field)).toList());
    if (field.equals("Nickname__c")) {
      out.nickname(Optional.empty()).greetingName(contact.firstName());
    }
    if (field.equals("Title")) {
      out.jobTitle(Optional.empty());
    }
    return out.build();
  }

  private static boolean from(Provenance source, String field) {
    return source.field().filter(field::equals).isPresent();
  }

  private HarnessRun harness(String name, String baseUrl) {
    Path root = dir.resolve(name);
    return HarnessRun.of(
        new TickingClock(T0),
        Map.of("MERGE_API_KEY", fake.apiKey(), "MERGE_ACCOUNT_TOKEN", TOKEN),
        "--state",
        root.resolve("state").toString(),
        "--merge-base-url",
        baseUrl,
        "--out",
        root.resolve("out").toString());
  }

  /** The contacts the run created, with the provenance of each value, by Salesforce id. */
  private static Map<String, LevitateContact> created(Path root) throws IOException {
    Map<String, LevitateContact> contacts = new TreeMap<>();
    for (String line : Files.readAllLines(root.resolve("out/changes.jsonl"))) {
      ContactChange change = LevitateJson.readChange(line);
      assertThat(change.type()).isEqualTo(ChangeType.CREATE);
      contacts.put(change.salesforceId(), change.contact().orElseThrow());
    }
    return contacts;
  }

  /** The lines of {@code contacts.jsonl}, by Salesforce id. */
  private static Map<String, String> exported(Path root) throws IOException {
    Map<String, String> contacts = new HashMap<>();
    for (String line :
        Files.readAllLines(root.resolve("out/contacts.jsonl"), StandardCharsets.UTF_8)) {
      contacts.put(JSON.readTree(line).path("salesforceId").asText(), line);
    }
    return contacts;
  }

  /**
   * A Merge in front of the fake that passes every request on and puts one hostile value into every
   * contact of a list page but one in {@code VALUES.size() + 1}, chosen by Salesforce id.
   */
  private void startProxy() throws IOException {
    proxy.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            try {
              return forward(request);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        });
    proxy.start(InetAddress.getLoopbackAddress(), 0);
  }

  private MockResponse forward(RecordedRequest request) throws IOException {
    Headers.Builder headers = new Headers.Builder();
    for (String name : request.getHeaders().names()) {
      if (!List.of("host", "content-length", "accept-encoding", "connection")
          .contains(name.toLowerCase(java.util.Locale.ROOT))) {
        request.getHeaders().values(name).forEach(v -> headers.add(name, v));
      }
    }
    RequestBody body =
        request.getBody() == null || request.getMethod().equals("GET")
            ? null
            : RequestBody.create(request.getBody(), MediaType.get("application/json"));
    Request forwarded =
        new Request.Builder()
            .url(request.getUrl().newBuilder().port(fake.port()).build())
            .headers(headers.build())
            .method(request.getMethod(), body)
            .build();
    try (Response response = http.newCall(forwarded).execute()) {
      byte[] bytes = response.body().bytes();
      String path = request.getUrl().encodedPath();
      if (response.code() == 200 && path.endsWith("/contacts")) {
        bytes = hostile(bytes);
      }
      return new MockResponse.Builder()
          .code(response.code())
          .setHeader("Content-Type", "application/json")
          .body(new Buffer().write(bytes))
          .build();
    }
  }

  private byte[] hostile(byte[] page) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(page);
    Map<String, String> raw = new HashMap<>();
    for (JsonNode contact : root.path("results")) {
      String id = contact.path("remote_id").asText();
      int pick = Math.floorMod(id.hashCode(), VALUES.size() + 1);
      if (pick == VALUES.size()) {
        continue;
      }
      Hostile value = VALUES.get(pick);
      for (JsonNode field : contact.path("remote_fields")) {
        if (value
            .field()
            .equals(field.path("remote_field_class").path("remote_key_name").asText())) {
          String placeholder = "@@" + id + "@@";
          ((ObjectNode) field).put("value", placeholder);
          raw.put("\"" + placeholder + "\"", value.json());
          given.put(id, value);
        }
      }
    }
    String text = root.toString();
    for (Map.Entry<String, String> entry : raw.entrySet()) {
      text = text.replace(entry.getKey(), entry.getValue());
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
