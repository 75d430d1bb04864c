package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint the fake serves answers in the shapes of Merge's OpenAPI description of the CRM
 * API ({@link MergeOpenApi}): types, formats, nullability, enums and required keys, with field
 * choices as objects and item choices as strings. Checked on generated data, classes embedded and
 * by id, and on the same data saved as a fixture and served back.
 */
final class FakeConformsToOpenApiTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private final MergeDataSet data =
      SalesforceDataGenerator.builder().seed(83).contacts(120).clock(clock).build().generate();
  private FakeMergeServer server = FakeMergeServer.builder().clock(clock).start();
  private LinkedAccount org = server.addLinkedAccount("token", data);
  private TestHttp http = new TestHttp(server, "token");

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void contactAnswersHaveMergesShapes() throws IOException {
    data.deleteContact(data.contactId(3));
    data.addShellContact();

    for (String query :
        List.of(
            "?expand=account,owner&include_remote_fields=true&page_size=100",
            "?include_remote_data=true&include_deleted_data=true&include_shell_data=true",
            "?expand=owner&include_remote_fields=true&modified_after=2020-01-01T00:00:00Z")) {
      conforms(http.get("contacts" + query).json(), MergeOpenApi.page(MergeOpenApi.CONTACT));
    }
    conforms(
        http.get(
                "contacts/"
                    + data.contactId(7)
                    + "?expand=account,owner"
                    + "&include_remote_fields=true&include_remote_data=true")
            .json(),
        MergeOpenApi.CONTACT);
    conforms(
        http.get("contacts/remote-field-classes?page_size=100").json(),
        MergeOpenApi.page(MergeOpenApi.REMOTE_FIELD_CLASS));
  }

  @Test
  void listChoicesAreStringsAndFieldChoicesObjects() throws IOException {
    JsonNode classes = http.get("contacts/remote-field-classes?page_size=100").json();

    assertThat(classes.path("results"))
        .filteredOn(c -> c.path("field_type").asText().equals("list"))
        .isNotEmpty()
        .allSatisfy(
            c ->
                assertThat(c.at("/item_schema/item_choices"))
                    .isNotEmpty()
                    .allSatisfy(
                        choice -> assertThat(choice.isTextual()).as("%s", choice).isTrue()));
    List<JsonNode> fieldChoices = new ArrayList<>();
    classes.path("results").forEach(c -> c.path("field_choices").forEach(fieldChoices::add));
    assertThat(fieldChoices)
        .isNotEmpty()
        .allSatisfy(choice -> assertThat(choice.isObject()).as("%s", choice).isTrue());
  }

  @Test
  void contactsWithClassesByIdHaveMergesShapes() throws IOException {
    server.close();
    server = FakeMergeServer.builder().clock(clock).remoteFieldClassesAsIds(true).start();
    server.addLinkedAccount("token", data);
    http = new TestHttp(server, "token");

    conforms(
        http.get("contacts?expand=account,owner&include_remote_fields=true").json(),
        MergeOpenApi.page(MergeOpenApi.CONTACT));
  }

  @Test
  void accountUserAndStateAnswersHaveMergesShapes() throws IOException {
    org.openIssue("Missing Permissions", "a field is not readable");

    conforms(http.get("accounts?expand=owner").json(), MergeOpenApi.page(MergeOpenApi.ACCOUNT));
    conforms(
        http.get("accounts?include_remote_fields=true").json(),
        MergeOpenApi.page(MergeOpenApi.ACCOUNT));
    conforms(
        http.get(
                "accounts/"
                    + data.accounts().get(0).mergeId()
                    + "?expand=owner&include_remote_fields=true")
            .json(),
        MergeOpenApi.ACCOUNT);
    conforms(
        http.get("accounts/remote-field-classes").json(),
        MergeOpenApi.page(MergeOpenApi.REMOTE_FIELD_CLASS));
    conforms(http.get("users").json(), MergeOpenApi.page(MergeOpenApi.USER));
    conforms(http.get("sync-status").json(), MergeOpenApi.page(MergeOpenApi.SYNC_STATUS));
    conforms(http.get("account-details").json(), MergeOpenApi.ACCOUNT_DETAILS);
    conforms(http.get("issues").json(), MergeOpenApi.page(MergeOpenApi.ISSUE));
    conforms(http.get("notes/meta/post").json(), MergeOpenApi.META_RESPONSE);
  }

  @Test
  void noteAndPassthroughAnswersHaveMergesShapes() throws IOException {
    String body =
        "{\"model\": {\"content\": \"A card.\", \"contact\": \""
            + data.contactId(4)
            + "\", \"owner\": \""
            + data.users().get(0).mergeId()
            + "\", \"integration_params\": {\"title\": \"Card sent\"}}}";

    TestHttp.Answer created = http.post("notes", body, "key-1");

    assertThat(created.status()).isEqualTo(201);
    conforms(created.json(), MergeOpenApi.NOTE_RESPONSE);
    conforms(
        http.get("notes?contact_id=" + data.contactId(4)).json(),
        MergeOpenApi.page(MergeOpenApi.NOTE));
    conforms(
        http.post(
                "passthrough",
                "{\"method\": \"GET\", \"path\": "
                    + "\"/services/data/v60.0/sobjects/Contact/describe\", \"request_format\": \"JSON\"}",
                "key-2")
            .json(),
        MergeOpenApi.REMOTE_RESPONSE);
  }

  @Test
  void aSavedFixtureServedBackHasMergesShapes() throws IOException {
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    MergeFixture.save(data, saved);
    server.close();
    server = FakeMergeServer.builder().clock(clock).start();
    server.addLinkedAccount(
        "token", MergeFixture.load(new ByteArrayInputStream(saved.toByteArray()), clock));
    http = new TestHttp(server, "token");

    conforms(
        http.get("contacts?expand=account,owner&include_remote_fields=true&page_size=100").json(),
        MergeOpenApi.page(MergeOpenApi.CONTACT));
    conforms(
        http.get("contacts?include_remote_data=true").json(),
        MergeOpenApi.page(MergeOpenApi.CONTACT));
    conforms(
        http.get("contacts/remote-field-classes").json(),
        MergeOpenApi.page(MergeOpenApi.REMOTE_FIELD_CLASS));
    conforms(http.get("accounts?expand=owner").json(), MergeOpenApi.page(MergeOpenApi.ACCOUNT));
    conforms(http.get("users").json(), MergeOpenApi.page(MergeOpenApi.USER));
  }

  @Test
  void theChecksCatchWhatMergeWouldNotSend() throws IOException {
    JsonNode page =
        TestHttp.JSON.readTree(
            """
        {"next": null, "previous": null, "results": [{"id": "c1", "remote_was_deleted": null,
          "remote_fields": [{"remote_field_class": {"id": "x", "field_type": "picklist",
            "field_choices": ["Gold"], "item_schema": {"item_choices": [{"value": "a"}]}},
            "value": 1}]}]}
        """);

    assertThat(MergeOpenApi.page(MergeOpenApi.CONTACT).violations(page))
        .containsExactly(
            "/results/0/id is string \"c1\", not a uuid",
            "/results/0/remote_was_deleted is null, which a boolean does not allow",
            "/results/0/remote_fields/0/remote_field_class/field_type is string \"picklist\", not one"
                + " of [string, number, date, datetime, bool, list]",
            "/results/0/remote_fields/0/remote_field_class/field_choices/0 is string \"Gold\", not a"
                + " field choice",
            "/results/0/remote_fields/0/remote_field_class/item_schema/item_choices/0 is object"
                + " {\"value\":\"a\"}, not a string");
  }

  private static void conforms(JsonNode answer, Shape shape) {
    assertThat(shape.violations(answer))
        .as("how the answer departs from Merge's OpenAPI")
        .isEmpty();
  }
}
