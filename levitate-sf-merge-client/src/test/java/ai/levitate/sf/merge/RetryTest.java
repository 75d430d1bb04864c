package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.levitate.sf.core.writeback.NoteRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class RetryTest {
  private static final String DETAILS = MockMerge.fixture("account-details.json");

  private final MockMerge merge = new MockMerge();

  @AfterEach
  void close() {
    merge.close();
  }

  private void enqueue(int status, String header, String value) {
    merge.server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .addHeader(header, value)
            .body("{\"detail\": \"slow down\"}")
            .build());
  }

  @Test
  void a429WithRetryAfterSecondsWaitsExactlyThatLongThenRetries() {
    enqueue(429, "Retry-After", "7");
    merge.enqueue(200, DETAILS);
    MergeCrmClient client = merge.client();

    assertThat(client.accountDetails().integrationSlug()).contains("salesforce");

    assertThat(merge.time.sleeps()).containsExactly(Duration.ofSeconds(7));
    assertThat(client.requestCount()).isEqualTo(2);
  }

  @Test
  void a429WithAnHttpDateRetryAfterWaitsUntilThatTime() {
    enqueue(429, "Retry-After", "Wed, 01 May 2024 10:00:12 GMT");
    merge.enqueue(200, DETAILS);

    merge.client().accountDetails();

    assertThat(merge.time.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void a429WithoutRetryAfterBacksOffExponentiallyWithSeededJitter() {
    merge.enqueue(429, "{}");
    merge.enqueue(429, "{}");
    merge.enqueue(429, "{}");
    merge.enqueue(200, DETAILS);

    merge.client().accountDetails();

    List<Duration> sleeps = merge.time.sleeps();
    assertThat(sleeps).hasSize(3);
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(400), Duration.ofMillis(500));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(800), Duration.ofMillis(1000));
    assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(1600), Duration.ofMillis(2000));
    assertThat(sleeps).isEqualTo(sleepsOfAnotherRunWithTheSameSeed());
  }

  private List<Duration> sleepsOfAnotherRunWithTheSameSeed() {
    try (MockMerge again = new MockMerge()) {
      again.enqueue(429, "{}");
      again.enqueue(429, "{}");
      again.enqueue(429, "{}");
      again.enqueue(200, DETAILS);
      again.client().accountDetails();
      return again.time.sleeps();
    }
  }

  @Test
  void backoffIsCappedByThePolicy() {
    for (int i = 0; i < 5; i++) {
      merge.enqueue(503, "{}");
    }
    merge.enqueue(200, DETAILS);
    MergeCrmClient client =
        merge
            .clientBuilder()
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(6)
                    .initialBackoff(Duration.ofSeconds(1))
                    .maxBackoff(Duration.ofSeconds(3))
                    .jitter(0)
                    .build())
            .build();

    client.accountDetails();

    assertThat(merge.time.sleeps())
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(3),
            Duration.ofSeconds(3),
            Duration.ofSeconds(3));
  }

  @Test
  void rateLimitingThatOutlastsTheAttemptsEndsWithRetryAfterExposed() {
    for (int i = 0; i < 3; i++) {
      enqueue(429, "Retry-After", "5");
    }
    MergeCrmClient client =
        merge.clientBuilder().retryPolicy(RetryPolicy.builder().maxAttempts(3).build()).build();

    MergeRateLimitedException e =
        catchThrowableOfType(MergeRateLimitedException.class, client::accountDetails);

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(5));
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.status()).hasValue(429);
    assertThat(e.request()).isEqualTo("GET /api/crm/v1/account-details");
    assertThat(e)
        .hasMessage(
            "GET /api/crm/v1/account-details failed with HTTP 429 after 3"
                + " attempts: {\"detail\": \"slow down\"}");
  }

  @Test
  void aRetryAfterLongerThanThePolicyWaitsOutEndsTheCallAtOnce() {
    enqueue(429, "Retry-After", "3600");

    MergeRateLimitedException e =
        catchThrowableOfType(MergeRateLimitedException.class, merge.client()::accountDetails);

    assertThat(e.retryAfter()).contains(Duration.ofHours(1));
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(merge.time.sleeps()).isEmpty();
  }

  @Test
  void a503ThenSuccessReturnsTheAnswer() {
    merge.enqueue(503, "<html>Service Unavailable</html>");
    merge.enqueue(200, DETAILS);
    MergeCrmClient client = merge.client();

    assertThat(client.accountDetails().id()).contains("0496d4c2-42e6-4072-80b3-7b69bfdc76fd");
    assertThat(client.requestCount()).isEqualTo(2);
  }

  @Test
  void serverErrorsOnEveryAttemptEndInAServerException() {
    for (int i = 0; i < 5; i++) {
      merge.enqueue(502, "Bad gateway");
    }

    assertThatThrownBy(merge.client()::accountDetails)
        .isInstanceOf(MergeServerException.class)
        .hasMessage(
            "GET /api/crm/v1/account-details failed with HTTP 502 after 5 attempts:"
                + " Bad gateway")
        .satisfies(e -> assertThat(((MergeException) e).body()).isEqualTo("Bad gateway"));
    assertThat(merge.server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void aTimedOutPostWithAnIdempotencyKeyIsRetriedWithTheSameKeyAndBody() {
    AtomicInteger posts = new AtomicInteger();
    merge.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (posts.incrementAndGet() == 1) {
              return new MockResponse.Builder()
                  .onResponseStart(SocketEffect.Stall.INSTANCE)
                  .build();
            }
            return new MockResponse.Builder()
                .code(201)
                .body(
                    "{\"model\": {\"id\": \"note-1\","
                        + " \"remote_id\": \"002xx\"}, \"warnings\": [], \"errors\": [], \"logs\": []}")
                .build();
          }
        });
    MergeCrmClient client = merge.clientBuilder().readTimeout(Duration.ofMillis(200)).build();

    CreatedNote note =
        client.createNote(
            NoteRequest.builder()
                .contactId("contact-1")
                .title("Card sent")
                .body("Birthday card")
                .idempotencyKey("levitate-activity-1")
                .build());

    assertThat(note.noteId()).isEqualTo("note-1");
    RecordedRequest first = merge.take();
    RecordedRequest second = merge.take();
    assertThat(first.getHeaders().get("Idempotency-Key")).isEqualTo("levitate-activity-1");
    assertThat(second.getHeaders().get("Idempotency-Key")).isEqualTo("levitate-activity-1");
    assertThat(second.getBody()).isEqualTo(first.getBody());
    assertThat(client.requestCount()).isEqualTo(posts.get()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aPostWithoutAnIdempotencyKeyIsNeverRetried() {
    merge.enqueue(503, "{}");

    assertThatThrownBy(
            () ->
                merge
                    .client()
                    .createNote(
                        NoteRequest.builder()
                            .contactId("contact-1")
                            .title("Card sent")
                            .body("Birthday card")
                            .build()))
        .isInstanceOf(MergeServerException.class)
        .satisfies(e -> assertThat(((MergeException) e).attempts()).isEqualTo(1));
    assertThat(merge.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPostWithoutAKeyWhoseConnectionDropsIsNotSentAgain() {
    merge.server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    merge.enqueue(201, "{\"model\": {\"id\": \"note-2\"}}");

    assertThatThrownBy(
            () ->
                merge
                    .client()
                    .createNote(
                        NoteRequest.builder()
                            .contactId("contact-1")
                            .title("Card sent")
                            .body("Birthday card")
                            .build()))
        .isInstanceOf(MergeConnectionException.class)
        .hasMessageStartingWith("POST /api/crm/v1/notes failed: ");
    assertThat(merge.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aGetWhoseConnectionDropsIsRetried() {
    merge.server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    merge.enqueue(200, DETAILS);

    assertThat(merge.client().accountDetails().integration()).contains("Salesforce");
    assertThat(merge.time.sleeps()).hasSize(1);
  }

  @Test
  void authenticationNotFoundAndBadRequestsAreNotRetried() {
    merge.enqueue(401, "{\"detail\": \"Invalid API key.\"}");
    merge.enqueue(404, "{\"detail\": \"Not found.\"}");
    merge.enqueue(
        400,
        "{\"errors\": [{\"title\": \"Invalid\", \"detail\": \"cursor is not"
            + " valid\", \"problem_type\": \"INVALID_CURSOR\", \"source\": {\"pointer\": \"/cursor\"}}]}");
    MergeCrmClient client = merge.client();

    assertThatThrownBy(client::accountDetails)
        .isInstanceOf(MergeAuthenticationException.class)
        .hasMessage(
            "GET /api/crm/v1/account-details failed with HTTP 401:"
                + " {\"detail\": \"Invalid API key.\"}");
    assertThatThrownBy(client::accountDetails).isInstanceOf(MergeNotFoundException.class);
    MergeRequestException bad =
        catchThrowableOfType(MergeRequestException.class, client::accountDetails);
    assertThat(bad.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.problemType()).contains("INVALID_CURSOR");
              assertThat(p.pointer()).contains("/cursor");
            });
    assertThat(bad)
        .hasMessage(
            "GET /api/crm/v1/account-details failed with HTTP 400:"
                + " INVALID_CURSOR (/cursor): cursor is not valid");
    assertThat(client.requestCount()).isEqualTo(3);
  }

  @Test
  void a408IsRetriedAndEndsAsAConnectionFailure() {
    for (int i = 0; i < 2; i++) {
      merge.enqueue(408, "{}");
    }
    MergeCrmClient client =
        merge.clientBuilder().retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build();

    assertThatThrownBy(client::accountDetails)
        .isInstanceOf(MergeConnectionException.class)
        .satisfies(e -> assertThat(((MergeException) e).status()).hasValue(408));
    assertThat(merge.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aBodyLargerThanTheCapIsAnInvalidResponseAndNotRetried() {
    merge.enqueue(200, "{\"id\": \"" + "x".repeat(5000) + "\"}");
    merge.server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .chunkedBody("[" + "1,".repeat(3000) + "1]", 512)
            .build());
    merge.enqueue(500, "y".repeat(5000));
    MergeCrmClient client = merge.clientBuilder().maxResponseBytes(1024).build();

    assertThatThrownBy(client::accountDetails)
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessage(
            "GET /api/crm/v1/account-details answered with a body larger than 1024 bytes"
                + " (HTTP 200); the client reads no more");
    assertThatThrownBy(client::accountDetails)
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessageContaining("larger than 1024 bytes (HTTP 200)");
    assertThatThrownBy(client::accountDetails)
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessageContaining("larger than 1024 bytes (HTTP 500)");
    assertThat(merge.server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void unreadableJsonIsAnInvalidResponseCarryingTheBody() {
    merge.enqueue(200, "<html>maintenance</html>");

    MergeInvalidResponseException e =
        catchThrowableOfType(MergeInvalidResponseException.class, merge.client()::accountDetails);

    assertThat(e.getMessage())
        .startsWith(
            "GET /api/crm/v1/account-details answered HTTP 200 with JSON the client cannot read:");
    assertThat(e.body()).isEqualTo("<html>maintenance</html>");
    assertThat(e.status()).hasValue(200);
  }

  @Test
  void aRedirectIsNotFollowedSoTheAccountTokenNeverLeavesForAnotherHost() {
    merge.server.enqueue(
        new MockResponse.Builder()
            .code(302)
            .addHeader("Location", "https://elsewhere.example/steal")
            .build());

    assertThatThrownBy(merge.client()::accountDetails)
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessage(
            "GET /api/crm/v1/account-details answered with a redirect (HTTP 302),"
                + " which the client does not follow");
    assertThat(merge.server.getRequestCount()).isEqualTo(1);
  }
}
