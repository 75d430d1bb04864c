package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.writeback.NoteRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A failing run, with every log line and every exception's text searched for the secrets. */
final class SecretsTest {
  private static final String ECHO =
      "{\"detail\": \"Bearer "
          + MockMerge.API_KEY
          + " is not valid for X-Account-Token "
          + MockMerge.ACCOUNT_TOKEN
          + "\","
          + " \"errors\": [{\"title\": \""
          + MockMerge.ACCOUNT_TOKEN
          + "\", \"detail\": \""
          + MockMerge.API_KEY
          + "\", \"problem_type\": \"RELINK_NEEDED\"}]}";

  private final MockMerge merge = new MockMerge();
  private final List<String> texts = new ArrayList<>();

  @AfterEach
  void close() {
    merge.close();
  }

  @Test
  void neitherTheApiKeyNorTheAccountTokenAppearsInLogsOrExceptions() {
    CapturedLogs.clear();
    MergeCrmClient client = merge.client();
    for (int i = 0; i < 5; i++) {
      merge.enqueue(500, ECHO);
    }
    merge.enqueue(401, ECHO);
    merge.enqueue(200, MockMerge.API_KEY + " " + MockMerge.ACCOUNT_TOKEN);
    merge.enqueue(201, ECHO);
    merge.server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, false, false))
            .build());
    merge.enqueue(403, ECHO);
    merge.enqueue(403, ECHO);
    merge.enqueue(403, ECHO);
    merge.enqueue(403, ECHO);
    merge.enqueue(200, "{\"next\": \"" + MockMerge.ACCOUNT_TOKEN + "\", \"results\": []}");

    run(client::accountDetails);
    run(client::accountDetails);
    run(client::noteWriteMeta);
    run(
        () ->
            client.createNote(
                NoteRequest.builder()
                    .contactId("c")
                    .title("t")
                    .body("x")
                    .idempotencyKey("k-1")
                    .build()));
    run(() -> client.createNote(NoteRequest.builder().contactId("c").title("t").body("x").build()));
    PreflightReport report = client.preflight();
    report.problems().forEach(p -> texts.add(p.message()));
    run(() -> client.users().toList());
    texts.addAll(CapturedLogs.lines());

    assertThat(texts).hasSizeGreaterThan(20);
    assertThat(String.join("\n", CapturedLogs.lines()))
        .contains("Authorization: ****", "X-Account-Token: ****");
    for (String text : texts) {
      assertThat(text).doesNotContain(MockMerge.API_KEY).doesNotContain(MockMerge.ACCOUNT_TOKEN);
    }
  }

  @Test
  void secretsMergeEchoesInsideAPageAreMaskedInLogsAndInContactProblems() {
    CapturedLogs.clear();
    MergeContactSource source = MergeContactSource.create(merge.client());
    merge.enqueueFixture("remote-field-classes-1.json");
    merge.enqueueFixture("remote-field-classes-2.json");
    merge.enqueue(
        200,
        "{\"next\": \""
            + MockMerge.ACCOUNT_TOKEN
            + "\", \"results\": [{\"id\": \""
            + MockMerge.API_KEY
            + "\", \"remote_id\": \"003E\", \"first_name\": \"Echo\","
            + " \"created_at\": \""
            + MockMerge.ACCOUNT_TOKEN
            + "\"}]}");
    merge.enqueue(200, "{\"next\": null, \"results\": []}");

    ContactPage first = source.readContacts(ContactQuery.all());
    source.readContacts(ContactQuery.builder().cursor(first.next().orElseThrow()).build());

    assertThat(first.unreadable())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo(
                        "Merge sent contact 003E in a form that cannot be read: created_at is not a"
                            + " timestamp: \"****\"."));
    assertThat(String.join("\n", CapturedLogs.lines()))
        .contains(
            "skipped unreadable contact ****: created_at is not a timestamp: \"****\"",
            "cursor=**** headers: Authorization: ****")
        .doesNotContain(MockMerge.API_KEY)
        .doesNotContain(MockMerge.ACCOUNT_TOKEN);
  }

  private void run(Runnable call) {
    try {
      call.run();
      texts.add("no failure");
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      texts.add(trace.toString());
      if (e instanceof MergeException merge) {
        texts.add(merge.body());
        texts.add(merge.request());
        texts.add(merge.exchange().toString());
        merge.problems().forEach(p -> texts.add(p.describe()));
      }
    }
  }
}
