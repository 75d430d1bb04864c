package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class RateLimitAndAuthTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:10Z"));
  private final FakeMergeServer server =
      FakeMergeServer.builder().clock(clock).rateLimitPerMinute(5).start();
  private final MergeDataSet a =
      SalesforceDataGenerator.builder().seed(1).contacts(40).clock(clock).build().generate();
  private final MergeDataSet b =
      SalesforceDataGenerator.builder().seed(2).contacts(40).clock(clock).build().generate();

  RateLimitAndAuthTest() {
    server.addLinkedAccount("token-a", a);
    server.addLinkedAccount("token-b", b);
  }

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void answers429PastTheLimitUntilTheMinuteOfFakeTimeEnds() throws IOException {
    TestHttp http = new TestHttp(server, "token-a");
    for (int i = 0; i < 5; i++) {
      assertThat(http.get("contacts").status()).isEqualTo(200);
    }

    TestHttp.Answer limited = http.get("contacts");
    clock.advance(Duration.ofSeconds(49));
    TestHttp.Answer stillLimited = http.get("users");
    clock.advance(Duration.ofSeconds(1));
    TestHttp.Answer nextMinute = http.get("contacts");

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.retryAfter()).isEqualTo("50");
    assertThat(stillLimited.status()).isEqualTo(429);
    assertThat(stillLimited.retryAfter()).isEqualTo("1");
    assertThat(nextMinute.status()).isEqualTo(200);
  }

  @Test
  void countsTheLimitPerLinkedAccount() throws IOException {
    TestHttp http = new TestHttp(server, "token-a");
    for (int i = 0; i < 6; i++) {
      http.get("users");
    }

    assertThat(new TestHttp(server, "token-b").get("users").status()).isEqualTo(200);
  }

  @Test
  void answers401ForAWrongApiKey() throws IOException {
    OkHttpClient client = new OkHttpClient();
    Request request =
        new Request.Builder()
            .url(server.baseUrl() + "contacts")
            .header("Authorization", "Bearer wrong")
            .header("X-Account-Token", "token-a")
            .build();

    try (Response response = client.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(401);
    }
  }

  @Test
  void answers401ForAnUnknownMissingOrRevokedAccountToken() throws IOException {
    assertThat(new TestHttp(server, "token-c").get("contacts").status()).isEqualTo(401);
    assertThat(new TestHttp(server, null).get("contacts").status()).isEqualTo(401);

    LinkedAccount revoked = server.addLinkedAccount("token-d", a);
    revoked.revokeToken();
    assertThat(new TestHttp(server, "token-d").get("contacts").status()).isEqualTo(401);
    revoked.restoreToken();
    assertThat(new TestHttp(server, "token-d").get("contacts").status()).isEqualTo(200);
  }

  @Test
  void neverShowsOneAccountsDataToAnotherAccountsToken() throws IOException {
    TestHttp http = new TestHttp(server, "token-a");

    List<String> listed = FakeMergeServerPagingTest.readAll(http, "contacts?page_size=100");
    TestHttp.Answer foreign = http.get("contacts/" + b.contactId(0));
    String foreignRemoteId = b.contact(b.contactId(0)).orElseThrow().remoteId().orElseThrow();
    TestHttp.Answer byRemoteId = http.get("contacts?remote_id=" + foreignRemoteId);

    assertThat(listed).hasSize(40).doesNotContain(b.contactId(0)).contains(a.contactId(0));
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(byRemoteId.json().path("results")).isEmpty();
    assertThat(server.requests())
        .extracting(r -> r.linkedAccountId().orElseThrow())
        .containsOnly(server.requests().get(0).linkedAccountId().orElseThrow());
  }
}
