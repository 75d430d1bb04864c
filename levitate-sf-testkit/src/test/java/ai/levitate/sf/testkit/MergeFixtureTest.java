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
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture loader takes whatever Merge could send and refuses, by file, place and reason, what
 * cannot be a fixture at all.
 */
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
    assertThat(loaded.contactFields())
        .extracting(
            FieldDescriptor::apiName,
            FieldDescriptor::label,
            FieldDescriptor::type,
            FieldDescriptor::custom)
        .isEqualTo(
            generated.contactFields().stream()
                .map(f -> tuple(f.apiName(), f.label(), f.type(), f.custom()))
                .toList());
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    MergeFixture.save(loaded, again);
    assertThat(again.toByteArray()).isEqualTo(Files.readAllBytes(file));
  }

  @Test
  void anEditToOneLoadedContactLeavesTheOthersWhoHeldTheSameValue(@TempDir Path dir)
      throws IOException {
    MergeDataSet generated =
        SalesforceDataGenerator.builder().seed(41).contacts(50).clock(clock).build().generate();
    Path file = dir.resolve("org.json");
    MergeFixture.save(generated, file);
    MergeDataSet loaded = MergeFixture.load(file, clock);
    List<String> unchecked = new java.util.ArrayList<>();
    for (int i = 0; i < loaded.contactCount(); i++) {
      String id = loaded.contactId(i);
      if (loaded
          .contact(id)
          .orElseThrow()
          .field("HasOptedOutOfFax")
          .equals(java.util.Optional.of(FieldValue.bool(false)))) {
        unchecked.add(id);
      }
    }

    loaded.editContact(unchecked.get(0), c -> c.set("HasOptedOutOfFax", true));

    assertThat(unchecked).hasSizeGreaterThan(2);
    assertThat(loaded.contact(unchecked.get(0)).orElseThrow().field("HasOptedOutOfFax"))
        .contains(FieldValue.bool(true));
    assertThat(unchecked.subList(1, unchecked.size()))
        .allSatisfy(
            id ->
                assertThat(loaded.contact(id).orElseThrow().field("HasOptedOutOfFax"))
                    .contains(FieldValue.bool(false)));
  }

  @Test
  void loadsEveryOddValueMergeCouldSendAndKeepsItForTheClientToJudge() throws IOException {
    MergeDataSet data =
        load(getClass().getClassLoader().getResourceAsStream("fixtures/odd-org.json"));

    SourceContact renee = data.contact(FixtureServedAsGivenTest.RENEE).orElseThrow();
    assertThat(renee.createdAt()).as("a timestamp that cannot be read").isEmpty();
    assertThat(renee.modifiedAt()).contains(Instant.parse("2025-11-20T08:30:00.123456Z"));
    assertThat(renee.field("Birthdate"))
        .contains(FieldValue.invalid("2023-02-30", "does not fit a date field"));
    assertThat(renee.field("Interests__c")).contains(FieldValue.multi(List.of("Golf", "Sailing")));
    assertThat(renee.field("Net_Worth__c"))
        .contains(FieldValue.number(new BigDecimal("1250000.50")));
    assertThat(renee.field("Title")).contains(FieldValue.text("42"));
    assertThat(renee.field("Tier__c"))
        .contains(
            FieldValue.invalid("{\"unexpected\":[1,2.50,null]}", "does not fit a picklist field"));
    assertThat(renee.account().flatMap(a -> a.name())).contains("Harbor Partners");
    assertThat(renee.emails()).extracting(e -> e.address()).containsExactly("renee@example.com");
    SourceContact okafor = data.contact(FixtureServedAsGivenTest.OKAFOR).orElseThrow();
    assertThat(okafor.field("Interests__c")).contains(FieldValue.multi(List.of("Wine", "Golf")));
    assertThat(okafor.field("Deceased__c")).contains(FieldValue.bool(true));
    assertThat(okafor.owner().flatMap(u -> u.name())).contains("Sam Ortiz");
    assertThat(okafor.account().orElseThrow().idOnly())
        .as("an account the fixture does not hold")
        .isTrue();
    assertThat(data.users())
        .extracting(u -> u.name().orElseThrow())
        .containsExactly("Jo Smith", "Sam Ortiz");
    assertThat(data.contactFields())
        .extracting(FieldDescriptor::type)
        .containsExactly(
            FieldType.DATE,
            FieldType.MULTIPICKLIST,
            FieldType.NUMBER,
            FieldType.STRING,
            FieldType.PICKLIST,
            FieldType.CHECKBOX);
    assertThat(data.contactFields().get(4).choiceLabel("T1")).isEqualTo("Gold");
  }

  @Test
  void readsAccountRemoteFieldsByListedClassIdOrEmbeddedClass() throws IOException {
    String fixture =
        """
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

    MergeDataSet data =
        MergeFixture.load(
            new ByteArrayInputStream(fixture.getBytes(StandardCharsets.UTF_8)), clock);

    assertThat(data.accounts())
        .extracting(a -> a.mergeId(), a -> a.type(), a -> a.fields().get("IsPersonAccount"))
        .containsExactly(
            tuple("a1", java.util.Optional.of("Household"), FieldValue.bool(false)),
            tuple("a2", java.util.Optional.empty(), FieldValue.bool(true)));
    SourceContact contact = data.contact("c1").orElseThrow();
    assertThat(contact.account().orElseThrow().fieldsRead()).isFalse();
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    MergeFixture.save(data, saved);
    assertThat(MergeFixture.load(new ByteArrayInputStream(saved.toByteArray()), clock).accounts())
        .isEqualTo(data.accounts());
  }

  @Test
  void missingNullAndEmptyListsLoadAsNoRecords() throws IOException {
    assertThat(load("{}").contactCount()).isZero();
    MergeDataSet data =
        load(
            "{\"accounts\": null, \"users\": [], \"contactRemoteFieldClasses\": null,"
                + " \"contacts\": [{\"id\": \"c-1\", \"last_name\": \"Lee\"}]}");

    assertThat(data.contactCount()).isEqualTo(1);
    assertThat(data.accounts()).isEmpty();
    assertThat(data.contactFields()).isEmpty();
    assertThat(data.contact("c-1").flatMap(SourceContact::lastName)).contains("Lee");
    assertThat(data.latestModifiedAt()).contains(clock.instant());
  }

  @Test
  void refusesWhatCannotBeAFixtureNamingWhereAndWhy() {
    refuses("", "the fixture: the file is empty; a fixture is one JSON object");
    refuses(
        "contacts: []",
        "the fixture: not JSON at line 1, column 10: Unrecognized token 'contacts': was expecting"
            + " (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
    refuses(
        "[{\"id\": \"c-1\"}]",
        "the fixture: line 1, column 1: a fixture is one JSON object, not a list");
    refuses(
        "{\"contacts\": {\"id\": \"c-1\"}}",
        "the fixture: line 1, column 14: contacts must be a list of records, not an object");
    refuses(
        "{\"contacts\": [{\"id\": \"c-1\"},\n  \"c-2\"]}",
        "the fixture: contacts[1] (line 2, column 3) is not a JSON object but a string");
    refuses(
        "{\"users\": [{\"id\": \"u-1\"}], \"contacts\": [{\"id\": \"c-1\"},\n {\"first_name\": \"Ann\"}]}",
        "the fixture: contacts[1] (line 2, column 2) has no id");
    refuses(
        "{\"accounts\": [{\"id\": 42}]}",
        "the fixture: accounts[0] (line 1, column 15): its id must be Merge's id as a string, was 42");
    refuses(
        "{\"contacts\": [{\"id\": \"c-1\"}, {\"id\": \"c-1\"}]}",
        "the fixture: contacts[1] (line 1, column 30): contact id c-1 is listed twice");
    refuses(
        "{\"contacts\": [{\"id\": \"c-1\"}]} {}",
        "the fixture: line 1, column 31: more follows the fixture's object; a fixture is one JSON"
            + " object");
    refuses(
        "{\"contacts\": [{\"id\": \"c-1\", \"last_name\": \"Lee\"]}",
        "the fixture: not JSON at line 1, column 47: Unexpected close marker ']': expected '}'");
  }

  @Test
  void aFileIsNamedInWhatIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("acme.json");
    Files.writeString(file, "{\"contacts\": [{\"id\": null}]}");

    assertThatThrownBy(() -> MergeFixture.load(file, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(file + ": contacts[0] (line 1, column 15) has no id");
  }

  private void refuses(String text, String message) {
    assertThatThrownBy(() -> load(text))
        .as(text)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  private MergeDataSet load(String text) throws IOException {
    return load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private MergeDataSet load(InputStream in) throws IOException {
    return MergeFixture.load(in, clock);
  }
}
