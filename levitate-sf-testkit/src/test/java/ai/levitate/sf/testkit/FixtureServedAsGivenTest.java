package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.merge.MergeContactSource;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A fixture goes out exactly as it was given: the same keys in the same order, nulls, value shapes
 * and field classes (objects or ids), with only Merge's paging, filters, {@code expand}, remote id
 * and timestamps applied; the data set's changes edit that JSON; no field class is invented.
 */
final class FixtureServedAsGivenTest {
  static final ObjectMapper EXACT =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  /** JSON equality, numbers compared by value: 12.5 and 12.50 are one number. */
  static final Comparator<JsonNode> AS_JSON =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  static final String RENEE = "5d9b1f2e-6f7a-4c1e-9d5b-3a2f1e0c9b8a";
  static final String OKAFOR = "5d9b1f2e-6f7a-4c1e-9d5b-3a2f1e0c9b8b";
  static final String GONE = "5d9b1f2e-6f7a-4c1e-9d5b-3a2f1e0c9b8c";
  static final String HARBOR = "0958cbc6-6040-430a-848e-aafacbadf4ae";

  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private final JsonNode fixture = read("fixtures/odd-org.json");
  private final MergeDataSet data = load("fixtures/odd-org.json");
  private final FakeMergeServer server = FakeMergeServer.builder().clock(clock).start();
  private final LinkedAccount org = server.addLinkedAccount("token", data);
  private final TestHttp http = new TestHttp(server, "token");

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void theClientReadsTheFixtureBackExactlyAsGiven() {
    RecordingClient recording = new RecordingClient(server, "token", clock);
    MergeContactSource source = MergeContactSource.create(recording.client);

    source.fieldCatalog();
    source.contacts(ContactQuery.builder().pageSize(2).build()).forEach(page -> {});
    recording.client.accountsModifiedAfter(Instant.EPOCH).toList();
    recording.client.users().toList();

    Map<String, JsonNode> served = byId(recording.results("GET /contacts"));
    assertThat(served).containsOnlyKeys(RENEE, OKAFOR, GONE);
    sameJson(served.get(GONE), contact(GONE));
    sameJson(served.get(RENEE), contact(RENEE));
    // The client does not ask for remote data, so Merge sends it as null.
    ObjectNode okafor = contact(OKAFOR).deepCopy();
    okafor.putNull("remote_data");
    sameJson(served.get(OKAFOR), okafor);
    assertThat(recording.results("GET /contacts/remote-field-classes"))
        .hasSize(fixture.path("contactRemoteFieldClasses").size());
    sameJson(
        EXACT.valueToTree(recording.results("GET /contacts/remote-field-classes")),
        fixture.path("contactRemoteFieldClasses"));
    sameJson(EXACT.valueToTree(recording.results("GET /accounts")), fixture.path("accounts"));
    List<JsonNode> users = recording.results("GET /users");
    sameJson(users.get(0), fixture.path("users").get(0));
    sameJson(users.get(1), contact(OKAFOR).path("owner"));
  }

  @Test
  void keysGoOutInTheFixturesOrder() throws IOException {
    JsonNode served =
        http.get("contacts/" + RENEE + "?expand=account,owner" + "&include_remote_fields=true")
            .json();

    assertThat(names(served)).containsExactlyElementsOf(names(contact(RENEE)));
    assertThat(names(served.at("/remote_fields/0"))).containsExactly("value", "remote_field_class");
  }

  @Test
  void mergesRequestOptionsApplyToFixtureRecords() throws IOException {
    JsonNode plain = http.get("contacts/" + RENEE).json();
    JsonNode expanded = http.get("contacts/" + OKAFOR + "?expand=account,owner").json();

    assertThat(plain.path("account").asText()).isEqualTo(HARBOR);
    assertThat(plain.path("owner").asText()).isEqualTo("0358cbc6-2040-430a-848e-aafacbadf3aa");
    assertThat(plain.has("remote_fields")).isFalse();
    assertThat(expanded.path("account").asText()).isEqualTo("7f1e2d3c-0000-4000-8000-00000000dead");
    sameJson(expanded.path("owner"), contact(OKAFOR).path("owner"));
    assertThat(expanded.path("remote_data").isNull()).isTrue();
    sameJson(
        http.get("contacts/" + OKAFOR + "?include_remote_data=true").json().path("remote_data"),
        contact(OKAFOR).path("remote_data"));
    assertThat(ids(http.get("contacts?remote_id=0035e00000Abc13AAA").json()))
        .containsExactly(OKAFOR);
    assertThat(
            ids(
                http.get(
                        "contacts?modified_after=2025-11-30T00:00:00Z"
                            + "&include_deleted_data=true")
                    .json()))
        .containsExactly(OKAFOR, GONE);
    assertThat(ids(http.get("contacts?email_addresses=RENEE@example.com").json()))
        .containsExactly(RENEE);
    assertThat(ids(http.get("contacts?phone_numbers=0207946%200000").json()))
        .containsExactly(OKAFOR);
    JsonNode first = http.get("contacts?page_size=1").json();
    assertThat(ids(first)).containsExactly(RENEE);
    assertThat(ids(http.get("contacts?page_size=1&cursor=" + first.path("next").asText()).json()))
        .containsExactly(OKAFOR);
  }

