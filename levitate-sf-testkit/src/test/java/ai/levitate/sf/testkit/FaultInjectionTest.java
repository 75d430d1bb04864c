package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class FaultInjectionTest {
  private static final String NOTE =
      "{\"model\": {\"content\": \"Called about the review\","
          + " \"contact\": \"%s\", \"integration_params\": {\"title\": \"Phone call\"}}}";

  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private final FakeMergeServer server = FakeMergeServer.builder().clock(clock).seed(5).start();
  private final MergeDataSet data =
      SalesforceDataGenerator.builder().seed(3).contacts(250).clock(clock).build().generate();
  private final LinkedAccount account = server.addLinkedAccount("token", data);
  private final TestHttp http = new TestHttp(server, "token");

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void answersTheThirdContactListWith503AndTheOthersNormally() throws IOException {
    server.inject(FaultRule.on("GET", "/contacts").nth(3).inject(Fault.serverError(503)));

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statuses.add(http.get("contacts").status());
    }

    assertThat(statuses).containsExactly(200, 200, 503, 200);
    assertThat(server.faultCount(FaultKind.SERVER_ERROR)).isEqualTo(1);
    assertThat(server.requests().get(2).fault()).contains(FaultKind.SERVER_ERROR);
    assertThat(server.requests().get(2).status()).isEqualTo(503);
  }

  @Test
  void rateLimitsWithRetryAfterInWholeSecondsRoundedUp() throws IOException {
    server.inject(
        FaultRule.on("GET", "/users").nth(1).inject(Fault.rateLimited(Duration.ofMillis(1_500))));

    TestHttp.Answer answer = http.get("users");

    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.retryAfter()).isEqualTo("2");
  }

  @Test
  void rateLimitsWithoutRetryAfter() throws IOException {
    server.inject(FaultRule.on("GET", "*").nth(1).inject(Fault.rateLimitedWithoutRetryAfter()));

    TestHttp.Answer answer = http.get("accounts");

    assertThat(answer.status()).isEqualTo(429);
    assertThat(answer.retryAfter()).isNull();
  }

  @Test
  void answersNothingOnATimeoutSoTheClientsReadTimeoutFires() throws IOException {
    server.inject(FaultRule.on("GET", "/contacts/{id}").nth(2).inject(Fault.timeout()));
    TestHttp impatient = new TestHttp(server, "token", Duration.ofMillis(400));
    // A first request loads the server's code, so the stalled one is counted well within the
    // timeout.
    assertThat(impatient.get("contacts/" + data.contactId(0)).status()).isEqualTo(200);

    assertThatThrownBy(() -> impatient.get("contacts/" + data.contactId(0)))
        .isInstanceOf(InterruptedIOException.class);
    assertThat(server.faultCount(FaultKind.TIMEOUT)).isEqualTo(1);
  }

  @Test
  void dropsTheConnectionBeforeStoringAPost() {
    server.inject(FaultRule.on("POST", "/notes").nth(1).inject(Fault.droppedConnection()));

    assertThatThrownBy(() -> http.post("notes", NOTE.formatted(data.contactId(0)), "key-1"))
        .isInstanceOf(IOException.class);
    assertThat(account.notes()).isEmpty();
  }

  @Test
  void storesAPostWhoseAnswerIsLostAndReplaysItForTheSameIdempotencyKey() throws IOException {
    server.inject(FaultRule.on("POST", "/notes").nth(1).inject(Fault.answerLost()));
    String body = NOTE.formatted(data.contactId(0));

    assertThatThrownBy(() -> http.post("notes", body, "key-1")).isInstanceOf(IOException.class);
    assertThat(account.notes()).hasSize(1);

    TestHttp.Answer retry = http.post("notes", body, "key-1");

    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json().path("model").path("id").asText())
        .isEqualTo(account.notes().get(0).id());
    assertThat(account.notes()).hasSize(1);
  }

  @Test
  void answersAWriteWith201AndErrorsStoringNothing() throws IOException {
    server.inject(
        FaultRule.on("*", "/notes").nth(1).inject(Fault.writeErrors("INVALID_REFERENCE")));

    assertThat(http.get("notes").status()).isEqualTo(200);
    TestHttp.Answer answer = http.post("notes", NOTE.formatted(data.contactId(0)), "key-2");

    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.json().path("model").isNull()).isTrue();
    assertThat(answer.json().path("errors").get(0).path("problem_type").asText())
        .isEqualTo("INVALID_REFERENCE");
    assertThat(answer.json().path("errors").get(0).path("source").path("pointer").asText())
        .isEqualTo("/model");
    assertThat(account.notes()).isEmpty();
    assertThat(server.faultCount(FaultKind.WRITE_ERRORS)).isEqualTo(1);
  }

  @Test
  void truncatesTheBodyShortOfItsDeclaredLength() {
    server.inject(FaultRule.on("GET", "/contacts").nth(1).inject(Fault.truncatedBody()));

    assertThatThrownBy(() -> http.get("contacts?page_size=50")).isInstanceOf(IOException.class);
    assertThat(server.faultCount(FaultKind.TRUNCATED_BODY)).isEqualTo(1);
  }

  @Test
  void sendsACompleteAnswerThatIsNotJson() throws IOException {
    server.inject(FaultRule.on("GET", "/contacts").nth(1).inject(Fault.malformedJson()));

    TestHttp.Answer answer = http.get("contacts");

    assertThat(answer.status()).isEqualTo(200);
    assertThatThrownBy(() -> TestHttp.JSON.readTree(answer.body()))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void repeatsTheCursorOfThePageJustServed() throws IOException {
    server.inject(FaultRule.on("GET", "/contacts").nth(2).inject(Fault.repeatedCursor()));
    JsonNode first = http.get("contacts?page_size=10").json();
    String cursor = first.path("next").asText();

    JsonNode second = http.get("contacts?page_size=10&cursor=" + cursor).json();
    JsonNode again =
        http.get("contacts?page_size=10&cursor=" + second.path("next").asText()).json();

    assertThat(second.path("next").asText()).isEqualTo(cursor);
    assertThat(ids(again)).isEqualTo(ids(second));
  }

  @Test
  void servesThePagesLastRecordAgainFirstOnTheNextPage() throws IOException {
    server.inject(FaultRule.on("GET", "/contacts").nth(1).inject(Fault.duplicateRecord()));

    JsonNode first = http.get("contacts?page_size=10").json();
    JsonNode second =
        http.get("contacts?page_size=10&cursor=" + first.path("next").asText()).json();

    assertThat(ids(second).get(0)).isEqualTo(ids(first).get(9));
  }

  @Test
  void sendsThePagesFirstRecordAsAShell() throws IOException {
    server.inject(FaultRule.on("GET", "/contacts").nth(1).inject(Fault.shellRecord()));

    JsonNode shell = http.get("contacts?include_remote_fields=true").json().path("results").path(0);

    assertThat(shell.path("id").asText()).isEqualTo(data.contactId(0));
    assertThat(shell.path("remote_id").asText()).isNotEmpty();
    assertThat(shell.path("first_name").isNull()).isTrue();
    assertThat(shell.path("last_name").isNull()).isTrue();
    assertThat(shell.path("remote_fields")).isEmpty();
  }

  @Test
  void answers401MidRun() throws IOException {
    server.inject(FaultRule.on("*", "*").from(2).times(1).inject(Fault.unauthorized()));

    assertThat(http.get("contacts").status()).isEqualTo(200);
    assertThat(http.get("contacts").status()).isEqualTo(401);
    assertThat(http.get("contacts").status()).isEqualTo(200);
  }

  @Test
  void injectsByProbabilityTheSameWayForTheSameSeed() throws IOException {
    List<Integer> first = statusesWithHalfFailing(server, http);
    try (FakeMergeServer twin = FakeMergeServer.builder().clock(clock).seed(5).start()) {
      twin.addLinkedAccount("token", data);
      List<Integer> second = statusesWithHalfFailing(twin, new TestHttp(twin, "token"));

      assertThat(second).isEqualTo(first);
    }
    assertThat(first).contains(200, 502);
    assertThat(first.stream().filter(s -> s == 502).count()).isBetween(20L, 80L);
  }

  @Test
  void limitsARuleToOneLinkedAccount() throws IOException {
    server.addLinkedAccount(
        "other",
        SalesforceDataGenerator.builder().seed(4).contacts(5).clock(clock).build().generate());
    server.inject(
        FaultRule.on("GET", "/contacts").forAccount("other").inject(Fault.serverError(500)));

    assertThat(http.get("contacts").status()).isEqualTo(200);
    assertThat(new TestHttp(server, "other").get("contacts").status()).isEqualTo(500);
  }

  @Test
  void countsRequestsAndFaultsPerEndpoint() throws IOException {
    server.inject(FaultRule.on("GET", "/users").from(1).inject(Fault.serverError(500)));
    http.get("users");
    http.get("users");
    http.get("contacts");

    assertThat(server.requestCount()).isEqualTo(3);
    assertThat(server.requestCount("GET", "/users")).isEqualTo(2);
    assertThat(server.faultCount()).isEqualTo(2);
  }

  @Test
  void appliesListFaultsOnlyToListsAndRefusesThemOnOtherEndpoints() throws IOException {
    server.inject(FaultRule.on("*", "*").nth(2).inject(Fault.shellRecord()));
    http.get("contacts/" + data.contactId(0));
    http.get("contacts");
    JsonNode second = http.get("contacts").json();

    assertThat(second.at("/results/0/first_name").isNull()).isTrue();
    assertThat(server.faultCount(FaultKind.SHELL_RECORD)).isEqualTo(1);
    assertThatThrownBy(() -> FaultRule.on("GET", "/contacts/{id}").inject(Fault.repeatedCursor()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "fault REPEATED_CURSOR applies to list endpoints [GET /accounts,"
                + " GET /accounts/remote-field-classes, GET /contacts,"
                + " GET /contacts/remote-field-classes, GET /issues, GET /notes, GET /sync-status,"
                + " GET /users], not GET /contacts/{id}");
  }

  private static List<Integer> statusesWithHalfFailing(FakeMergeServer target, TestHttp client)
      throws IOException {
    target.inject(FaultRule.on("GET", "/users").probability(0.5).inject(Fault.serverError(502)));
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      statuses.add(client.get("users").status());
    }
    return statuses;
  }

  static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("results").forEach(r -> ids.add(r.path("id").asText()));
    return ids;
  }
}
