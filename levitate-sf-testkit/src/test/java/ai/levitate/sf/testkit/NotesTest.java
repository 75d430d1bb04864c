package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class NotesTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private final FakeMergeServer server = FakeMergeServer.builder().clock(clock).start();
  private final MergeDataSet data =
      SalesforceDataGenerator.builder().seed(9).contacts(20).clock(clock).build().generate();
  private final LinkedAccount account = server.addLinkedAccount("token", data);
  private final TestHttp http = new TestHttp(server, "token");

  @AfterEach
  void close() {
    server.close();
  }

  private String note(String contactId, String title) {
    String owner = data.users().get(0).mergeId();
    return "{\"model\": {\"content\": \"Sent a handwritten card\", \"contact\": \""
        + contactId
        + "\", \"owner\": \""
        + owner
        + "\", \"integration_params\": {\"title\": "
        + title
        + "}}}";
  }

  @Test
  void storesAPostedNoteAndListsItForItsContact() throws IOException {
    TestHttp.Answer created = http.post("notes", note(data.contactId(1), "\"Card\""), null);

    JsonNode model = created.json().path("model");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("errors")).isEmpty();
    assertThat(model.path("contact").asText()).isEqualTo(data.contactId(1));
    assertThat(model.path("remote_id").asText()).startsWith("002");
    assertThat(model.path("created_at").asText()).isEqualTo("2026-01-05T09:00:00.000000Z");
    assertThat(account.notes())
        .singleElement()
        .satisfies(n -> assertThat(n.title()).contains("Card"))
        .satisfies(n -> assertThat(n.content()).contains("Sent a handwritten card"));

    JsonNode listed = http.get("notes?contact_id=" + data.contactId(1)).json();
    JsonNode other = http.get("notes?contact_id=" + data.contactId(2)).json();
    assertThat(listed.path("results")).hasSize(1);
    assertThat(listed.path("results").path(0).path("id").asText())
        .isEqualTo(model.path("id").asText());
    assertThat(other.path("results")).isEmpty();
  }

  @Test
  void rejectsANoteWithoutTheTitleSalesforceNeeds() throws IOException {
    TestHttp.Answer answer = http.post("notes", note(data.contactId(1), "null"), null);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("errors").path(0).path("problem_type").asText())
        .isEqualTo("MISSING_REQUIRED_FIELD");
    assertThat(account.notes()).isEmpty();
  }

  @Test
  void rejectsATitleLongerThanEightyCharacters() throws IOException {
    TestHttp.Answer answer =
        http.post("notes", note(data.contactId(1), "\"" + "x".repeat(81) + "\""), null);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("errors").path(0).path("source").path("pointer").asText())
        .isEqualTo("/model/integration_params/title");
  }

  @Test
  void returnsTheStoredAnswerForARepeatedIdempotencyKeyFor24HoursOfFakeTime() throws IOException {
    String body = note(data.contactId(3), "\"Call\"");
    TestHttp.Answer first = http.post("notes", body, "activity-17");
    clock.advance(Duration.ofHours(23));
    TestHttp.Answer replay = http.post("notes", body, "activity-17");
    clock.advance(Duration.ofHours(1));
    TestHttp.Answer afterExpiry = http.post("notes", body, "activity-17");

    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(afterExpiry.status()).isEqualTo(201);
    assertThat(afterExpiry.json().path("model").path("id").asText())
        .isNotEqualTo(first.json().path("model").path("id").asText());
    assertThat(account.notes()).hasSize(2);
  }

  @Test
  void rejectsAnIdempotencyKeyReusedWithAnotherBodyLoudly() throws IOException {
    http.post("notes", note(data.contactId(3), "\"Call\""), "activity-18");

    TestHttp.Answer answer = http.post("notes", note(data.contactId(4), "\"Call\""), "activity-18");

    assertThat(answer.status()).isEqualTo(400);
    assertThatThrownBy(server::verify).isInstanceOf(AssertionError.class);
    assertThat(server.takeFailures()).singleElement().asString().contains("activity-18");
    assertThat(account.notes()).hasSize(1);
  }

  @Test
  void answersANoteForAnUnknownContactWithAnErrorList() throws IOException {
    TestHttp.Answer answer =
        http.post("notes", note("00000000-0000-4000-8000-000000000000", "\"Call\""), null);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().path("errors").path(0).path("problem_type").asText())
        .isEqualTo("INVALID_REFERENCE");
    assertThat(server.failures()).isEmpty();
  }

  @Test
  void describesTheNoteRequestWithItsRequiredTitle() throws IOException {
    JsonNode meta = http.get("notes/meta/post").json();

    JsonNode title = meta.at("/request_schema/properties/model/properties/integration_params");
    assertThat(title.path("required").path(0).asText()).isEqualTo("title");
    assertThat(title.at("/properties/title/maxLength").asInt()).isEqualTo(80);
    assertThat(meta.at("/status/can_make_request").asBoolean()).isTrue();
  }
}
