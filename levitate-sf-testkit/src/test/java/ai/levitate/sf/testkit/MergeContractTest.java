package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.writeback.NoteRequest;
import ai.levitate.sf.merge.AccountDetails;
import ai.levitate.sf.merge.CreatedNote;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.MergeNote;
import ai.levitate.sf.merge.MergePage;
import ai.levitate.sf.merge.NoteWriteMeta;
import ai.levitate.sf.merge.PreflightProblem;
import ai.levitate.sf.merge.PreflightReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract between the fake and the client: every endpoint the fake serves answers JSON that
 * the client's own parsing reads, and that carries every field Merge's CRM API reference documents
 * for the model (the field lists below, from Merge's OpenAPI description of 2025 and 2026).
 */
final class MergeContractTest {
  static final Set<String> PAGE = Set.of("next", "previous", "results");
  static final Set<String> CONTACT =
      Set.of(
          "id",
          "remote_id",
          "created_at",
          "modified_at",
          "first_name",
          "last_name",
          "account",
          "owner",
          "addresses",
          "email_addresses",
          "phone_numbers",
          "last_activity_at",
          "remote_created_at",
          "contact_url",
          "remote_was_deleted",
          "field_mappings",
          "remote_data",
          "remote_fields");
  static final Set<String> ADDRESS =
      Set.of(
          "created_at",
          "modified_at",
          "street_1",
          "street_2",
          "city",
          "state",
          "postal_code",
          "country",
          "address_type");
  static final Set<String> EMAIL =
      Set.of("created_at", "modified_at", "email_address", "email_address_type");
  static final Set<String> PHONE =
      Set.of("created_at", "modified_at", "phone_number", "phone_number_type");
  static final Set<String> ACCOUNT =
      Set.of(
          "id",
          "remote_id",
          "created_at",
          "modified_at",
          "owner",
          "name",
          "description",
          "industry",
          "website",
          "number_of_employees",
          "addresses",
          "phone_numbers",
          "last_activity_at",
          "remote_updated_at",
          "remote_created_at",
          "account_url",
          "remote_was_deleted",
          "field_mappings",
          "remote_data");
  static final Set<String> USER =
      Set.of(
          "id",
          "remote_id",
          "created_at",
          "modified_at",
          "name",
          "email",
          "is_active",
          "user_url",
          "remote_was_deleted",
          "field_mappings",
          "remote_data");
  static final Set<String> NOTE =
      Set.of(
          "id",
          "remote_id",
          "created_at",
          "modified_at",
          "owner",
          "content",
          "contact",
          "account",
          "opportunity",
          "remote_updated_at",
          "remote_created_at",
          "remote_was_deleted",
          "field_mappings",
          "remote_data");
  static final Set<String> FIELD_MAPPINGS =
      Set.of("organization_defined_targets", "linked_account_defined_targets");
  static final Set<String> REMOTE_FIELD = Set.of("remote_field_class", "value");
  static final Set<String> REMOTE_FIELD_CLASS =
      Set.of(
          "id",
          "display_name",
          "remote_key_name",
          "description",
          "is_custom",
          "is_common_model_field",
          "is_required",
          "field_type",
          "field_format",
          "field_choices",
          "item_schema");
  static final Set<String> ITEM_SCHEMA = Set.of("item_type", "item_format", "item_choices");
  static final Set<String> SYNC_STATUS =
      Set.of(
          "model_name",
          "model_id",
          "last_sync_start",
          "next_sync_start",
          "last_sync_result",
          "last_sync_finished",
          "status",
          "is_initial_sync");
  static final Set<String> ACCOUNT_DETAILS =
      Set.of(
          "id",
          "integration",
          "integration_slug",
          "category",
          "end_user_origin_id",
          "end_user_organization_name",
          "end_user_email_address",
          "status",
          "webhook_listener_url",
          "is_duplicate",
          "account_type",
          "completed_at");
  static final Set<String> NOTE_META =
      Set.of(
          "request_schema",
          "remote_field_classes",
          "status",
          "has_conditional_params",
          "has_required_linked_account_params");
  static final Set<String> NOTE_META_STATUS = Set.of("linked_account_status", "can_make_request");
  static final Set<String> NOTE_ANSWER = Set.of("model", "warnings", "errors", "logs");
  static final Set<String> ISSUE =
      Set.of(
          "id",
          "status",
          "error_description",
          "end_user",
          "first_incident_time",
          "last_incident_time",
          "is_muted",
          "error_details");
  static final Set<String> PASSTHROUGH =
      Set.of(
          "method", "path", "status", "response", "response_headers", "response_type", "headers");

  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private final MergeDataSet data =
      SalesforceDataGenerator.builder().seed(61).contacts(240).clock(clock).build().generate();
  private final FakeMergeServer server = FakeMergeServer.builder().clock(clock).start();
  private final LinkedAccount org = server.addLinkedAccount("token", data);
  private final RecordingClient recording = new RecordingClient(server, "token", clock);
  private final MergeCrmClient client = recording.client;
  private final MergeContactSource source = MergeContactSource.create(client);

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void contactPagesParseAndCarryEveryContactField() {
    data.deleteContact(data.contactId(3));
    List<MergePage<?>> pages = new ArrayList<>();
    source.contacts(ContactQuery.builder().pageSize(50).build()).forEach(pages::add);

    assertThat(pages).hasSize(5).allSatisfy(page -> assertThat(page.unreadable()).isEmpty());
    assertThat(pages.stream().mapToInt(MergePage::size).sum()).isEqualTo(240);
    recording.answers("GET /contacts").forEach(page -> carries(page, PAGE, "a page of contacts"));
    List<JsonNode> contacts = recording.results("GET /contacts");
    assertThat(contacts).hasSize(240).allSatisfy(MergeContractTest::isContact);
    assertThat(contacts)
        .anySatisfy(c -> assertThat(c.path("addresses")).isNotEmpty())
        .anySatisfy(c -> assertThat(c.path("email_addresses")).isNotEmpty())
        .anySatisfy(c -> assertThat(c.path("phone_numbers")).isNotEmpty())
        .anySatisfy(c -> assertThat(c.path("remote_was_deleted").booleanValue()).isTrue());
  }

  @Test
  void oneContactParsesAndCarriesEveryContactField() {
    String id = data.contactId(17);

    assertThat(source.contact(id)).isEqualTo(data.contact(id));
    assertThat(source.contact("00000000-0000-4000-8000-000000000000")).isEmpty();
    isContact(recording.answers("GET /contacts/" + id).get(0));
  }

  @Test
  void remoteFieldClassesParseAndCarryEveryClassField() {
    var catalog = source.fieldCatalog();

    assertThat(catalog.fields())
        .extracting(f -> f.apiName())
        .containsExactlyElementsOf(data.contactFields().stream().map(f -> f.apiName()).toList());
    List<JsonNode> classes = recording.results("GET /contacts/remote-field-classes");
    assertThat(classes)
        .hasSize(data.contactFields().size())
        .allSatisfy(c -> carries(c, REMOTE_FIELD_CLASS, "a remote field class"));
    assertThat(classes)
        .filteredOn(c -> c.path("field_type").asText().equals("list"))
        .isNotEmpty()
        .allSatisfy(c -> carries(c.path("item_schema"), ITEM_SCHEMA, "an item schema"));
  }

  @Test
  void accountsParseAndCarryEveryAccountField() {
    List<SourceAccount> accounts = client.accountsModifiedAfter(Instant.EPOCH).toList();

    assertThat(accounts).isEqualTo(data.accounts());
    assertThat(recording.results("GET /accounts"))
        .hasSize(accounts.size())
        .allSatisfy(MergeContractTest::isAccount);
  }

  @Test
  void usersParseAndCarryEveryUserField() {
    List<SourceUser> users = client.users().toList();

    assertThat(users).isEqualTo(data.users());
    assertThat(recording.results("GET /users"))
        .hasSize(users.size())
        .allSatisfy(MergeContractTest::isUser);
  }

  @Test
  void aWrittenNoteParsesAndIsListedWithEveryNoteField() {
    String contact = data.contactId(5);
    String owner = data.users().get(1).mergeId();

    CreatedNote created =
        client.createNote(
            NoteRequest.builder()
                .contactId(contact)
                .ownerId(owner)
                .title("Handwritten card sent")
                .body("A birthday card.")
                .idempotencyKey("levitate-activity-1")
                .build());
    List<MergeNote> listed = client.notes(contact).toList();

    StoredNote stored = org.notes().get(0);
    assertThat(created.noteId()).isEqualTo(stored.id());
    assertThat(created.remoteId()).contains(stored.remoteId());
    assertThat(created.warnings()).isEmpty();
    assertThat(listed)
        .singleElement()
        .satisfies(
            note -> {
              assertThat(note.mergeId()).isEqualTo(stored.id());
              assertThat(note.contactId()).contains(contact);
              assertThat(note.ownerId()).contains(owner);
              assertThat(note.content()).contains("A birthday card.");
              assertThat(note.createdAt()).contains(stored.createdAt());
            });
    JsonNode answer = recording.answers("POST /notes").get(0);
    carries(answer, NOTE_ANSWER, "the answer to POST /notes");
    isNote(answer.path("model"));
    recording.answers("GET /notes").forEach(page -> carries(page, PAGE, "a page of notes"));
    assertThat(recording.results("GET /notes"))
        .singleElement()
        .satisfies(MergeContractTest::isNote);
  }

  @Test
  void noteMetaParsesAndCarriesEveryMetaField() {
    NoteWriteMeta meta = client.noteWriteMeta();

    assertThat(meta.canMakeRequest()).isTrue();
    assertThat(meta.linkedAccountStatus()).contains("COMPLETE");
    assertThat(meta.requestSchemaJson()).contains("\"title\"");
    JsonNode answer = recording.answers("GET /notes/meta/post").get(0);
    carries(answer, NOTE_META, "the answer to GET /notes/meta/post");
    carries(answer.path("status"), NOTE_META_STATUS, "the status of GET /notes/meta/post");
  }

  @Test
  void syncStatusParsesAndCarriesEveryStatusField() {
    org.contactSyncStatus(SourceSyncStatus.State.SYNCING, SourceSyncStatus.State.PARTIALLY_SYNCED);

    List<SourceSyncStatus> statuses = client.syncStatus();

    assertThat(statuses)
        .extracting(SourceSyncStatus::modelId)
        .containsExactly("crm.Account", "crm.Contact", "crm.Note", "crm.User");
    SourceSyncStatus contacts = client.contactSyncStatus().orElseThrow();
    assertThat(contacts.status()).isEqualTo(SourceSyncStatus.State.SYNCING);
    assertThat(contacts.lastSyncResult()).contains(SourceSyncStatus.State.PARTIALLY_SYNCED);
    assertThat(contacts.incomplete()).isTrue();
    assertThat(contacts.lastSyncStart()).isPresent();
    assertThat(recording.results("GET /sync-status"))
        .hasSize(8)
        .allSatisfy(s -> carries(s, SYNC_STATUS, "a sync status"));
  }

  @Test
  void accountDetailsParseAndCarryEveryDetailField() {
    AccountDetails details = client.accountDetails();

    assertThat(details.id()).contains(org.id());
    assertThat(details.isSalesforce()).isTrue();
    assertThat(details.category()).contains("crm");
    assertThat(details.status()).contains("COMPLETE");
    assertThat(details.completedAt()).isPresent();
    carries(
        recording.answers("GET /account-details").get(0),
        ACCOUNT_DETAILS,
        "the answer to GET /account-details");
  }

  @Test
  void passthroughDescribeParsesAndCarriesEveryRemoteResponseField() {
    var described =
        MergeContactSource.builder(client).salesforceDescribe(true).build().fieldCatalog();

    int classes = data.contactFields().size();
    // The describe adds what Merge's classes do not say: each text field's length.
    assertThat(described.fields().subList(0, classes))
        .extracting(
            f -> FieldDescriptor.builder().from(f).length(java.util.Optional.empty()).build())
        .isEqualTo(data.contactFields());
    assertThat(described.field("LastName").orElseThrow().length()).hasValue(80);
    assertThat(described.fields().get(classes).apiName()).isEqualTo("Id");
    JsonNode answer = recording.answers("POST /passthrough").get(0);
    carries(answer, PASSTHROUGH, "the answer to POST /passthrough");
    assertThat(answer.path("status").asInt()).isEqualTo(200);
    assertThat(answer.at("/response/fields")).hasSizeGreaterThan(data.contactFields().size());
  }

  @Test
  void preflightFindsNothingWrongWithAHealthyAccount() {
    PreflightReport report = client.preflight();

    assertThat(report.problems()).isEmpty();
    assertThat(report.canSync()).isTrue();
    assertThat(report.accountDetails().flatMap(AccountDetails::id)).contains(org.id());
    recording.answers("GET /issues").forEach(page -> carries(page, PAGE, "a page of issues"));
  }

  @Test
  void issuesParseAndCarryEveryIssueFieldForPreflight() {
    org.openIssue("Missing Permissions", "API_DISABLED_FOR_ORG: the REST API is not enabled");

    PreflightReport report = client.preflight();

    assertThat(report.has(PreflightProblem.Kind.API_DISABLED)).isTrue();
    assertThat(report.canSync()).isFalse();
    assertThat(recording.results("GET /issues"))
        .singleElement()
        .satisfies(issue -> carries(issue, ISSUE, "an issue"));
  }

  static void isContact(JsonNode contact) {
    carries(contact, CONTACT, "a contact");
    isTimestamp(contact, "created_at");
    isTimestamp(contact, "modified_at");
    carries(contact.path("field_mappings"), FIELD_MAPPINGS, "a contact's field mappings");
    contact.path("addresses").forEach(a -> carries(a, ADDRESS, "an address"));
    contact.path("email_addresses").forEach(e -> carries(e, EMAIL, "an email address"));
    contact.path("phone_numbers").forEach(p -> carries(p, PHONE, "a phone number"));
    if (!contact.path("account").isNull()) {
      isAccount(contact.path("account"));
    }
    isUser(contact.path("owner"));
    assertThat(contact.path("remote_fields"))
        .isNotEmpty()
        .allSatisfy(
            field -> {
              carries(field, REMOTE_FIELD, "a remote field");
              carries(
                  field.path("remote_field_class"), REMOTE_FIELD_CLASS, "a remote field's class");
            });
  }

  static void isAccount(JsonNode account) {
    carries(account, ACCOUNT, "an account");
    isTimestamp(account, "modified_at");
    carries(account.path("field_mappings"), FIELD_MAPPINGS, "an account's field mappings");
  }

  static void isUser(JsonNode user) {
    carries(user, USER, "a user");
    isTimestamp(user, "modified_at");
  }

  static void isNote(JsonNode note) {
    carries(note, NOTE, "a note");
    isTimestamp(note, "created_at");
  }

  static void carries(JsonNode node, Set<String> fields, String what) {
    assertThat(node.isObject()).as("%s is a JSON object: %s", what, node).isTrue();
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    assertThat(names).as("the fields of %s", what).containsAll(fields);
  }

  private static void isTimestamp(JsonNode node, String field) {
    assertThat(Instant.parse(node.path(field).asText())).isNotNull();
  }
}