  @Test
  void aContactsTimestampThatCannotBeReadIsServedAsGivenAndFiltersAsTheLoadInstant()
      throws IOException {
    assertThat(http.get("contacts/" + RENEE).json().path("created_at").asText())
        .isEqualTo("yesterday at noon");
    assertThat(ids(http.get("contacts?created_before=2026-01-05T09:00:01Z").json()))
        .contains(RENEE);
    assertThat(ids(http.get("contacts?created_before=2026-01-05T08:59:59Z").json()))
        .doesNotContain(RENEE);
  }

  @Test
  void changesEditTheStoredJsonAndMoveMergesTimestamps() throws IOException {
    clock.advance(Duration.ofDays(40));
    JsonNode before =
        http.get("contacts/" + OKAFOR + "?expand=account,owner" + "&include_remote_fields=true")
            .json();

    data.editContact(
        OKAFOR,
        c -> c.set("Title", "Managing Partner").set("LastName", "Okafor-Bell").clear("Birthdate"));
    data.renameAccount(HARBOR, "Harbor Partners LLP");
    data.deleteContact(GONE);
    data.restoreContact(GONE);

    JsonNode after =
        http.get("contacts/" + OKAFOR + "?expand=account,owner" + "&include_remote_fields=true")
            .json();
    ObjectNode expected = before.deepCopy();
    expected.put("modified_at", "2026-02-14T09:00:00.000000Z");
    expected.put("last_name", "Okafor-Bell");
    ((ObjectNode) expected.at("/remote_fields/0")).putNull("value");
    ((ObjectNode) expected.at("/remote_fields/2")).put("value", "Managing Partner");
    sameJson(after, expected);
    JsonNode renee = http.get("contacts/" + RENEE + "?expand=account,owner").json();
    assertThat(renee.path("modified_at").asText()).isEqualTo("2025-11-20T08:30:00.123456Z");
    assertThat(renee.at("/account/name").asText()).isEqualTo("Harbor Partners LLP");
    assertThat(renee.at("/account/modified_at").asText()).isEqualTo("2026-02-14T09:00:00.000000Z");
    JsonNode account = http.get("accounts").json().at("/results/0");
    assertThat(account.path("name").asText()).isEqualTo("Harbor Partners LLP");
    assertThat(account.path("remote_updated_at").asText()).isEqualTo("2026-02-14T09:00:00.000000Z");
    JsonNode gone = http.get("contacts/" + GONE).json();
    assertThat(gone.path("remote_was_deleted").booleanValue()).isFalse();
    assertThat(gone.has("remote_created_at")).as("keys the fixture lacks stay out").isFalse();
  }

  @Test
  void aFixtureSavesAsItWasGivenWithItsChanges() throws IOException {
    data.editContact(RENEE, c -> c.set("Interests__c", List.of("Wine")));
    ByteArrayOutputStream saved = new ByteArrayOutputStream();

    MergeFixture.save(data, saved);

    JsonNode again = EXACT.readTree(saved.toByteArray());
    ObjectNode expected = fixture.deepCopy();
    ObjectNode renee = (ObjectNode) expected.at("/contacts/0");
    ((ObjectNode) renee.at("/remote_fields/1")).putArray("value").add("Wine");
    renee.put("modified_at", "2026-01-05T09:00:00.000000Z");
    expected.remove("capturedBy");
    expected.putArray("accountRemoteFieldClasses");
    expected.withArray("users").add(contact(OKAFOR).path("owner"));
    sameJson(again, expected);
    assertThat(
            MergeFixture.load(new ByteArrayInputStream(saved.toByteArray()), clock).contact(RENEE))
        .isEqualTo(data.contact(RENEE));
  }

