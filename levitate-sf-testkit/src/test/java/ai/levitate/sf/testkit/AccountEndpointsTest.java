package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.SourceSyncStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class AccountEndpointsTest {
  private static final String DESCRIBE =
      "{\"method\": \"GET\", \"path\": "
          + "\"/services/data/v59.0/sobjects/Contact/describe\", \"request_format\": \"JSON\"}";

  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private final FakeMergeServer server = FakeMergeServer.builder().clock(clock).start();
  private final MergeDataSet data =
      SalesforceDataGenerator.builder()
          .seed(51)
          .contacts(100)
          .accounts(7)
          .users(3)
          .clock(clock)
          .build()
          .generate();
  private final LinkedAccount account = server.addLinkedAccount("token", data);
  private final TestHttp http = new TestHttp(server, "token");

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void reportsTheContactSyncStateTheTestSets() throws IOException {
    account.contactSyncStatus(
        SourceSyncStatus.State.SYNCING, SourceSyncStatus.State.PARTIALLY_SYNCED);

    JsonNode contact = model(http.get("sync-status").json(), "crm.Contact");

    assertThat(contact.path("status").asText()).isEqualTo("SYNCING");
    assertThat(contact.path("last_sync_result").asText()).isEqualTo("PARTIALLY_SYNCED");
    assertThat(model(http.get("sync-status").json(), "crm.Account").path("status").asText())
        .isEqualTo("DONE");
  }

  @Test
  void describesTheLinkedAccountAsSalesforce() throws IOException {
    JsonNode details = http.get("account-details").json();

    assertThat(details.path("id").asText()).isEqualTo(account.id());
    assertThat(details.path("integration_slug").asText()).isEqualTo("salesforce");
    assertThat(details.path("category").asText()).isEqualTo("crm");
  }

  @Test
  void listsAccountsAndUsersWithTheirFilters() throws IOException {
    String renamed = data.accounts().get(4).mergeId();
    clock.advance(Duration.ofMinutes(1));
    Instant mark = clock.instant();
    clock.advance(Duration.ofMinutes(1));
    data.renameAccount(renamed, "Summit Family Office");

    JsonNode accounts = http.get("accounts?page_size=100&expand=owner").json();
    JsonNode changed = http.get("accounts?modified_after=" + mark).json();
    String email = data.users().get(1).email().orElseThrow();
    JsonNode users = http.get("users?email=" + email.toUpperCase(java.util.Locale.ROOT)).json();

    assertThat(accounts.path("results")).hasSize(7);
    assertThat(accounts.at("/results/0/owner/id").asText()).isNotEmpty();
    assertThat(FaultInjectionTest.ids(changed)).containsExactly(renamed);
    assertThat(changed.at("/results/0/name").asText()).isEqualTo("Summit Family Office");
    assertThat(FaultInjectionTest.ids(users)).containsExactly(data.users().get(1).mergeId());
  }

  @Test
  void servesAccountRemoteFieldsOnlyWhenAskedAndNeverInsideAContact() throws IOException {
    String household = data.accounts().get(2).mergeId();
    data.editAccount(household, Map.of("Type", "Household"));

    JsonNode plain = http.get("accounts?page_size=100").json();
    JsonNode withFields = http.get("accounts?page_size=100&include_remote_fields=true").json();
    JsonNode one = http.get("accounts/" + household + "?include_remote_fields=true").json();
    JsonNode contact =
        http.get("contacts?page_size=100&expand=account" + "&include_remote_fields=true")
            .json()
            .at("/results/0/account");

    assertThat(plain.at("/results/0").has("remote_fields")).isFalse();
    assertThat(
            withFields.at("/results/2/remote_fields/0/remote_field_class/remote_key_name").asText())
        .isEqualTo("Type");
    assertThat(withFields.at("/results/2/remote_fields/0/value").asText()).isEqualTo("Household");
    assertThat(withFields.at("/results/2/remote_fields/1/remote_field_class/field_type").asText())
        .isEqualTo("bool");
    assertThat(one.path("id").asText()).isEqualTo(household);
    assertThat(one.at("/remote_fields/0/value").asText()).isEqualTo("Household");
    assertThat(contact.isObject()).isTrue();
    assertThat(contact.has("remote_fields")).isFalse();
    assertThat(http.get("accounts/no-such-account").status()).isEqualTo(404);
  }

  @Test
  void pagesTheAccountFieldClassesAndNamesThemByIdWhenBuiltSo() throws IOException {
    try (FakeMergeServer byId =
        FakeMergeServer.builder().clock(clock).remoteFieldClassesAsIds(true).start()) {
      byId.addLinkedAccount("token", data);
      TestHttp client = new TestHttp(byId, "token");

      JsonNode classes = client.get("accounts/remote-field-classes").json();
      JsonNode accounts = client.get("accounts?include_remote_fields=true").json();

      assertThat(classes.path("results"))
          .extracting(c -> c.path("remote_key_name").asText())
          .containsExactly("Type", "IsPersonAccount");
      assertThat(accounts.at("/results/0/remote_fields/0/remote_field_class").asText())
          .isEqualTo(classes.at("/results/0/id").asText());
    }
  }

  @Test
  void retypingOrDeletingAnAccountMovesItsModifiedAtNotItsContacts() throws IOException {
    String id = data.accounts().get(3).mergeId();
    clock.advance(Duration.ofMinutes(1));
    Instant mark = clock.instant();
    clock.advance(Duration.ofMinutes(1));
    data.editAccount(id, Map.of("Type", "Household"));
    data.editAccount(id, Map.of("Type", "Household"));

    JsonNode changed = http.get("accounts?modified_after=" + mark).json();
    JsonNode contacts = http.get("contacts?modified_after=" + mark).json();
    data.deleteAccount(id);
    JsonNode listed = http.get("accounts?modified_after=" + mark).json();
    JsonNode withDeleted =
        http.get("accounts?modified_after=" + mark + "&include_deleted_data=true").json();

    assertThat(FaultInjectionTest.ids(changed)).containsExactly(id);
    assertThat(contacts.path("results")).isEmpty();
    assertThat(listed.path("results")).isEmpty();
    assertThat(withDeleted.at("/results/0/remote_was_deleted").asBoolean()).isTrue();
    assertThatThrownBy(() -> data.editAccount(id, Map.of("Industry", "Banking")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the data set's accounts have no field Industry");
  }

  @Test
  void pagesTheContactFieldClassesWithTheirFilters() throws IOException {
    JsonNode custom = http.get("contacts/remote-field-classes?page_size=100&is_custom=true").json();
    JsonNode all = http.get("contacts/remote-field-classes?page_size=100").json();

    assertThat(all.path("results")).hasSize(45);
    assertThat(custom.path("results"))
        .hasSize(17)
        .allSatisfy(c -> assertThat(c.path("remote_key_name").asText()).endsWith("__c"));
  }

  @Test
  void answersADescribeOfContactThroughPassthrough() throws IOException {
    TestHttp.Answer answer = http.post("passthrough", DESCRIBE, null);

    JsonNode describe = answer.json().path("response");
    List<String> names = new ArrayList<>();
    describe.path("fields").forEach(f -> names.add(f.path("name").asText()));
    assertThat(answer.json().path("status").asInt()).isEqualTo(200);
    assertThat(answer.json().path("headers").isObject()).isTrue();
    assertThat(names).hasSize(46).startsWith("Id").contains("Nickname__c", "Birthdate");
    JsonNode tier = field(describe, "Client_Tier__c");
    assertThat(tier.path("type").asText()).isEqualTo("picklist");
    assertThat(tier.at("/picklistValues/0/label").asText()).isEqualTo("Platinum");
    assertThat(tier.at("/picklistValues/4/active").asBoolean()).isFalse();
    assertThat(field(describe, "HasOptedOutOfEmail").path("type").asText()).isEqualTo("boolean");
    assertThat(field(describe, "AccountId").at("/referenceTo/0").asText()).isEqualTo("Account");
  }

  @Test
  void listsTheIssuesOfEachLinkedAccountToTheApiKeyAlone() throws IOException {
    LinkedAccount other =
        server.addLinkedAccount(
            "token-b",
            SalesforceDataGenerator.builder().seed(52).contacts(1).clock(clock).build().generate());
    String missing = account.openIssue("Missing Permissions", "API_DISABLED_FOR_ORG");
    clock.advance(Duration.ofMinutes(1));
    String expired = other.openIssue("Invalid login credentials");
    TestHttp organization = new TestHttp(server, null);

    JsonNode all = organization.get("issues").json();
    JsonNode mine =
        organization.get("issues?linked_account_id=" + account.id() + "&status=ONGOING").json();
    account.resolveIssues();
    JsonNode ongoing = organization.get("issues?status=ONGOING").json();

    assertThat(FaultInjectionTest.ids(all)).containsExactly(missing, expired);
    assertThat(FaultInjectionTest.ids(mine)).containsExactly(missing);
    assertThat(mine.at("/results/0/error_description").asText()).isEqualTo("Missing Permissions");
    assertThat(mine.at("/results/0/error_details/0").asText()).isEqualTo("API_DISABLED_FOR_ORG");
    assertThat(mine.at("/results/0/first_incident_time").asText())
        .isEqualTo("2026-01-05T09:00:00.000000Z");
    assertThat(FaultInjectionTest.ids(ongoing)).containsExactly(expired);
    assertThat(organization.get("issues?status=OPEN").status()).isEqualTo(400);
    assertThat(server.takeFailures()).singleElement().asString().contains("ONGOING or RESOLVED");
  }

  @Test
  void rejectsAnyOtherPassthroughLoudly() throws IOException {
    TestHttp.Answer answer =
        http.post(
            "passthrough",
            "{\"method\": \"DELETE\", \"path\": \"/services/data/v59.0/sobjects/Contact/003\"}",
            null);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(server.takeFailures()).singleElement().asString().contains("DELETE");
  }

  private static JsonNode model(JsonNode page, String modelId) {
    for (JsonNode model : page.path("results")) {
      if (model.path("model_id").asText().equals(modelId)) {
        return model;
      }
    }
    throw new AssertionError("no sync status for " + modelId);
  }

  private static JsonNode field(JsonNode describe, String name) {
    for (JsonNode field : describe.path("fields")) {
      if (field.path("name").asText().equals(name)) {
        return field;
      }
    }
    throw new AssertionError("no field " + name);
  }
}
