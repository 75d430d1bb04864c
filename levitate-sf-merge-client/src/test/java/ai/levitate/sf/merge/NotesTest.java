package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.levitate.sf.core.writeback.NoteRequest;
import java.time.Instant;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class NotesTest {
  private final MockMerge merge = new MockMerge();

  @AfterEach
  void close() {
    merge.close();
  }

  private static NoteRequest.Builder note() {
    return NoteRequest.builder()
        .contactId("a1f0c4d2-0001")
        .title("Handwritten card sent")
        .body("Sent a birthday card.");
  }

  @Test
  void createNoteSendsTheContactOwnerAccountAndTitleAsMergeExpects() {
    merge.enqueue(
        201,
        "{\"model\": {\"id\": \"n0t3-0002\", \"remote_id\": \"0025e00000NoTe2AAA\","
            + " \"content\": \"Sent a birthday card.\"}, \"warnings\": [], \"errors\": [], \"logs\": []}");

    CreatedNote created =
        merge
            .client()
            .createNote(
                note()
                    .ownerId("0f9e8d7c-u001")
                    .accountId("7c4b2a10-acc1")
                    .idempotencyKey("levitate-activity-8841")
                    .build());

    RecordedRequest request = merge.take();
    assertThat(request.getRequestLine()).isEqualTo("POST /api/crm/v1/notes HTTP/1.1");
    assertThat(request.getHeaders().get("Content-Type"))
        .isEqualTo("application/json; charset=UTF-8");
    assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("levitate-activity-8841");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockMerge.API_KEY);
    assertThat(request.getHeaders().get("X-Account-Token")).isEqualTo(MockMerge.ACCOUNT_TOKEN);
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"model\":{\"content\":\"Sent a birthday"
                + " card.\",\"contact\":\"a1f0c4d2-0001\",\"owner\":\"0f9e8d7c-u001\","
                + "\"account\":\"7c4b2a10-acc1\",\"integration_params\":{\"title\":\"Handwritten card"
                + " sent\"}}}");
    assertThat(created.noteId()).isEqualTo("n0t3-0002");
    assertThat(created.remoteId()).contains("0025e00000NoTe2AAA");
    assertThat(created.warnings()).isEmpty();
  }

  @Test
  void createNoteLeavesOutAbsentReferencesAndTheKeyHeader() {
    merge.enqueue(201, "{\"model\": {\"id\": \"n0t3-0003\"}}");

    merge.client().createNote(note().build());

    RecordedRequest request = merge.take();
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"model\":{\"content\":\"Sent a birthday"
                + " card.\",\"contact\":\"a1f0c4d2-0001\",\"integration_params\":{\"title\":\"Handwritten"
                + " card sent\"}}}");
  }

  @Test
  void aSuccessfulAnswerListingErrorsIsATypedFailureCarryingMergesProblems() {
    merge.enqueue(
        201,
        "{\"model\": null, \"warnings\": [], \"errors\": [{\"source\": {\"pointer\":"
            + " \"/model/integration_params/title\"}, \"title\": \"Missing Required Field\", \"detail\":"
            + " \"title is a required field for Salesforce\", \"problem_type\":"
            + " \"MISSING_REQUIRED_FIELD\"}, {\"title\": \"Relink needed\", \"detail\": \"Credentials"
            + " expired\", \"problem_type\": \"RELINK_NEEDED\"}], \"logs\": []}");

    MergeWriteException e =
        catchThrowableOfType(
            MergeWriteException.class, () -> merge.client().createNote(note().build()));

    assertThat(e)
        .hasMessage(
            "POST /api/crm/v1/notes answered HTTP 201 with errors:"
                + " MISSING_REQUIRED_FIELD (/model/integration_params/title): title is a required field"
                + " for Salesforce (and 1 more)");
    assertThat(e.problems())
        .extracting(p -> p.problemType().orElseThrow())
        .containsExactly("MISSING_REQUIRED_FIELD", "RELINK_NEEDED");
    assertThat(e.status()).hasValue(201);
    assertThat(e.attempts()).isEqualTo(1);
  }

  @Test
  void warningsOfASuccessfulWriteAreReturned() {
    merge.enqueue(
        201,
        "{\"model\": {\"id\": \"n0t3-0004\"}, \"warnings\": [{\"title\":"
            + " \"Unmapped field\", \"detail\": \"owner was ignored\", \"problem_type\":"
            + " \"UNUSED_FIELD\"}], \"errors\": []}");

    CreatedNote created = merge.client().createNote(note().build());

    assertThat(created.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.describe()).isEqualTo("UNUSED_FIELD: owner was ignored"));
  }

  @Test
  void anAnswerWithNeitherANoteIdNorErrorsIsInvalid() {
    merge.enqueue(201, "{\"model\": {}, \"errors\": []}");

    assertThatThrownBy(() -> merge.client().createNote(note().build()))
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessage("POST /api/crm/v1/notes answered HTTP 201 with no note id and no errors");
  }

  @Test
  void aRejectedWriteCarriesMergesProblems() {
    merge.enqueue(
        400,
        "{\"errors\": [{\"title\": \"Invalid contact\", \"detail\": \"No contact"
            + " with that id\", \"problem_type\": \"INVALID_FIELD\", \"source\": {\"pointer\":"
            + " \"/model/contact\"}}]}");

    MergeRequestException e =
        catchThrowableOfType(
            MergeRequestException.class, () -> merge.client().createNote(note().build()));

    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.pointer()).contains("/model/contact"));
  }

  @Test
  void noteWriteMetaSaysWhetherTheAccountCanBeWrittenTo() {
    merge.enqueueFixture("notes-meta.json");

    NoteWriteMeta meta = merge.client().noteWriteMeta();

    assertThat(merge.take().getRequestLine()).isEqualTo("GET /api/crm/v1/notes/meta/post HTTP/1.1");
    assertThat(meta.canMakeRequest()).isTrue();
    assertThat(meta.linkedAccountStatus()).contains("COMPLETE");
    assertThat(meta.hasRequiredLinkedAccountParams()).isFalse();
    assertThat(meta.requestSchemaJson()).contains("\"required\":[\"title\"]");
  }

  @Test
  void notesOfAContactAreListedByItsMergeId() {
    merge.enqueueFixture("notes.json");

    MergeNote note = merge.client().notes("a1f0c4d2-0001-4e3b-9d1a-6f1b2c3d4e01").toList().get(0);

    assertThat(merge.take().getRequestLine())
        .isEqualTo(
            "GET /api/crm/v1/notes"
                + "?contact_id=a1f0c4d2-0001-4e3b-9d1a-6f1b2c3d4e01&page_size=100 HTTP/1.1");
    assertThat(note.mergeId()).isEqualTo("n0t3-0001");
    assertThat(note.content()).contains("Sent a birthday card.");
    assertThat(note.contactId()).contains("a1f0c4d2-0001-4e3b-9d1a-6f1b2c3d4e01");
    assertThat(note.ownerId()).contains("0f9e8d7c-u001-4b5a-9c8d-7e6f5a4b3c21");
    assertThat(note.accountId()).isEmpty();
    assertThat(note.remoteCreatedAt()).contains(Instant.parse("2024-04-01T09:00:00Z"));
  }
}