  @Test
  void accountsAndTheirRemoteFieldsAreServedAndEditedAsGiven() throws IOException {
    JsonNode org =
        EXACT.readTree(
            """
        {"accountRemoteFieldClasses": [{"id": "ac-type", "remote_key_name": "Type",
            "display_name": "Account Type", "field_type": "string", "field_format": "select",
            "field_choices": [{"value": "Household", "display_name": "Household"}], "x": 1}],
         "accounts": [{"id": "a1", "name": "The Smith Household", "modified_at": "2025-01-01T00:00:00Z",
            "remote_fields": [{"remote_field_class": "ac-type", "value": "Other"},
              {"remote_field_class": {"id": "ac-person", "remote_key_name": "IsPersonAccount",
                "field_type": "bool"}, "value": null}]}],
         "contacts": [{"id": "c1", "remote_id": "0035e00000Abc12AAA", "last_name": "Smith",
            "account": {"id": "a1", "name": "The Smith Household", "remote_was_deleted": false},
            "remote_fields": []}]}
        """);
    MergeDataSet households =
        MergeFixture.load(new ByteArrayInputStream(EXACT.writeValueAsBytes(org)), clock);
    server.addLinkedAccount("households", households);
    TestHttp householdsHttp = new TestHttp(server, "households");

    sameJson(
        householdsHttp.get("accounts?include_remote_fields=true").json().at("/results/0"),
        org.at("/accounts/0"));
    assertThat(householdsHttp.get("accounts").json().at("/results/0").has("remote_fields"))
        .isFalse();
    sameJson(
        householdsHttp.get("accounts/remote-field-classes").json().path("results"),
        org.path("accountRemoteFieldClasses"));
    clock.advance(Duration.ofDays(1));
    households.editAccount("a1", java.util.Map.of("Type", "Household", "IsPersonAccount", true));
    households.deleteAccount("a1");

    JsonNode account =
        householdsHttp
            .get("accounts?include_remote_fields=true&include_deleted_data=true")
            .json()
            .at("/results/0");
    assertThat(account.at("/remote_fields/0/value").asText()).isEqualTo("Household");
    assertThat(account.at("/remote_fields/0/remote_field_class").asText()).isEqualTo("ac-type");
    assertThat(account.at("/remote_fields/1/value").booleanValue()).isTrue();
    assertThat(account.path("remote_was_deleted").booleanValue()).isTrue();
    assertThat(account.path("modified_at").asText()).isEqualTo("2026-01-06T09:00:00.000000Z");
    assertThat(households.accounts().get(0).type()).contains("Household");
    JsonNode contact = householdsHttp.get("contacts/c1?expand=account").json();
    assertThat(contact.at("/account/remote_was_deleted").booleanValue()).isTrue();
    assertThat(contact.has("modified_at")).as("the contact's own record did not change").isFalse();
  }

  @Test
  void anAccountAskedForByIdIsServedAsTheListServesIt() throws IOException {
    JsonNode org =
        EXACT.readTree(
            """
        {"accounts": [{"id": "a1", "remote_id": "0015e00000Hh1AAA", "name": "The Smith Household",
            "modified_at": "2025-01-01T00:00:00Z", "created_at": "2024-06-01T00:00:00Z",
            "remote_fields": [{"remote_field_class": {"id": "ac-type", "remote_key_name": "Type",
                "field_type": "string"}, "value": "Household"}],
            "remote_data": [{"path": "/sobjects/Account/0015e00000Hh1AAA",
                "data": {"Type": "Household", "FinServ__Status__c": "Active"}}],
            "field_mappings": {"organization_defined_targets": {}, "x": 1}}],
         "contacts": [{"id": "c1", "remote_id": "0035e00000Abc12AAA", "last_name": "Smith",
            "account": "a1", "remote_fields": []}]}
        """);
    server.addLinkedAccount(
        "by-id", MergeFixture.load(new ByteArrayInputStream(EXACT.writeValueAsBytes(org)), clock));
    TestHttp byId = new TestHttp(server, "by-id");

    for (String query :
        List.of(
            "",
            "?include_remote_fields=true",
            "?include_remote_data=true",
            "?include_remote_fields=true&include_remote_data=true")) {
      sameJson(
          byId.get("accounts/a1" + query).json(),
          byId.get("accounts" + query).json().at("/results/0"));
    }
    sameJson(
        byId.get("accounts/a1?include_remote_fields=true&include_remote_data=true").json(),
        org.at("/accounts/0"));
  }

