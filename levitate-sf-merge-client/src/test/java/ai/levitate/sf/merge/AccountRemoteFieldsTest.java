package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.spi.ContactQuery;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class AccountRemoteFieldsTest {
  private static final String TYPE_CLASS =
      "{\"id\": \"cls-type\", \"display_name\": \"Account Type\","
          + " \"remote_key_name\": \"Type\", \"is_custom\": false, \"field_type\": \"string\","
          + " \"field_format\": \"select\", \"field_choices\": [\"Household\", \"Other\"]}";
  private static final String PERSON_CLASS =
      "{\"id\": \"cls-person\", \"display_name\":"
          + " \"Is Person Account\", \"remote_key_name\": \"IsPersonAccount\", \"is_custom\": false,"
          + " \"field_type\": \"bool\", \"field_format\": \"bool\", \"field_choices\": []}";

  private final MockMerge merge = new MockMerge();
  private final MergeContactSource source = MergeContactSource.create(merge.client());

  @AfterEach
  void close() {
    merge.close();
  }

  @Test
  void readsTheTypeOfAnAccountWhoseFieldClassIsEmbedded() {
    merge.enqueueFixture("accounts.json");

    List<SourceAccount> accounts = source.accountsModifiedAfter(Instant.EPOCH);

    assertThat(accounts.get(0).fieldsRead()).isTrue();
    assertThat(accounts.get(0).type()).hasValue("Customer - Direct");
    assertThat(accounts.get(1).fieldsRead()).as("sent without remote_fields").isFalse();
    assertThat(accounts.get(1).type()).isEmpty();
  }

  @Test
  void looksUpFieldClassesMergeNamesByIdOnceForEveryAccount() {
    merge.enqueue(
        200,
        page(
            account(
                    "a-1",
                    "The Smith Household",
                    false,
                    "{\"remote_field_class\": \"cls-type\", \"value\": \" household \"},"
                        + " {\"remote_field_class\": \"cls-person\", \"value\": false}")
                + ", "
                + account(
                    "a-2",
                    "Ada Lovelace",
                    false,
                    "{\"remote_field_class\": \"cls-person\", \"value\": true}")));
    merge.enqueue(200, page(TYPE_CLASS + ", " + PERSON_CLASS));

    List<SourceAccount> accounts = source.accountsModifiedAfter(Instant.EPOCH);

    assertThat(accounts.get(0).type()).hasValue("household");
    assertThat(accounts.get(0).typeIn(List.of("Household"))).isTrue();
    assertThat(accounts.get(0).fields()).containsEntry("IsPersonAccount", FieldValue.bool(false));
    assertThat(accounts.get(1).fields()).containsEntry("IsPersonAccount", FieldValue.bool(true));
    assertThat(accounts.get(1).type()).isEmpty();
    merge.take();
    assertThat(merge.take().getRequestLine())
        .isEqualTo("GET /api/crm/v1/accounts/remote-field-classes?page_size=100 HTTP/1.1");
    assertThat(merge.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anAccountFieldClassThatComesAsAShellStopsTheReadRatherThanLoseTheType() {
    merge.enqueue(
        200,
        page(
            account(
                "a-1",
                "The Smith Household",
                false,
                "{\"remote_field_class\": \"cls-type\", \"value\": \"Household\"}")));
    merge.enqueue(200, page("{\"id\": \"cls-type\", \"remote_id\": \"Type\"}"));

    assertThatThrownBy(() -> source.accountsModifiedAfter(Instant.EPOCH))
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessage(
            "GET accounts/remote-field-classes: field class cls-type came as a shell"
                + " record, without its name or type; the field catalog would miss a field, so it was"
                + " not used");
  }

  @Test
  void everyAccountIsReadWithRemoteFieldsAndDeletedOnes() {
    merge.enqueue(200, page(account("a-1", "Gone Ltd", true, "")));

    List<SourceAccount> accounts = List.copyOf(toList(source.accounts()));

    assertThat(accounts)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.remoteWasDeleted()).isTrue();
              assertThat(a.fieldsRead()).isTrue();
              assertThat(a.fields()).isEmpty();
            });
    assertThat(merge.take().getRequestLine())
        .isEqualTo(
            "GET /api/crm/v1/accounts?page_size=100"
                + "&include_remote_fields=true&include_deleted_data=true HTTP/1.1");
  }

  @Test
  void oneAccountIsReadByItsIdAndAnUnknownOneIsEmpty() {
    merge.enqueue(
        200,
        account(
            "a-1",
            "The Smith Household",
            false,
            "{\"remote_field_class\": " + TYPE_CLASS + ", \"value\": \"Household\"}"));
    merge.enqueue(404, "{\"detail\": \"Not found.\"}");

    assertThat(source.account("a-1"))
        .hasValueSatisfying(
            a -> {
              assertThat(a.name()).hasValue("The Smith Household");
              assertThat(a.type()).hasValue("Household");
            });
    assertThat(source.account("a-2")).isEmpty();
    assertThat(merge.take().getRequestLine())
        .isEqualTo("GET /api/crm/v1/accounts/a-1?include_remote_fields=true HTTP/1.1");
  }

  @Test
  void anAccountWhoseRemoteFieldsAreNotAListIsUnreadable() {
    merge.enqueue(200, "{\"id\": \"a-1\", \"name\": \"X\", \"remote_fields\": {}}");

    assertThatThrownBy(() -> source.account("a-1"))
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessageContaining("an account that cannot be read: remote_fields is not a list");
  }

  @Test
  void aContactsExpandedAccountHasNoFieldsAndOneSentAsAnIdIsMarkedSo() {
    merge.enqueueFixture("remote-field-classes-1.json");
    merge.enqueueFixture("remote-field-classes-2.json");
    merge.enqueueFixture("contacts-page.json");
    merge.enqueue(404, "{\"detail\": \"Not found.\"}");

    List<SourceAccount> accounts =
        source.readContacts(ContactQuery.all()).contacts().stream()
            .flatMap(c -> c.account().stream())
            .toList();

    SourceAccount expanded = accounts.get(0);
    assertThat(expanded.name()).hasValue("Analytical Engines Ltd");
    assertThat(expanded.fieldsRead()).isFalse();
    assertThat(expanded.idOnly()).isFalse();
    assertThat(accounts)
        .filteredOn(SourceAccount::idOnly)
        .singleElement()
        .satisfies(a -> assertThat(a.mergeId()).isEqualTo("7c4b2a10-acc2-4d5e-8f9a-0b1c2d3e4f52"));
  }

  private static <T> List<T> toList(Iterable<T> items) {
    List<T> out = new java.util.ArrayList<>();
    items.forEach(out::add);
    return out;
  }

  private static String page(String results) {
    return "{\"next\": null, \"previous\": null, \"results\": [" + results + "]}";
  }

  private static String account(String id, String name, boolean deleted, String remoteFields) {
    return "{\"id\": \""
        + id
        + "\", \"remote_id\": \"001"
        + id
        + "\", \"name\": \""
        + name
        + "\", \"modified_at\": \"2024-04-30T12:00:00Z\", \"remote_was_deleted\": "
        + deleted
        + ", \"remote_fields\": ["
        + remoteFields
        + "]}";
  }
}
