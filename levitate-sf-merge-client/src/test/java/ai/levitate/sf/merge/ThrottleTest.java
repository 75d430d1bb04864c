package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.spi.ContactQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The rate limiter and the failure budget, measured on the injected clock. */
final class ThrottleTest {
  private final MockMerge merge = new MockMerge();
  private final List<Instant> arrivals = Collections.synchronizedList(new ArrayList<>());

  @AfterEach
  void close() {
    merge.close();
  }

  /** Answers every request with {@code answer} and notes its arrival on the manual clock. */
  private void answerAll(Function<RecordedRequest, MockResponse> answer) {
    merge.server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            arrivals.add(merge.time.instant());
            return answer.apply(request);
          }
        });
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void theRateLimiterKeepsEverySlidingMinuteWithinTheLimit() {
    answerAll(request -> json(200, MockMerge.fixture("account-details.json")));
    MergeCrmClient client = merge.clientBuilder().rateLimit(RateLimit.perMinute(20)).build();

    for (int i = 0; i < 45; i++) {
      client.accountDetails();
    }

    assertThat(maxInWindow(Duration.ofSeconds(61))).isLessThanOrEqualTo(20);
    // one token of burst, then 19 every 61 seconds: 44 more requests need 44 * 61 / 19 seconds
    assertThat(merge.time.slept())
        .isBetween(Duration.ofMillis(141_255), Duration.ofMillis(141_275));
  }

  @Test
  void theRateLimiterKeepsItsPaceWhenTheWallClockIsSet() {
    answerAll(request -> json(200, MockMerge.fixture("account-details.json")));
    MergeCrmClient client = merge.clientBuilder().rateLimit(RateLimit.LAUNCH).build();
    for (int i = 0; i < 5; i++) {
      client.accountDetails();
    }

    merge.time.jumpWall(Duration.ofHours(2));
    client.accountDetails();
    merge.time.jumpWall(Duration.ofHours(-3));
    client.accountDetails();

    // no burst after the step forward, no stall after the step back: one token each, 61 s / 95
    assertThat(merge.time.sleeps())
        .hasSize(2)
        .allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(642), Duration.ofMillis(643)));
  }

  @Test
  void aPlanLimitAllowsABurstOfOneTwentiethThenAnEvenPace() {
    answerAll(request -> json(200, MockMerge.fixture("account-details.json")));
    MergeCrmClient client = merge.clientBuilder().rateLimit(RateLimit.LAUNCH).build();

    for (int i = 0; i < 5; i++) {
      client.accountDetails();
    }
    assertThat(merge.time.sleeps()).isEmpty();
    client.accountDetails();

    // 95 tokens every 61 seconds after the burst
    assertThat(merge.time.sleeps())
        .singleElement()
        .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(642), Duration.ofMillis(643)));
  }

  @Test
  void repeatedFailuresSlowTheClientSoMergesIpBlockIsNeverTripped() {
    answerAll(request -> json(500, "{}"));
    MergeCrmClient client = merge.clientBuilder().retryPolicy(RetryPolicy.none()).build();

    for (int i = 0; i < 35; i++) {
      assertThatThrownBy(client::accountDetails).isInstanceOf(MergeServerException.class);
    }

    assertThat(arrivals).hasSize(35);
    assertThat(maxInWindow(Duration.ofSeconds(10))).isEqualTo(10);
    assertThat(merge.time.slept()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void rateLimitAnswersDoNotCountAsFailuresForTheIpBlock() {
    answerAll(request -> json(429, "{}"));
    MergeCrmClient client = merge.clientBuilder().retryPolicy(RetryPolicy.none()).build();

    for (int i = 0; i < 25; i++) {
      assertThatThrownBy(client::accountDetails).isInstanceOf(MergeRateLimitedException.class);
    }

    assertThat(merge.time.sleeps()).isEmpty();
  }

  @Test
  void severalThreadsPagingCreatedAtWindowsShareOneLimiterAndOneCount() throws Exception {
    answerAll(
        request -> {
          String cursor = request.getUrl().queryParameter("cursor");
          int page = cursor == null ? 1 : Integer.parseInt(cursor);
          String next = page < 10 ? "\"" + (page + 1) + "\"" : "null";
          if (request.getUrl().encodedPath().endsWith("remote-field-classes")) {
            return json(200, "{\"next\": null, \"results\": []}");
          }
          return json(
              200,
              "{\"next\": "
                  + next
                  + ", \"results\": [{\"id\": \""
                  + request.getUrl().queryParameter("created_after")
                  + "-"
                  + page
                  + "\"}]}");
        });
    MergeCrmClient client = merge.clientBuilder().rateLimit(RateLimit.LAUNCH).build();
    MergeContactSource source = MergeContactSource.create(client);
    source.fieldCatalog();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Long>> windows = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        Instant from = Instant.parse("2020-01-01T00:00:00Z").plus(Duration.ofDays(365L * w));
        ContactQuery query =
            ContactQuery.builder()
                .createdAfter(from)
                .createdBefore(from.plus(Duration.ofDays(365)))
                .build();
        windows.add(pool.submit(() -> source.contacts(query).items().count()));
      }
      long contacts = 0;
      for (Future<Long> window : windows) {
        contacts += window.get(30, TimeUnit.SECONDS);
      }

      assertThat(contacts).isEqualTo(40);
    } finally {
      pool.shutdownNow();
    }
    assertThat(client.requestCount()).isEqualTo(41);
    assertThat(source.requestCount()).isEqualTo(41);
    assertThat(maxInWindow(Duration.ofMinutes(1))).isLessThanOrEqualTo(100);
    // 5 tokens of burst (the catalog took one), then 95 every 61 seconds for the other 36 requests
    assertThat(merge.time.slept()).isGreaterThanOrEqualTo(Duration.ofMillis(36 * 61_000 / 95));
  }

  private int maxInWindow(Duration window) {
    List<Instant> times = new ArrayList<>(arrivals);
    Collections.sort(times);
    int max = 0;
    for (int i = 0; i < times.size(); i++) {
      int count = 0;
      for (int j = i; j < times.size() && times.get(j).isBefore(times.get(i).plus(window)); j++) {
        count++;
      }
      max = Math.max(max, count);
    }
    return max;
  }
}
