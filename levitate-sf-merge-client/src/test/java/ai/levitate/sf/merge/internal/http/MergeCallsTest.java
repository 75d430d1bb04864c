package ai.levitate.sf.merge.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.levitate.sf.merge.ManualTime;
import ai.levitate.sf.merge.MergeInvalidResponseException;
import ai.levitate.sf.merge.MergeServerException;
import ai.levitate.sf.merge.MockMerge;
import ai.levitate.sf.merge.RateLimit;
import ai.levitate.sf.merge.RetryPolicy;
import ai.levitate.sf.merge.internal.MergeConverters;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;

final class MergeCallsTest {
  /** Endpoints of the kinds MergeApi declares, against a mock server. */
  interface Endpoints {
    @POST("notes")
    JsonNode post(@Header("Idempotency-Key") Optional<String> key, @Body Map<String, String> body);

    @GET("thing")
    Answered<JsonNode> thing();

    @GET("record")
    Shape record();
  }

  record Shape(String id) {}

  private final MockMerge merge = new MockMerge();
  private final ManualTime time = merge.time;
  private final AtomicLong counted = new AtomicLong();
  private final Failures failures =
      new Failures(new Redactor(MockMerge.API_KEY, MockMerge.ACCOUNT_TOKEN));
  private final MergeCalls calls =
      new MergeCalls(
          RetryPolicy.defaults(),
          new TokenBucket(RateLimit.ENTERPRISE, time, time),
          new FailureBudget(FailureBudget.DEFAULT_BUDGET, FailureBudget.WINDOW, time, time),
          time,
          time,
          time,
          new Random(7),
          failures,
          counted);
  private final OkHttpClient http =
      new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

  @AfterEach
  void close() {
    merge.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private Endpoints endpoints(MergeCalls calls) {
    return new Retrofit.Builder()
        .baseUrl(merge.baseUrl())
        .client(http)
        .addConverterFactory(new MergeConverters(failures))
        .addCallAdapterFactory(calls)
        .validateEagerly(true)
        .build()
        .create(Endpoints.class);
  }

  @Test
  void aPostWithoutAnIdempotencyKeyIsSentOnce() {
    merge.enqueue(503, "{}");
    merge.enqueue(200, "{\"ok\": true}");

    MergeServerException e =
        catchThrowableOfType(
            MergeServerException.class,
            () -> endpoints(calls).post(Optional.empty(), Map.of("a", "b")));

    assertThat(e).hasMessage("POST /api/crm/v1/notes failed with HTTP 503: {}");
    assertThat(merge.server.getRequestCount()).isEqualTo(1);
    assertThat(merge.take().getHeaders().get("Idempotency-Key")).isNull();
    assertThat(counted).hasValue(1);
  }

  @Test
  void aPostWithAnIdempotencyKeyIsRetriedWithTheSameKey() {
    merge.enqueue(503, "{}");
    merge.enqueue(200, "{\"ok\": true}");

    JsonNode answer = endpoints(calls).post(Optional.of("key-1"), Map.of("a", "b"));

    assertThat(answer.path("ok").asBoolean()).isTrue();
    assertThat(merge.take().getHeaders().get("Idempotency-Key")).isEqualTo("key-1");
    assertThat(merge.take().getHeaders().get("Idempotency-Key")).isEqualTo("key-1");
    assertThat(counted).hasValue(2);
  }

  @Test
  void aJsonNullIsAnInvalidResponseNamingTheRequestAndItsAttempts() {
    merge.enqueue(500, "{}");
    merge.enqueue(200, "null");

    MergeInvalidResponseException e =
        catchThrowableOfType(MergeInvalidResponseException.class, () -> endpoints(calls).record());

    assertThat(e)
        .hasMessage(
            "GET /api/crm/v1/record answered HTTP 200 with JSON that is not an" + " object");
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.body()).isEqualTo("null");
  }

  @Test
  void anAnsweredValueComesWithItsAnswer() {
    merge.enqueue(429, "{}");
    merge.enqueue(200, "{\"n\": 1}");

    Answered<JsonNode> answered = endpoints(calls).thing();

    assertThat(answered.value().path("n").asInt()).isEqualTo(1);
    assertThat(answered.answer().request()).isEqualTo("GET /api/crm/v1/thing");
    assertThat(answered.answer().attempts()).isEqualTo(2);
    assertThat(answered.answer().status()).isEqualTo(200);
  }

  @Test
  void aCountingViewCountsOnItsOwnCounterAndTheClients() {
    AtomicLong mine = new AtomicLong();
    merge.enqueue(200, "{\"id\": \"x\"}");
    merge.enqueue(200, "{\"id\": \"y\"}");

    assertThat(endpoints(calls.counting(mine)).record().id()).isEqualTo("x");
    assertThat(endpoints(calls).record().id()).isEqualTo("y");

    assertThat(mine).hasValue(1);
    assertThat(counted).hasValue(2);
  }
}
