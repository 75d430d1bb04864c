package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.SourceContact;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class ContactShapeTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private final FakeMergeServer server = FakeMergeServer.builder().clock(clock).start();
  private final MergeDataSet data =
      SalesforceDataGenerator.builder().seed(21).contacts(300).clock(clock).build().generate();
  private final TestHttp http = new TestHttp(server, "token");
  private final String id;

  ContactShapeTest() {
    server.addLinkedAccount("token", data);
    id =
        data.addContact(
            c ->
                c.set("FirstName", "Zoë")
                    .set("LastName", "O'Brien")
                    .set("Title", "Partner")
                    .set("MailingStreet", "12 Harbor Way\nSuite 200")
                    .set("MailingCity", "Seattle")
                    .set("MailingCountry", "United States")
                    .set("Email", "zoe@example.com")
                    .set("Phone", "(206) 555-0100")
                    .set("MobilePhone", "+1 206-555-0199")
                    .set("Birthdate", LocalDate.of(1984, 2, 29))
                    .set("Interests__c", List.of("Golf", "Wine"))
                    .set("VIP__c", true)
                    .set("Net_Worth__c", 1250000.5)
                    .account(data.accounts().get(0).mergeId())
                    .owner(data.users().get(0).mergeId()));
  }

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void writesTheCommonModelFromTheSalesforceFields() throws IOException {
    JsonNode contact = http.get("contacts/" + id).json();

    assertThat(contact.path("first_name").asText()).isEqualTo("Zoë");
    assertThat(contact.path("last_name").asText()).isEqualTo("O'Brien");
    assertThat(contact.path("remote_id").asText()).matches("003[0-9A-Za-z]{15}");
    assertThat(contact.at("/addresses/0/street_1").asText()).isEqualTo("12 Harbor Way");
    assertThat(contact.at("/addresses/0/street_2").asText()).isEqualTo("Suite 200");
    assertThat(contact.at("/addresses/0/country").asText()).isEqualTo("US");
    assertThat(contact.at("/email_addresses/0/email_address").asText())
        .isEqualTo("zoe@example.com");
    assertThat(contact.path("phone_numbers"))
        .extracting(p -> p.path("phone_number_type").asText())
        .containsExactly("Work", "Mobile");
    assertThat(contact.path("account").asText()).isEqualTo(data.accounts().get(0).mergeId());
    assertThat(contact.path("owner").asText()).isEqualTo(data.users().get(0).mergeId());
    assertThat(contact.path("remote_data").isNull()).isTrue();
    assertThat(contact.has("remote_fields")).isFalse();
    assertThat(contact.path("created_at").asText()).isEqualTo("2026-01-05T09:00:00.000000Z");
    assertThat(contact.path("contact_url").asText())
        .isEqualTo("https://levitate-fake.my.salesforce.com/" + contact.path("remote_id").asText());
  }

  @Test
  void expandsAccountAndOwnerAndKeepsOnlyTheLastExpandParameter() throws IOException {
    JsonNode both = http.get("contacts/" + id + "?expand=account,owner").json();
    JsonNode lastWins = http.get("contacts/" + id + "?expand=owner&expand=account").json();

    assertThat(both.at("/account/name").asText())
        .isEqualTo(data.accounts().get(0).name().orElseThrow());
    assertThat(both.at("/owner/email").asText())
        .isEqualTo(data.users().get(0).email().orElseThrow());
    assertThat(both.at("/account/account_url").asText())
        .endsWith("/" + data.accounts().get(0).remoteId().orElseThrow());
    assertThat(both.at("/owner/user_url").asText())
        .endsWith("/" + data.users().get(0).remoteId().orElseThrow());
    assertThat(lastWins.path("account").isObject()).isTrue();
    assertThat(lastWins.path("owner").isTextual()).isTrue();
  }

  @Test
  void includesEveryFieldAsARemoteFieldTypedAsItsClass() throws IOException {
    JsonNode contact = http.get("contacts/" + id + "?include_remote_fields=true").json();

    JsonNode fields = contact.path("remote_fields");
    assertThat(fields).hasSize(data.contactFields().size());
    assertThat(field(fields, "Birthdate").asText()).isEqualTo("1984-02-29");
    assertThat(field(fields, "Interests__c"))
        .extracting(JsonNode::asText)
        .containsExactly("Golf", "Wine");
    assertThat(field(fields, "VIP__c").asBoolean()).isTrue();
    assertThat(field(fields, "Net_Worth__c").decimalValue()).isEqualByComparingTo("1250000.5");
    assertThat(field(fields, "HasOptedOutOfEmail").asBoolean()).isFalse();
    assertThat(field(fields, "Nickname__c").isNull()).isTrue();
    assertThat(field(fields, "AccountId").asText()).startsWith("001");
    JsonNode interests = fieldClass(fields, "Interests__c");
    assertThat(interests.path("field_type").asText()).isEqualTo("list");
    assertThat(interests.at("/item_schema/item_choices")).isNotEmpty();
    assertThat(fieldClass(fields, "Nickname__c").path("is_custom").asBoolean()).isTrue();
  }

  @Test
  void namesRemoteFieldClassesByIdWhenAskedTo() throws IOException {
    try (FakeMergeServer lean =
        FakeMergeServer.builder().clock(clock).remoteFieldClassesAsIds(true).start()) {
      lean.addLinkedAccount("token", data);
      JsonNode fields =
          new TestHttp(lean, "token")
              .get("contacts/" + id + "?include_remote_fields=true")
              .json()
              .path("remote_fields");
      JsonNode classes =
          new TestHttp(lean, "token")
              .get("contacts/remote-field-classes?page_size=100")
              .json()
              .path("results");

      List<String> classIds = new ArrayList<>();
      classes.forEach(c -> classIds.add(c.path("id").asText()));
      assertThat(fields)
          .allSatisfy(f -> assertThat(f.path("remote_field_class").isTextual()).isTrue());
      assertThat(fields)
          .extracting(f -> f.path("remote_field_class").asText())
          .containsExactlyElementsOf(classIds);
    }
  }

  @Test
  void includesTheRawSalesforceRecordAsRemoteData() throws IOException {
    JsonNode raw =
        http.get("contacts/" + id + "?include_remote_data=true").json().at("/remote_data/0/data");

    assertThat(raw.path("Id").asText())
        .isEqualTo(data.contact(id).orElseThrow().remoteId().orElseThrow());
    assertThat(raw.path("Interests__c").asText()).isEqualTo("Golf;Wine");
    assertThat(raw.path("Birthdate").asText()).isEqualTo("1984-02-29");
    assertThat(raw.path("SystemModstamp").asText()).isEqualTo("2026-01-05T09:00:00.000+0000");
  }

  @Test
  void leavesDeletedContactsOutUnlessAskedAndShellsOutUnlessAsked() throws IOException {
    data.deleteContact(id);
    String shell = data.addShellContact();

    List<String> plain = FakeMergeServerPagingTest.readAll(http, "contacts?page_size=100");
    List<String> withDeleted =
        FakeMergeServerPagingTest.readAll(http, "contacts?page_size=100&include_deleted_data=true");
    List<String> withShells =
        FakeMergeServerPagingTest.readAll(http, "contacts?page_size=100&include_shell_data=true");

    assertThat(plain).hasSize(300).doesNotContain(id, shell);
    assertThat(withDeleted).hasSize(301).contains(id).doesNotContain(shell);
    assertThat(withShells).hasSize(301).contains(shell).doesNotContain(id);
    assertThat(http.get("contacts/" + id).json().path("remote_was_deleted").asBoolean()).isTrue();
  }

  @Test
  void filtersByRemoteIdAccountEmailAndCreationTime() throws IOException {
    SourceContact expected = data.contact(id).orElseThrow();
    String accountId = data.accounts().get(0).mergeId();

    assertThat(
            FaultInjectionTest.ids(
                http.get("contacts?remote_id=" + expected.remoteId().orElseThrow()).json()))
        .containsExactly(id);
    assertThat(
            FaultInjectionTest.ids(
                http.get("contacts?email_addresses=ZOE@example.com,x@y.z").json()))
        .containsExactly(id);
    assertThat(
            FaultInjectionTest.ids(http.get("contacts?created_after=2026-01-05T08:59:59Z").json()))
        .containsExactly(id);
    assertThat(
            FakeMergeServerPagingTest.readAll(
                http, "contacts?page_size=100&account_id=" + accountId))
        .contains(id)
        .allSatisfy(
            c ->
                assertThat(data.contact(c).orElseThrow().account().orElseThrow().mergeId())
                    .isEqualTo(accountId));
  }

  @Test
  void readsBackAsTheSourceContactTheDataSetExpects() {
    SourceContact expected = data.contact(id).orElseThrow();

    assertThat(expected.firstName()).contains("Zoë");
    assertThat(expected.account().orElseThrow().name()).isEqualTo(data.accounts().get(0).name());
    assertThat(expected.field("Birthdate").orElseThrow().display()).isEqualTo("1984-02-29");
    assertThat(expected.field("Interests__c").orElseThrow().display()).isEqualTo("Golf;Wine");
    assertThat(expected.phones()).hasSize(2);
  }

  private static JsonNode field(JsonNode fields, String apiName) {
    for (JsonNode field : fields) {
      if (field.at("/remote_field_class/remote_key_name").asText().equals(apiName)) {
        return field.path("value");
      }
    }
    throw new AssertionError("no remote field " + apiName);
  }

  private static JsonNode fieldClass(JsonNode fields, String apiName) {
    for (JsonNode field : fields) {
      if (field.at("/remote_field_class/remote_key_name").asText().equals(apiName)) {
        return field.path("remote_field_class");
      }
    }
    throw new AssertionError("no remote field " + apiName);
  }
}
