package ai.levitate.sf.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A bare HTTP client for the fake's tests: no retries, short timeouts, answers as JSON trees. */
final class TestHttp {
  static final ObjectMapper JSON = new ObjectMapper();

  private final OkHttpClient client;
  private final FakeMergeServer server;
  private final String token;

  TestHttp(FakeMergeServer server, String token) {
    this(server, token, Duration.ofSeconds(5));
  }

  TestHttp(FakeMergeServer server, String token, Duration readTimeout) {
    this.server = server;
    this.token = token;
    this.client =
        new OkHttpClient.Builder().retryOnConnectionFailure(false).readTimeout(readTimeout).build();
  }

  /** One answer: status, headers of interest and the body. */
  record Answer(int status, String body, String retryAfter) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  Answer get(String pathAndQuery) throws IOException {
    return send(request(pathAndQuery).get().build());
  }

  Answer post(String pathAndQuery, String json, String idempotencyKey) throws IOException {
    Request.Builder request =
        request(pathAndQuery).post(RequestBody.create(json, MediaType.get("application/json")));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request.build());
  }

  private Request.Builder request(String pathAndQuery) {
    Request.Builder request =
        new Request.Builder()
            .url(server.baseUrl() + pathAndQuery)
            .header("Authorization", "Bearer " + server.apiKey());
    if (token != null) {
      request.header("X-Account-Token", token);
    }
    return request;
  }

  private Answer send(Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      return new Answer(response.code(), response.body().string(), response.header("Retry-After"));
    }
  }
}
