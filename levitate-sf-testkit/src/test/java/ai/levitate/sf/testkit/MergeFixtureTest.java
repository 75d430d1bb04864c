package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceContact;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MergeFixtureTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));

  @Test
  void savesAndLoadsADataSetUnchanged(@TempDir Path dir) throws IOException {
    MergeDataSet generated =
        SalesforceDataGenerator.builder().seed(41).contacts(400).clock(clock).build().generate();
    generated.deleteContact(generated.contactId(3));
    Path file = dir.resolve("org.json");

    MergeFixture.save(generated, file);
    MergeDataSet loaded = MergeFixture.load(file, clock);

    assertThat(loaded.contactCount()).isEqualTo(400);
    for (int i = 0; i < 400; i += 37) {
      String id = generated.contactId(i);
      assertThat(loaded.contact(id)).isEqualTo(generated.contact(id));
    }
    assertThat(loaded.accounts()).isEqualTo(generated.accounts());
    assertThat(loaded.users()).isEqualTo(generated.users());
    // Merge's field choices carry no active flag, so a retired picklist value loads as active.
    assertThat(loaded.contactFields()).extracting(FieldDescriptor::apiName, FieldDescriptor::label,
            FieldDescriptor::type, FieldDescriptor::custom,
            f -> f.choices().stream().map(c -> c.value() + "=" + c.label()).toList())
        .isEqualTo(generated.contactFields().stream().map(f -> tuple(f.apiName(), f.label(),
            f.type(), f.custom(), f.choices().stream().map(c -> c.value() + "=" + c.label()).toList()))
            .toList());
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    MergeFixture.save(loaded, again);
    assertThat(again.toByteArray()).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void readsMergesOtherShapesOfRemoteFields() throws IOException {
    String fixture = """
        {
          "contacts": [{
            "id": "5d9b1f2e-6f7a-4c1e-9d5b-3a2f1e0c9b8a", "remote_id": "0035e00000Abc12AAA",
            "created_at": "2024-03-01T10:00:00Z", "modified_at": "2025-11-20T08:30:00.123456Z",
            "first_name": "Renée", "last_name": "D'Angelo",
            "account": {"id": "a1", "name": "Harbor Partners"}, "owner": "u1",
            "addresses": [{"street_1": "1 Pier St", "street_2": "Floor 2", "city": "Boston",
                           "country": "US"}],
            "email_addresses": [{"email_address": "renee@example.com", "email_address_type": "Work"}],
            "phone_numbers": [{"phone_number": "617-555-0101", "phone_number_type": "Mobile"}],
            "remote_was_deleted": false,
            "remote_fields": [
              {"remote_field_class": "c-interests", "value": "Golf;Sailing"},
              {"remote_field_class": "c-birthdate", "value": "1979-02-28"}
            ]
          }],
          "users": [{"id": "u1", "remote_id": "0055e000001AbcdAAA", "name": "Jo Smith"}],
          "contactRemoteFieldClasses": [
            {"id": "c-interests", "remote_key_name": "Interests__c", "display_name": "Interests",
             "field_type": "string", "field_format": "multiselect",
             "field_choices": ["Golf", "Sailing"], "is_custom": true},
            {"id": "c-birthdate", "remote_key_name": "Birthdate", "display_name": "Birthdate",
             "field_type": "date", "field_choices": []},
            {"id": "c-tier", "remote_key_name": "Tier__c", "display_name": "Tier",
             "field_type": "string", "field_format": "select",
             "field_choices": [{"value": "t1", "display_name": "Gold"}]}
          ]
        }
        """;

    MergeDataSet data = MergeFixture.load(
        new ByteArrayInputStream(fixture.getBytes(StandardCharsets.UTF_8)), clock);

    SourceContact contact = data.contact("5d9b1f2e-6f7a-4c1e-9d5b-3a2f1e0c9b8a").orElseThrow();
    assertThat(contact.firstName()).contains("Renée");
    assertThat(contact.account().orElseThrow().name()).contains("Harbor Partners");
    assertThat(contact.owner().orElseThrow().name()).contains("Jo Smith");
    assertThat(contact.field("Interests__c")).contains(FieldValue.multi(List.of("Golf", "Sailing")));
    assertThat(contact.field("Birthdate")).contains(FieldValue.date(LocalDate.of(1979, 2, 28)));
    assertThat(data.contactFields()).extracting(f -> f.type()).startsWith(
        FieldType.MULTIPICKLIST, FieldType.DATE, FieldType.PICKLIST, FieldType.STRING);
    assertThat(data.contactFields().get(2).choiceLabel("t1")).isEqualTo("Gold");
    assertThat(data.contactFields()).extracting(FieldDescriptor::apiName)
        .contains("FirstName", "MailingStreet", "MobilePhone");
    assertThat(contact.addresses().get(0).street2()).contains("Floor 2");
    assertThat(contact.phones()).singleElement()
        .satisfies(p -> assertThat(p.type()).contains("Mobile"));
  }

  @Test
  void readsAccountRemoteFieldsByListedClassIdOrEmbeddedClass() throws IOException {
    String fixture = """
        {
          "accountRemoteFieldClasses": [
            {"id": "ac-type", "remote_key_name": "Type", "display_name": "Account Type",
             "field_type": "string", "field_format": "select",
             "field_choices": ["Household", "Other"]}
          ],
          "accounts": [
            {"id": "a1", "name": "The Smith Household",
             "remote_fields": [{"remote_field_class": "ac-type", "value": "Household"}]},
            {"id": "a2", "name": "Ada Lovelace", "remote_fields": [
              {"remote_field_class": {"id": "ac-person", "remote_key_name": "IsPersonAccount",
               "display_name": "Is Person Account", "field_type": "bool"}, "value": true}]}
          ],
          "contacts": [{"id": "c1", "remote_id": "0035e00000Abc12AAA", "first_name": "Jo",
            "last_name": "Smith", "account": {"id": "a1", "name": "The Smith Household"},
            "remote_fields": []}],
          "contactRemoteFieldClasses": [{"id": "c-title", "remote_key_name": "Title",
            "display_name": "Title", "field_type": "string"}]
        }
        """;

    MergeDataSet data = MergeFixture.load(
        new ByteArrayInputStream(fixture.getBytes(StandardCharsets.UTF_8)), clock);

    assertThat(data.accounts()).extracting(a -> a.mergeId(), a -> a.type(),
            a -> a.fields().get("IsPersonAccount"))
        .containsExactly(tuple("a1", java.util.Optional.of("Household"), FieldValue.bool(false)),
            tuple("a2", java.util.Optional.empty(), FieldValue.bool(true)));
    SourceContact contact = data.contact("c1").orElseThrow();
    assertThat(contact.account().orElseThrow().fieldsRead()).isFalse();
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    MergeFixture.save(data, saved);
    assertThat(MergeFixture.load(new ByteArrayInputStream(saved.toByteArray()), clock).accounts())
        .isEqualTo(data.accounts());
  }

  @Test
  void rejectsAFileThatIsNotAFixture() {
    String notAFixture = "{\"contacts\": [], \"deals\": [{\"id\": \"d1\"}]}";

    assertThatThrownBy(() -> MergeFixture.load(
        new ByteArrayInputStream(notAFixture.getBytes(StandardCharsets.UTF_8)), clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown fixture key deals; a fixture holds contacts, accounts, users, "
            + "contactRemoteFieldClasses and accountRemoteFieldClasses");
  }
}
