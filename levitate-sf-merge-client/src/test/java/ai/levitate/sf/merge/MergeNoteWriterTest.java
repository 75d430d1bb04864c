package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.writeback.NoteRequest;
import ai.levitate.sf.core.writeback.NoteWriteResult;
import java.util.List;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class MergeNoteWriterTest {
  private static final String REFERENCE = "Levitate activity act-77 v1";

  private final MockMerge merge = new MockMerge();
  private final MergeNoteWriter writer =
      MergeNoteWriter.create(merge.clientBuilder().retryPolicy(RetryPolicy.none()).build());
  private final NoteRequest request =
      NoteRequest.builder()
          .contactId("c-1")
          .ownerId("u-9")
          .title("Levitate note: Lunch next week")
          .body("Lunch next week\n\n" + REFERENCE)
          .idempotencyKey("levitate-act-77-v1")
          .build();

  @AfterEach
  void close() {
    merge.close();
  }

  private NoteWriteResult write() {
    return writer.write(request);
  }

  @Test
  void postsTheNoteWithItsTitleOwnerAndIdempotencyKey() {
    merge.enqueue(201, "{\"model\": {\"id\": \"note-1\"}, \"warnings\": [], \"errors\": []}");

    assertThat(write()).isEqualTo(new NoteWriteResult.Written("note-1", List.of()));
    RecordedRequest request = merge.take();
    assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("levitate-act-77-v1");
    assertThat(request.getBody().utf8())
        .contains(
            "\"contact\":\"c-1\"",
            "\"owner\":\"u-9\"",
            "\"title\":\"Levitate note: Lunch next week\"");
    assertThat(writer.requestCount()).isEqualTo(1);
  }

  @Test
  void twoXxListingErrorsIsRejectedWithMergesProblems() {
    merge.enqueue(
        201,
        "{\"model\": null, \"errors\": [{\"source\": {\"pointer\": \"/model/contact\"},"
            + " \"title\": \"Invalid reference\", \"detail\": \"No such contact.\","
            + " \"problem_type\": \"INVALID_REFERENCE\"}]}");

    assertThat(write())
        .isInstanceOfSatisfying(
            NoteWriteResult.Rejected.class,
            r -> assertThat(r.problems()).singleElement().asString().contains("INVALID_REFERENCE"));
  }

  @Test
  void aRelinkNeededProblemEndsTheRunInsteadOfRejectingTheNote() {
    merge.enqueue(
        201,
        "{\"model\": null, \"errors\": [{\"title\": \"Relink\", \"detail\": \"Relink.\","
            + " \"problem_type\": \"RELINK_NEEDED\"}]}");

    assertThatThrownBy(this::write).isInstanceOf(MergeWriteException.class);
  }

  @Test
  void badRequestAndNotFoundAreRejected() {
    merge.enqueue(
        400,
        "{\"errors\": [{\"title\": \"Bad\", \"detail\": \"Missing title.\","
            + " \"problem_type\": \"MISSING_REQUIRED_FIELD\"}]}");
    merge.enqueue(404, "{\"detail\": \"Not found.\"}");

    assertThat(write()).isInstanceOf(NoteWriteResult.Rejected.class);
    assertThat(write()).isInstanceOf(NoteWriteResult.Rejected.class);
  }

  @Test
  void refusedCredentialsEndTheRun() {
    merge.enqueue(401, "{\"detail\": \"Invalid account token.\"}");

    assertThatThrownBy(this::write).isInstanceOf(MergeAuthenticationException.class);
  }

  @Test
  void rateLimitIsATransientFailureAndServerErrorsAreUncertain() {
    merge.enqueue(429, "{\"detail\": \"Rate limit exceeded.\"}");
    merge.enqueue(503, "Service Unavailable");
    merge.enqueue(201, "{\"model\": ");

    assertThat(write()).isInstanceOf(NoteWriteResult.Failed.class);
    assertThat(write()).isInstanceOf(NoteWriteResult.Uncertain.class);
    assertThat(write()).isInstanceOf(NoteWriteResult.Uncertain.class);
  }

  @Test
  void findsANoteByTheReferenceInItsBody() {
    merge.enqueue(
        200, "{\"next\": \"c2\", \"results\": [{\"id\": \"note-a\", \"content\": \"other\"}]}");
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"note-b\", \"content\": \"x\\n\\nref "
            + REFERENCE
            + "\"}]}");

    assertThat(writer.findNote("c-1", REFERENCE)).contains("note-b");
    assertThat(merge.take().getTarget()).contains("contact_id=c-1");
  }

  @Test
  void resolvesAContactByItsSalesforceId() {
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"m-42\", \"remote_id\": \"0035e00000AbCdEAAV\"}]}");
    merge.enqueue(200, "{\"next\": null, \"results\": []}");

    assertThat(writer.mergeContactId("0035e00000AbCdEAAV")).contains("m-42");
    assertThat(writer.mergeContactId("0035e00000ZzZzZAAA")).isEmpty();
    assertThat(merge.take().getTarget())
        .contains("remote_id=0035e00000AbCdEAAV")
        .doesNotContain("include_deleted_data");
  }

  @Test
  void findsAContactByItsFifteenCharacterIdAsMergeKnowsIt() {
    merge.enqueue(200, "{\"next\": null, \"results\": [{\"id\": \"m-43\"}]}");

    assertThat(writer.mergeContactId("0035e00000AbCdE")).contains("m-43");
    assertThat(merge.take().getTarget()).contains("remote_id=0035e00000AbCdEAAV");
  }

  @Test
  void aUserMissingFromAnOldReadIsLookedUpAgain() {
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"u-1\", \"remote_id\": \"0055e000001AbcDAAS\"}]}");
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"u-1\", \"remote_id\": \"0055e000001AbcDAAS\"},"
            + " {\"id\": \"u-3\", \"remote_id\": \"0055e000003NewUAAS\"}]}");

    assertThat(writer.mergeUserId("0055e000003NewU")).isEmpty();
    assertThat(writer.mergeUserId("0055e000003NewU")).isEmpty();
    merge.time.advance(MergeNoteWriter.USERS_FRESH_FOR.plusSeconds(1));
    assertThat(writer.mergeUserId("0055e000003NewU")).contains("u-3");
    assertThat(merge.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void matchesUsersByFifteenOrEighteenCharacterIdsReadingThemOnce() {
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"u-1\", \"remote_id\": \"0055e000001AbcDAAS\"},"
            + " {\"id\": \"u-2\", \"remote_id\": \"0055e000009ZzzZAAA\"}]}");

    assertThat(writer.mergeUserId("0055e000001AbcD")).contains("u-1");
    assertThat(writer.mergeUserId("0055e000009ZzzZAAA")).contains("u-2");
    assertThat(writer.mergeUserId("0055e000007QqqQ")).isEqualTo(Optional.empty());
    assertThat(merge.server.getRequestCount()).isEqualTo(1);
  }
}
