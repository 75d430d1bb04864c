package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class ClientTest {
  private final MockMerge merge = new MockMerge();

  @AfterEach
  void close() {
    merge.close();
  }

  @Test
  void regionsHaveMergesHosts() {
    assertThat(builder().build().baseUrl()).isEqualTo("https://api.merge.dev/api/crm/v1/");
    assertThat(builder().region(MergeRegion.EU).build().baseUrl())
        .isEqualTo("https://api-eu.merge.dev/api/crm/v1/");
    assertThat(builder().region(MergeRegion.APAC).build().baseUrl())
        .isEqualTo("https://api-ap.merge.dev/api/crm/v1/");
    assertThat(builder().baseUrl("https://api-sandbox.merge.dev/api/crm/v1").build().baseUrl())
        .isEqualTo("https://api-sandbox.merge.dev/api/crm/v1/");
  }

  @Test
  void plainHttpIsAllowedOnlyForLoopbackHosts() {
    assertThat(builder().baseUrl("http://127.0.0.1:8089/api/crm/v1/").build().baseUrl())
        .isEqualTo("http://127.0.0.1:8089/api/crm/v1/");
    assertThat(builder().baseUrl("http://localhost/api/crm/v1/").build().baseUrl())
        .isEqualTo("http://localhost/api/crm/v1/");
    assertThat(builder().baseUrl("http://[::1]:9000/api/crm/v1/").build().baseUrl())
        .isEqualTo("http://[::1]:9000/api/crm/v1/");
    assertThatThrownBy(() -> builder().baseUrl("http://api.merge.dev/api/crm/v1/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "baseUrl must use https; http is allowed only for loopback hosts (localhost,"
                + " 127.0.0.1, ::1), was http://api.merge.dev/api/crm/v1/");
    assertThatThrownBy(() -> builder().baseUrl("http://127.0.0.1.evil.example/"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void baseUrlMistakesAreNamed() {
    assertThatThrownBy(() -> builder().baseUrl("api.merge.dev"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl must be an absolute http or https URL, was \"api.merge.dev\"");
    assertThatThrownBy(() -> builder().baseUrl("https://user:secret@api.merge.dev/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl must not carry a user name or password");
    assertThatThrownBy(() -> builder().baseUrl("https://api.merge.dev/api/crm/v1/?x=1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "baseUrl must not carry a query or fragment, was"
                + " https://api.merge.dev/api/crm/v1/?x=1");
  }

  @Test
  void configurationMistakesAreNamed() {
    assertThatThrownBy(() -> MergeCrmClient.builder().accountToken("t").build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("apiKey must be set");
    assertThatThrownBy(() -> MergeCrmClient.builder().apiKey("k").build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("accountToken must be set");
    assertThatThrownBy(() -> MergeCrmClient.builder().apiKey(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiKey must not be blank");
    assertThatThrownBy(() -> MergeCrmClient.builder().accountToken("tok en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accountToken must be printable ASCII without spaces, as Merge issues it");
    assertThatThrownBy(() -> MergeCrmClient.builder().apiKey(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("apiKey == null");
    assertThatThrownBy(() -> builder().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readTimeout must be positive, was PT0S");
    assertThatThrownBy(() -> builder().callTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("callTimeout must not be negative, was PT-1S");
    assertThatThrownBy(() -> builder().maxResponseBytes(100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResponseBytes must be at least 1024, was 100");
    assertThatThrownBy(() -> RateLimit.perMinute(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requestsPerMinute must be at least 1, was 0");
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retryPolicy.maxAttempts must be at least 1, was 0");
    assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retryPolicy.jitter must be between 0 and 1, was 1.5");
    assertThatThrownBy(() -> RetryPolicy.builder().maxBackoff(Duration.ofMillis(10)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retryPolicy.maxBackoff must be at least initialBackoff (PT0.5S), was PT0.01S");
  }

  @Test
  void toStringNeverShowsTheSecrets() {
    MergeCrmClient.Builder builder = merge.clientBuilder();
    MergeCrmClient client = builder.build();

    assertThat(client.toString())
        .isEqualTo(
            "MergeCrmClient{baseUrl="
                + merge.baseUrl()
                + ", apiKey=****, accountToken=****, rateLimit=600/min}");
    assertThat(builder.toString()).doesNotContain(MockMerge.API_KEY, MockMerge.ACCOUNT_TOKEN);
    assertThat(MergeContactSource.create(client).toString())
        .doesNotContain(MockMerge.API_KEY, MockMerge.ACCOUNT_TOKEN);
  }

  @Test
  void aSharedOkHttpClientLendsItsPoolsAndIsLeftUnchanged() {
    OkHttpClient shared = new OkHttpClient();
    merge.enqueueFixture("account-details.json");

    merge.clientBuilder().okHttpClient(shared).build().accountDetails();

    assertThat(shared.interceptors()).isEmpty();
    assertThat(shared.followRedirects()).isTrue();
    assertThat(shared.connectionPool().connectionCount()).isEqualTo(1);
  }

  @Test
  void newBuilderHoldsEverySettingAndDerivesAnotherAccountsClient() throws Exception {
    OkHttpClient shared = new OkHttpClient();
    MergeCrmClient.Builder original =
        merge
            .clientBuilder()
            .okHttpClient(shared)
            .connectTimeout(Duration.ofSeconds(3))
            .writeTimeout(Duration.ofSeconds(4))
            .callTimeout(Duration.ofSeconds(50))
            .maxResponseBytes(1024 * 1024)
            .retryPolicy(RetryPolicy.defaults().newBuilder().maxAttempts(2).build());
    MergeCrmClient template = original.build();

    MergeCrmClient.Builder derived = template.newBuilder();

    for (Field field : MergeCrmClient.Builder.class.getDeclaredFields()) {
      field.setAccessible(true);
      assertThat(field.get(derived)).as(field.getName()).isEqualTo(field.get(original));
    }
    merge.enqueueFixture("account-details.json");
    MergeCrmClient other = derived.accountToken("other-token").build();
    other.accountDetails();
    assertThat(merge.take().getHeaders().get("X-Account-Token")).isEqualTo("other-token");
    assertThat(other.ownedHttp()).isEmpty();
    assertThat(template.requestCount()).isZero();
    assertThat(derived.toString()).doesNotContain(MockMerge.API_KEY, "other-token");
  }

  @Test
  void closingAClientShutsTheOkHttpClientItMadeButNeverASharedOne() {
    OkHttpClient shared = new OkHttpClient();
    merge.enqueueFixture("account-details.json");
    merge.enqueueFixture("account-details.json");
    MergeCrmClient own = merge.client();
    MergeCrmClient borrowing = merge.clientBuilder().okHttpClient(shared).build();
    own.accountDetails();
    borrowing.accountDetails();
    OkHttpClient made = own.ownedHttp().orElseThrow();

    try (own;
        borrowing) {
      assertThat(borrowing.ownedHttp()).isEmpty();
    }

    assertThat(made.dispatcher().executorService().isShutdown()).isTrue();
    assertThat(made.connectionPool().connectionCount()).isZero();
    assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
    assertThat(shared.connectionPool().connectionCount()).isEqualTo(1);
  }

  @Test
  void mergesClockIsTheEndOfItsLatestDateSecondPlusTheTimeSinceOnTheClientsClock() {
    MergeCrmClient client = merge.client();
    assertThat(client.serverTime()).isEmpty();
    merge.server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("Date", "Wed, 01 May 2024 09:50:00 GMT")
            .body(MockMerge.fixture("account-details.json"))
            .build());

    client.accountDetails();
    merge.time.advance(Duration.ofSeconds(30));

    assertThat(client.serverTime()).contains(Instant.parse("2024-05-01T09:50:31Z"));
  }

  @Test
  void accountDetailsAreReadFromTheirEndpoint() {
    merge.enqueueFixture("account-details.json");

    AccountDetails details = merge.client().accountDetails();

    RecordedRequest request = merge.take();
    assertThat(request.getRequestLine()).isEqualTo("GET /api/crm/v1/account-details HTTP/1.1");
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo("levitate-sf/0.1");
    assertThat(details.isSalesforce()).isTrue();
    assertThat(details.status()).contains("COMPLETE");
    assertThat(details.endUserOrganizationName()).contains("Babbage & Co");
    assertThat(details.completedAt()).contains(Instant.parse("2024-04-29T15:00:00Z"));
  }

  @Test
  void syncStatusListsEveryModelWithMergesStates() {
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"model_name\": \"Contact\", \"model_id\":"
            + " \"crm.Contact\", \"status\": \"PARTIALLY_SYNCED\", \"last_sync_result\": \"FAILED\","
            + " \"is_initial_sync\": true}, {\"model_id\": \"crm.Note\", \"status\": \"SOMETHING_NEW\"}]}");

    List<SourceSyncStatus> statuses = merge.client().syncStatus();

    assertThat(statuses)
        .extracting(SourceSyncStatus::status)
        .containsExactly(SourceSyncStatus.State.PARTIALLY_SYNCED, SourceSyncStatus.State.UNKNOWN);
    assertThat(statuses.get(0).lastSyncResult()).contains(SourceSyncStatus.State.FAILED);
    assertThat(statuses.get(0).initialSync()).isTrue();
    assertThat(statuses.get(0).incomplete()).isTrue();
  }

  @Test
  void usersAreReadRecordByRecordSoABrokenOneIsListedNotFatal() {
    merge.enqueueFixture("users.json");

    MergePage<SourceUser> page = merge.client().users().iterator().next();

    assertThat(merge.take().getRequestLine())
        .isEqualTo("GET /api/crm/v1/users?page_size=100 HTTP/1.1");
    assertThat(page.items()).hasSize(6);
    assertThat(page.items().get(0).email()).contains("Charles.Babbage@example.com");
    assertThat(page.items().get(1).active()).contains(false);
    assertThat(page.unreadable())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.mergeId()).contains("0f9e8d7c-u007-4b5a-9c8d-7e6f5a4b3c27");
              assertThat(u.reason()).isEqualTo("name does not hold text");
            });
  }

  private static MergeCrmClient.Builder builder() {
    return MergeCrmClient.builder().apiKey("key").accountToken("token");
  }
}