  @Test
  void aContactWithoutRemoteFieldsIsEditedInMergesCommonModel() throws IOException {
    MergeDataSet examples = load("fixtures/merge-examples.json");
    server.addLinkedAccount("examples", examples);
    String gil = "550e8400-e29b-41d4-a716-446655440000";
    List<Object> before = new ArrayList<>();

    examples.editContact(
        gil,
        c -> {
          before.add(c.value("Email").orElseThrow());
          before.add(c.value("MobilePhone").orElseThrow());
          before.add(c.value("MailingStreet").orElseThrow());
          c.set("LastName", "Feig-Lee")
              .set("Email", "gil@example.com")
              .set("HomePhone", "555-0100")
              .set("MobilePhone", null)
              .set("MailingCity", "Oakland")
              .set("MailingStreet", "1 Main St\nSuite 2");
        });

    assertThat(before)
        .containsExactly(
            "hello@merge.dev", "+13785579223", "50 Bowling Green Dr\nGolden Gate Park");
    JsonNode served = new TestHttp(server, "examples").get("contacts/" + gil).json();
    assertThat(served.path("last_name").asText()).isEqualTo("Feig-Lee");
    assertThat(served.at("/email_addresses/0/email_address").asText()).isEqualTo("gil@example.com");
    assertThat(served.path("phone_numbers")).hasSize(1);
    assertThat(served.at("/phone_numbers/0/phone_number").asText()).isEqualTo("555-0100");
    assertThat(served.at("/phone_numbers/0/phone_number_type").asText()).isEqualTo("Home");
    assertThat(served.at("/addresses/0/city").asText()).isEqualTo("Oakland");
    assertThat(served.at("/addresses/0/street_1").asText()).isEqualTo("1 Main St");
    assertThat(served.at("/addresses/0/street_2").asText()).isEqualTo("Suite 2");
    assertThat(served.has("remote_fields")).as("no class, so no remote field is added").isFalse();
    assertThat(served.path("modified_at").asText()).isEqualTo("2026-01-05T09:00:00.000000Z");
    assertThatThrownBy(() -> examples.editContact(gil, c -> c.set("Title", "CEO")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiName Title names no Contact field of this org");
  }

  @Test
  void noFieldClassIsInventedForAFixture() throws IOException {
    MergeDataSet launch =
        MergeFixture.load(
            new ByteArrayInputStream(
                """
        {"contacts": [{"id": "550e8400-e29b-41d4-a716-446655440000", "remote_id": "19202938",
          "first_name": "Gil", "last_name": "Feig"}]}
        """
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            clock);
    server.addLinkedAccount("launch", launch);

    assertThat(launch.contactFields()).isEmpty();
    assertThat(
            new TestHttp(server, "launch")
                .get("contacts/remote-field-classes")
                .json()
                .path("results"))
        .isEmpty();
    assertThat(
            MergeContactSource.create(new RecordingClient(server, "launch", clock).client)
                .fieldCatalog()
                .fields())
        .isEmpty();
    assertThat(data.contactFields())
        .extracting(f -> f.apiName())
        .containsExactly(
            "Birthdate", "Interests__c", "Net_Worth__c", "Title", "Tier__c", "Deceased__c");
  }

  private JsonNode contact(String id) {
    for (JsonNode contact : fixture.path("contacts")) {
      if (contact.path("id").asText().equals(id)) {
        return contact;
      }
    }
    throw new AssertionError("no contact " + id + " in the fixture");
  }

  static void sameJson(JsonNode actual, JsonNode expected) {
    assertThat(actual.equals(AS_JSON, expected))
        .as("served %s%nexpected %s", actual, expected)
        .isTrue();
  }

  private static Map<String, JsonNode> byId(List<JsonNode> records) {
    return records.stream()
        .collect(Collectors.toMap(r -> r.path("id").asText(), Function.identity()));
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("results").forEach(r -> ids.add(r.path("id").asText()));
    return ids;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static JsonNode read(String resource) {
    try (InputStream in =
        FixtureServedAsGivenTest.class.getClassLoader().getResourceAsStream(resource)) {
      return EXACT.readTree(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private MergeDataSet load(String resource) {
    try (InputStream in =
        FixtureServedAsGivenTest.class.getClassLoader().getResourceAsStream(resource)) {
      return MergeFixture.load(in, clock);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
