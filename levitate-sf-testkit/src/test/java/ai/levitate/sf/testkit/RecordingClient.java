package ai.levitate.sf.testkit;

import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.RateLimit;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The Merge client over a fake server, keeping the body of every answer exactly as the client
 * received it, so a test can check the JSON the client parsed. Time passes only on the clock: the
 * client sleeps by moving it.
 */
final class RecordingClient {
  private static final String PREFIX = "/api/crm/v1";

  private final Map<String, List<JsonNode>> answers = new LinkedHashMap<>();
  final MergeCrmClient client;

  RecordingClient(FakeMergeServer server, String accountToken, ManualClock clock) {
    OkHttpClient recording =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  Request request = chain.request();
                  Response response = chain.proceed(request);
                  record(
                      request.method()
                          + " "
                          + request.url().encodedPath().substring(PREFIX.length()),
                      response.peekBody(Long.MAX_VALUE).bytes());
                  return response;
                })
            .build();
    this.client =
        MergeCrmClient.builder()
            .apiKey(server.apiKey())
            .accountToken(accountToken)
            .baseUrl(server.baseUrl())
            .okHttpClient(recording)
            .rateLimit(RateLimit.ENTERPRISE)
            .clock(clock)
            .nanoClock(clock)
            .sleeper(clock::advance)
            .random(new Random(5))
            .build();
  }

  private synchronized void record(String request, byte[] body) {
    try {
      answers.computeIfAbsent(request, k -> new ArrayList<>()).add(TestHttp.JSON.readTree(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bodies of every answer to {@code request}, e.g. {@code GET /contacts}, oldest first. */
  synchronized List<JsonNode> answers(String request) {
    List<JsonNode> bodies = answers.getOrDefault(request, List.of());
    if (bodies.isEmpty()) {
      throw new AssertionError("the client sent no " + request + "; it sent " + answers.keySet());
    }
    return List.copyOf(bodies);
  }

  /** The records of every page answering {@code request}. */
  List<JsonNode> results(String request) {
    List<JsonNode> records = new ArrayList<>();
    answers(request).forEach(page -> page.path("results").forEach(records::add));
    return records;
  }
}
