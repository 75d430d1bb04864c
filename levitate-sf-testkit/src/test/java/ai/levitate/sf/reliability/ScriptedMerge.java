package ai.levitate.sf.reliability;

import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.merge.RetryPolicy;
import ai.levitate.sf.testkit.FakeMergeServer;
import ai.levitate.sf.testkit.ManualClock;
import ai.levitate.sf.testkit.MergeDataSet;
import ai.levitate.sf.testkit.SalesforceDataGenerator;
import ai.levitate.sf.testkit.internal.NoDelayServerSockets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A stand-in for Merge that answers every endpoint with a body the fake server made (so everything
 * but the answer under test is realistic) and one endpoint with a hostile answer, the same on every
 * attempt. Bodies are taken from a {@link FakeMergeServer} once, at the start.
 */
final class ScriptedMerge implements AutoCloseable {
  /** The client reads at most this much of a body; hostile bodies go well beyond it. */
  static final long BODY_CAP = 1024 * 1024;

  final Map<String, byte[]> templates = new ConcurrentHashMap<>();
  final String token = Secrets.token("hostile");
  private final MockWebServer server = new MockWebServer();
  private final Map<String, Supplier<MockResponse>> hostile = new ConcurrentHashMap<>();

  ScriptedMerge() {
    capture();
    // Answers go out at once: with Nagle's algorithm each would wait for a delayed ACK.
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String endpoint = endpoint(request.getMethod(), request.getUrl().encodedPath());
            Supplier<MockResponse> answer = hostile.get(endpoint);
            if (answer != null) {
              return answer.get();
            }
            byte[] body = templates.get(endpoint);
            return body == null
                ? json(404, "{\"detail\": \"Not found.\"}".getBytes(StandardCharsets.UTF_8))
                : json(endpoint.startsWith("POST") ? 201 : 200, body);
          }
        });
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers {@code endpoint} (e.g. {@code GET /contacts}) with {@code answer} from now on. */
  void answer(String endpoint, Supplier<MockResponse> answer) {
    hostile.put(endpoint, answer);
  }

  /** Every endpoint answers its template again. */
  void reset() {
    hostile.clear();
  }

  static MockResponse json(int status, byte[] body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(new okio.Buffer().write(body))
        .build();
  }

  /**
   * A client of this stand-in with a small body cap and no real sleeping; {@code patient} gives it
   * timeouts no loaded machine misses, else they are short so that stalled answers cost little.
   */
  MergeCrmClient client(boolean patient) {
    ManualClock sleeps = ManualClock.at(Org.T0);
    return MergeCrmClient.builder()
        .baseUrl(server.url("/api/crm/v1/").toString())
        .apiKey(Secrets.API_KEY)
        .accountToken(token)
        .maxResponseBytes(BODY_CAP)
        .readTimeout(patient ? Duration.ofSeconds(10) : Duration.ofMillis(500))
        .callTimeout(patient ? Duration.ofSeconds(20) : Duration.ofSeconds(1))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
        .rateLimit(RateLimit.ENTERPRISE)
        .clock(sleeps)
        .nanoClock(sleeps)
        .sleeper(sleeps::advance)
        .random(new Random(3))
        .build();
  }

  private static String endpoint(String method, String path) {
    String rest = path.replaceFirst("^/api/crm/v1", "");
    if (rest.startsWith("/contacts/") && !rest.equals("/contacts/remote-field-classes")) {
      rest = "/contacts/{id}";
    }
    return method + " " + rest;
  }

  /** The fake's answers for one small generated org: the templates hostile answers start from. */
  private void capture() {
    ManualClock clock = ManualClock.at(Org.T0);
    MergeDataSet data =
        SalesforceDataGenerator.builder()
            .seed(77)
            .contacts(12)
            .users(3)
            .clock(clock)
            .build()
            .generate();
    OkHttpClient http = new OkHttpClient();
    try (FakeMergeServer fake =
        FakeMergeServer.builder().apiKey(Secrets.API_KEY).seed(77).clock(clock).start()) {
      fake.addLinkedAccount(token, data);
      String contact = data.contactId(0);
      get(
          http,
          fake,
          "GET /contacts/remote-field-classes",
          "contacts/remote-field-classes?page_size=100");
      get(http, fake, "GET /sync-status", "sync-status?page_size=100");
      get(
          http,
          fake,
          "GET /contacts",
          "contacts?expand=account,owner&include_remote_fields=true"
              + "&include_deleted_data=true&page_size="
              + HostileAnswers.PAGE);
      get(http, fake, "GET /users", "users?page_size=100");
      get(http, fake, "GET /accounts", "accounts?page_size=100");
      get(http, fake, "GET /account-details", "account-details");
      get(http, fake, "GET /notes/meta/post", "notes/meta/post");
      send(
          http,
          fake,
          "POST /notes",
          new Request.Builder()
              .url(fake.baseUrl() + "notes")
              .post(
                  RequestBody.create(
                      "{\"model\": {\"content\": \"Hello\", \"contact\": \""
                          + contact
                          + "\", \"integration_params\": {\"title\": \"Hi\"}}}",
                      MediaType.get("application/json"))));
      get(http, fake, "GET /notes", "notes?contact_id=" + contact + "&page_size=100");
      get(
          http,
          fake,
          "GET /contacts/{id}",
          "contacts/" + contact + "?expand=account,owner&include_remote_fields=true");
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private void get(OkHttpClient http, FakeMergeServer fake, String endpoint, String pathAndQuery) {
    send(http, fake, endpoint, new Request.Builder().url(fake.baseUrl() + pathAndQuery));
  }

  private void send(
      OkHttpClient http, FakeMergeServer fake, String endpoint, Request.Builder request) {
    request.header("Authorization", "Bearer " + Secrets.API_KEY).header("X-Account-Token", token);
    try (Response response = http.newCall(request.build()).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException(endpoint + " answered " + response.code());
      }
      templates.put(endpoint, response.body().bytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
