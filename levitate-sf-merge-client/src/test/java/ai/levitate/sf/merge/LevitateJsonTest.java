package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.PicklistChoice;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourcePhone;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.settings.DeceasedAction;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.MassArchiveBrake;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.transform.ContactTransformer;
import ai.levitate.sf.core.transform.TransformResult;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class LevitateJsonTest {
  /** The {@code --settings} example of the harness's issue. */
  private static final String EXAMPLE =
      "{\"nicknameField\": \"Nickname__c\", \"deceased\":"
          + " {\"field\": \"Deceased__c\", \"action\": \"ARCHIVE\"}, \"optOutField\":"
          + " \"HasOptedOutOfEmail\", \"keyFacts\": [{\"field\": \"Birthdate\"}, {\"field\":"
          + " \"Anniversary__c\", \"label\": \"Anniversary\"}], \"tagFields\": [\"Interests__c\","
          + " \"VIP__c\"], \"owners\": {\"0055e000001AbcD\": \"lev-user-1\"}, \"defaultOwner\":"
          + " \"lev-user-9\", \"writeback\": [\"NOTE\", \"EMAIL\"]}";

  @Test
  void readsTheHarnessSettingsExample() {
    SyncSettings settings = LevitateJson.readSettings(EXAMPLE);

    assertThat(settings)
        .isEqualTo(
            SyncSettings.builder()
                .nicknameField("Nickname__c")
                .deceased(DeceasedSetting.archive("Deceased__c"))
                .optOutField("HasOptedOutOfEmail")
                .addKeyFacts(
                    KeyFactSetting.of("Birthdate"),
                    KeyFactSetting.of("Anniversary__c", "Anniversary"))
                .addTagFields("Interests__c", "VIP__c")
                .putOwners("0055e000001AbcD", "lev-user-1")
                .defaultOwner("lev-user-9")
                .addWriteback(ActivityType.NOTE, ActivityType.EMAIL)
                .build());
  }

  @Test
  void writesEverySettingInAFixedOrderAndReadsItBackEqual() {
    SyncSettings settings =
        SyncSettings.builder()
            .from(LevitateJson.readSettings(EXAMPLE))
            .putOwners("0055e000001Aaaa", "lev-user-2")
            .deceased(DeceasedSetting.of("Deceased__c", DeceasedAction.REMOVE))
            .brake(MassArchiveBrake.builder().maxShare(0.25).maxCount(50).minimumCount(3).build())
            .allowUnsubscribeRemoval(true)
            .householdAccountTypes(List.of("Household", "Family Group"))
            .householdTag(true)
            .build();

    String json = LevitateJson.writeSettings(settings);

    assertThat(json)
        .isEqualTo(
            "{\"formatVersion\":2,\"nicknameField\":\"Nickname__c\",\"deceased\":{\"field\":"
                + "\"Deceased__c\",\"action\":\"REMOVE\"},\"optOutField\":\"HasOptedOutOfEmail\","
                + "\"keyFacts\":[{\"field\":\"Birthdate\"},{\"field\":\"Anniversary__c\",\"label\":"
                + "\"Anniversary\"}],\"birthdateKeyFact\":true,\"tagFields\":[\"Interests__c\",\"VIP__c\"],"
                + "\"householdAccountTypes\":[\"Household\",\"Family Group\"],\"householdTag\":true,"
                + "\"owners\":"
                + "{\"0055e000001Aaaa\":\"lev-user-2\",\"0055e000001AbcD\":\"lev-user-1\"},"
                + "\"defaultOwner\":\"lev-user-9\",\"defaultPhoneRegion\":\"US\",\"writeback\":[\"NOTE\",\"EMAIL\"],\"brake\":"
                + "{\"maxShare\":0.25,\"maxCount\":50,\"minimumCount\":3},\"allowUnsubscribeRemoval\":true}");
    assertThat(LevitateJson.readSettings(json)).isEqualTo(settings);
  }

  @Test
  void birthdateIsAKeyFactUnlessTheFlagSaysFalseWhateverTheListHoldsAsInJava() {
    assertThat(LevitateJson.readSettings("{}")).isEqualTo(SyncSettings.defaults());
    assertThat(LevitateJson.readSettings("{}").effectiveKeyFacts())
        .containsExactly(KeyFactSetting.of("Birthdate"));
    assertThat(LevitateJson.readSettings("{\"keyFacts\": null}").effectiveKeyFacts()).hasSize(1);
    assertThat(LevitateJson.readSettings("{\"keyFacts\": []}"))
        .isEqualTo(SyncSettings.builder().keyFacts(List.of()).build());
    assertThat(LevitateJson.readSettings("{\"keyFacts\": []}").effectiveKeyFacts())
        .containsExactly(KeyFactSetting.of("Birthdate"));
    assertThat(LevitateJson.readSettings("{\"keyFacts\": [{\"field\": \"Anniversary__c\"}]}"))
        .isEqualTo(SyncSettings.builder().addKeyFacts(KeyFactSetting.of("Anniversary__c")).build());
    assertThat(
            LevitateJson.readSettings("{\"keyFacts\": [{\"field\": \"Anniversary__c\"}]}")
                .effectiveKeyFacts())
        .containsExactly(KeyFactSetting.of("Birthdate"), KeyFactSetting.of("Anniversary__c"));
    assertThat(
            LevitateJson.readSettings(
                    "{\"keyFacts\": [{\"field\": \"Anniversary__c\"}],"
                        + " \"birthdateKeyFact\": false}")
                .effectiveKeyFacts())
        .containsExactly(KeyFactSetting.of("Anniversary__c"));
    assertThat(LevitateJson.readSettings("{\"birthdateKeyFact\": false}").effectiveKeyFacts())
        .isEmpty();
    assertThat(LevitateJson.readSettings(LevitateJson.writeSettings(SyncSettings.defaults())))
        .isEqualTo(SyncSettings.defaults());
  }

  @Test
  void theDefaultPhoneRegionIsReadAndWritten() {
    SyncSettings gb = LevitateJson.readSettings("{\"defaultPhoneRegion\": \"GB\"}");

    assertThat(gb).isEqualTo(SyncSettings.builder().defaultPhoneRegion("GB").build());
    assertThat(LevitateJson.readSettings(LevitateJson.writeSettings(gb))).isEqualTo(gb);
    assertThat(LevitateJson.readSettings("{}").defaultPhoneRegion()).isEqualTo("US");
  }

  @Test
  void householdsDefaultToTheHouseholdTypeWithoutATagAndAnEmptyListTurnsThemOff() {
    assertThat(LevitateJson.readSettings("{}").householdAccountTypes())
        .containsExactly("Household");
    assertThat(LevitateJson.readSettings("{}").householdTag()).isFalse();
    assertThat(LevitateJson.readSettings("{\"householdAccountTypes\": []}").householdAccountTypes())
        .isEmpty();
  }

  @Test
  void aPartialBrakeKeepsTheOtherDefaults() {
    SyncSettings settings =
        LevitateJson.readSettings(
            "{\"brake\": {\"maxCount\": 20}," + " \"allowUnsubscribeRemoval\": false}");

    assertThat(settings.brake()).isEqualTo(MassArchiveBrake.builder().maxCount(20).build());
  }

  @Test
  void settingsMistakesNameTheKey() {
    assertSettingsError(
        "{\"nickname\": \"Nickname__c\"}",
        "unknown settings key \"nickname\";"
            + " the keys are formatVersion, nicknameField, deceased, optOutField, keyFacts,"
            + " birthdateKeyFact, tagFields, householdAccountTypes, householdTag, owners, defaultOwner,"
            + " defaultPhoneRegion, writeback, brake, allowUnsubscribeRemoval");
    assertSettingsError(
        "{\"householdAccountTypes\": \"Household\"}",
        "settings key \"householdAccountTypes\" must be a list, was a string");
    assertSettingsError(
        "{\"householdAccountTypes\": [\" \"]}", "householdAccountTypes[0] must not be blank");
    assertSettingsError(
        "{\"householdTag\": \"yes\"}",
        "settings key \"householdTag\" must be true or false, was a string");
    assertSettingsError(
        "{\"deceased\": {\"field\": \"D__c\", \"acton\": \"REMOVE\"}}",
        "unknown settings key \"deceased.acton\"; the keys of deceased are field, action");
    assertSettingsError(
        "{\"tagFields\": \"Interests__c\"}",
        "settings key \"tagFields\" must be a list, was a string");
    assertSettingsError(
        "{\"tagFields\": [\"A__c\", 7]}",
        "settings key \"tagFields[1]\" must be a string, was a number");
    assertSettingsError(
        "{\"keyFacts\": [{\"field\": \"Birthdate\"}, {\"label\": \"X\"}]}",
        "settings key \"keyFacts[1].field\" is required");
    assertSettingsError(
        "{\"keyFacts\": [{\"field\": \"B\", \"label\": 3}]}",
        "settings key \"keyFacts[0].label\" must be a string, was a number");
    assertSettingsError(
        "{\"deceased\": {\"field\": \"D__c\", \"action\": \"DELETE\"}}",
        "settings key \"deceased.action\" must be ARCHIVE or REMOVE, was \"DELETE\"");
    assertSettingsError(
        "{\"writeback\": [\"NOTE\", \"FAX\"]}",
        "settings key \"writeback[1]\""
            + " must be NOTE, EMAIL, PHONE_CALL, HANDWRITTEN_CARD or TEXT_MESSAGE, was \"FAX\"");
    assertSettingsError(
        "{\"owners\": {\"0055e000001AbcD\": 1}}",
        "settings key \"owners.0055e000001AbcD\" must be a string, was a number");
    assertSettingsError(
        "{\"brake\": {\"maxCount\": 2.5}}",
        "settings key \"brake.maxCount\" must be a whole number, was a number");
    assertSettingsError(
        "{\"allowUnsubscribeRemoval\": \"yes\"}",
        "settings key \"allowUnsubscribeRemoval\" must be true or false, was a string");
    assertSettingsError(
        "{\"brake\": {\"maxShare\": 2}}",
        "settings key \"brake\": brake.maxShare must be between 0 and 1, was 2.0");
    assertSettingsError(
        "{\"defaultPhoneRegion\": \"UK\"}",
        "defaultPhoneRegion must be the"
            + " two-letter ISO 3166 code of a region with phone numbers, in capitals, such as US or GB;"
            + " \"UK\" is not one");
    assertSettingsError("[]", "settings must be a JSON object, was a list");
    assertSettingsError("{\"tagFields\": [}", "invalid JSON for settings at line 1, column 16");
  }

  private static void assertSettingsError(String json, String message) {
    assertThatThrownBy(() -> LevitateJson.readSettings(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void aCatalogRoundTripsWithTypesFlagsLengthsAndChoices() {
    FieldCatalog catalog =
        FieldCatalog.of(
            FieldDescriptor.of("Birthdate", "Birthdate", FieldType.DATE),
            FieldDescriptor.builder()
                .apiName("Tier__c")
                .label("Client Tier")
                .type(FieldType.PICKLIST)
                .addChoices(
                    PicklistChoice.of("Gold", "Gold Member"),
                    PicklistChoice.of("Tin", "Tin", false))
                .build(),
            FieldDescriptor.builder()
                .apiName("Score__c")
                .label("Score")
                .type(FieldType.NUMBER)
                .formula(true)
                .custom(false)
                .build(),
            FieldDescriptor.builder()
                .apiName("Code__c")
                .label("Code")
                .type(FieldType.STRING)
                .length(10)
                .build());

    String json = LevitateJson.writeCatalog(catalog);

    assertThat(json)
        .isEqualTo(
            "{\"formatVersion\":2,\"fields\":[{\"apiName\":\"Birthdate\",\"label\":\"Birthdate\","
                + "\"type\":\"DATE\",\"custom\":false,\"formula\":false},{\"apiName\":\"Tier__c\","
                + "\"label\":\"Client Tier\",\"type\":\"PICKLIST\",\"custom\":true,\"formula\":false,"
                + "\"choices\":[{\"value\":\"Gold\",\"label\":\"Gold Member\",\"active\":true},"
                + "{\"value\":\"Tin\",\"label\":\"Tin\",\"active\":false}]},{\"apiName\":\"Score__c\","
                + "\"label\":\"Score\",\"type\":\"NUMBER\",\"custom\":false,\"formula\":true},"
                + "{\"apiName\":\"Code__c\",\"label\":\"Code\",\"type\":\"STRING\",\"custom\":true,"
                + "\"formula\":false,\"length\":10}]}");
    assertThat(LevitateJson.readCatalog(json)).isEqualTo(catalog);
  }

  @Test
  void catalogMistakesNameTheKey() {
    assertThatThrownBy(
            () ->
                LevitateJson.readCatalog(
                    "{\"fields\": [{\"apiName\": \"A\","
                        + " \"label\": \"A\", \"type\": \"TEXT\"}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "field catalog key \"fields[0].type\" must be STRING, TEXTAREA, PICKLIST,"
                + " MULTIPICKLIST, CHECKBOX, DATE, DATETIME, EMAIL, PHONE, NUMBER, REFERENCE or"
                + " OTHER, was \"TEXT\"");
    assertThatThrownBy(
            () ->
                LevitateJson.readCatalog(
                    "{\"fields\": [{\"apiName\": \"A\","
                        + " \"label\": \"A\", \"type\": \"DATE\"}, {\"apiName\": \"a\", \"label\": \"A\","
                        + " \"type\": \"DATE\"}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field catalog: field catalog lists a twice (also as A)");
  }

  @Test
  void aTransformedContactRoundTripsWithItsProvenance() {
    LevitateContact contact = transformed();

    String line = LevitateJson.writeContact(contact);

    assertThat(line).doesNotContain("\n");
    assertThat(LevitateJson.readContact(line)).isEqualTo(contact);
  }

  @Test
  void aContactIsWrittenWithTheCoreModelsFieldNames() {
    String line = LevitateJson.writeContact(transformed());

    assertThat(line)
        .isEqualTo(
            "{\"formatVersion\":1,\"salesforceId\":\"0035e00000AbCdEAAZ\",\"mergeId\":\"m-1\","
                + "\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"nickname\":\"Countess\","
                + "\"greetingName\":\"Countess\",\"jobTitle\":\"Mathematician\",\"companyName\":"
                + "\"Analytical Engines Ltd\",\"address\":{\"street1\":\"12 St James's Square\","
                + "\"street2\":\"Flat 2\",\"city\":\"London\"},\"phones\":[{\"number\":\"+44 20 7946"
                + " 0000\",\"label\":\"Mobile\",\"source\":{\"origin\":\"MERGE_MODEL\",\"field\":"
                + "\"phone_numbers\",\"value\":\"+44 20 7946 0000\"}}],\"emails\":[],\"keyFacts\":"
                + "[{\"label\":\"Birthdate\",\"date\":\"1815-12-10\",\"source\":{\"origin\":"
                + "\"SALESFORCE_FIELD\",\"field\":\"Birthdate\",\"value\":\"1815-12-10\"}}],\"tags\":"
                + "[{\"name\":\"Salesforce\",\"source\":{\"origin\":\"CONSTANT\"}},{\"name\":"
                + "\"Interests: Golf\",\"source\":{\"origin\":\"SALESFORCE_FIELD\",\"field\":"
                + "\"Interests__c\",\"value\":\"Golf\"}}],\"owner\":{\"salesforceUserId\":"
                + "\"0055e000001AbcDAAS\",\"salesforceUserName\":\"Charles Babbage\",\"levitateUserId\":"
                + "\"lev-user-1\"},\"status\":\"ARCHIVED\",\"statusReason\":\"DELETED_IN_SALESFORCE\","
                + "\"statusSource\":{\"origin\":\"MERGE_MODEL\",\"field\":\"remote_was_deleted\","
                + "\"value\":\"true\"}}");
  }

  @Test
  void theExportShapeHasEveryKeyPlainTagsAndNoProvenance() {
    assertThat(LevitateJson.writeContactExport(transformed()))
        .isEqualTo(
            "{\"salesforceId\":"
                + "\"0035e00000AbCdEAAZ\",\"mergeId\":\"m-1\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                + "\"nickname\":\"Countess\",\"greetingName\":\"Countess\",\"jobTitle\":\"Mathematician\","
                + "\"companyName\":\"Analytical Engines Ltd\",\"address\":{\"street1\":\"12 St James's Square\","
                + "\"street2\":\"Flat 2\",\"city\":\"London\",\"state\":null,\"postalCode\":null,"
                + "\"country\":null},\"phones\":[{\"number\":\"+44 20 7946 0000\",\"label\":\"Mobile\"}],"
                + "\"emails\":[],\"keyFacts\":[{\"label\":\"Birthdate\",\"date\":\"1815-12-10\"}],"
                + "\"tags\":[\"Salesforce\",\"Interests: Golf\"],\"owner\":{\"salesforceUserId\":"
                + "\"0055e000001AbcDAAS\",\"salesforceUserName\":\"Charles Babbage\",\"levitateUserId\":"
                + "\"lev-user-1\"},\"status\":\"ARCHIVED\",\"statusReason\":\"DELETED_IN_SALESFORCE\"}");
    assertThat(
            LevitateJson.writeContactExport(
                LevitateContact.builder().salesforceId("003A").mergeId("m").build()))
        .isEqualTo(
            "{\"salesforceId\":\"003A\",\"mergeId\":\"m\",\"firstName\":null,"
                + "\"lastName\":null,\"nickname\":null,\"greetingName\":null,\"jobTitle\":null,"
                + "\"companyName\":null,\"address\":null,\"phones\":[],\"emails\":[],\"keyFacts\":[],"
                + "\"tags\":[],\"owner\":{\"salesforceUserId\":null,\"salesforceUserName\":null,"
                + "\"levitateUserId\":null},\"status\":\"ACTIVE\",\"statusReason\":null}");
  }

  @Test
  void aMinimalContactRoundTrips() {
    LevitateContact contact = LevitateContact.builder().salesforceId("003A").mergeId("m").build();

    assertThat(LevitateJson.writeContact(contact))
        .isEqualTo(
            "{\"formatVersion\":1,\"salesforceId\":\"003A\","
                + "\"mergeId\":\"m\",\"phones\":[],\"emails\":[],\"keyFacts\":[],\"tags\":[],\"owner\":{},"
                + "\"status\":\"ACTIVE\"}");
    assertThat(LevitateJson.readContact(LevitateJson.writeContact(contact))).isEqualTo(contact);
    assertThat(LevitateJson.readContact("{\"salesforceId\":\"003A\",\"mergeId\":\"m\"}"))
        .isEqualTo(contact);
  }

  @Test
  void contactMistakesNameTheKey() {
    assertThatThrownBy(
            () ->
                LevitateJson.readContact(
                    "{\"salesforceId\": \"003A\","
                        + " \"mergeId\": \"m\", \"tags\": [{\"name\": \"Salesforce\", \"source\": {\"origin\":"
                        + " \"CONSTANT\", \"field\": \"X\"}}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact key \"tags[0].source\": CONSTANT provenance must not name a field");
    assertThatThrownBy(
            () ->
                LevitateJson.readContact(
                    "{\"salesforceId\": \"003A\","
                        + " \"mergeId\": \"m\", \"status\": \"ARCHIVED\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact: status ARCHIVED needs reason");
    assertThatThrownBy(
            () ->
                LevitateJson.readContact(
                    "{\"salesforceId\": \"003A\","
                        + " \"mergeId\": \"m\", \"keyFacts\": [{\"label\": \"Birthdate\", \"date\":"
                        + " \"1980-02-30\", \"source\": {\"origin\": \"CONSTANT\"}}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "contact key \"keyFacts[0].date\" must be a date (YYYY-MM-DD), was"
                + " \"1980-02-30\"");
    assertThatThrownBy(
            () ->
                LevitateJson.readContact(
                    "{\"salesforceId\": \"003A\","
                        + " \"mergeId\": \"m\", \"tags\": [{\"name\": \"Salesforce\"}]}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact key \"tags[0].source\" is required");
    assertThatThrownBy(() -> LevitateJson.readContact("{\"mergeId\": \"m\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact key \"salesforceId\" is required");
    assertThatThrownBy(
            () ->
                LevitateJson.readContact(
                    "{\"salesforceId\": \"003A\"," + " \"mergeId\": \"m\", \"phone\": []}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "unknown contact key \"phone\"; the keys are formatVersion, salesforceId,");
  }

  private static LevitateContact transformed() {
    FieldCatalog catalog =
        FieldCatalog.of(
            FieldDescriptor.of("Birthdate", "Birthdate", FieldType.DATE),
            FieldDescriptor.of("Title", "Title", FieldType.STRING),
            FieldDescriptor.of("MailingStreet", "Mailing Street", FieldType.TEXTAREA),
            FieldDescriptor.of("MailingCity", "Mailing City", FieldType.STRING),
            FieldDescriptor.of("Nickname__c", "Nickname", FieldType.STRING),
            FieldDescriptor.of("Interests__c", "Interests", FieldType.MULTIPICKLIST));
    SyncSettings settings =
        SyncSettings.builder()
            .nicknameField("Nickname__c")
            .addTagFields("Interests__c")
            .putOwners("0055e000001AbcD", "lev-user-1")
            .build();
    SourceContact source =
        SourceContact.builder()
            .mergeId("m-1")
            .remoteId("0035e00000AbCdEAAZ")
            .firstName("Ada")
            .lastName("Lovelace")
            .account(SourceAccount.builder().mergeId("acc").name("Analytical Engines Ltd").build())
            .owner(
                SourceUser.builder()
                    .mergeId("u")
                    .remoteId("0055e000001AbcDAAS")
                    .name("Charles Babbage")
                    .build())
            .addPhones(SourcePhone.of("+44 20 7946 0000", "Mobile"))
            .remoteWasDeleted(true)
            .putFields("Birthdate", FieldValue.date(LocalDate.of(1815, 12, 10)))
            .putFields("Title", FieldValue.text("Mathematician"))
            .putFields("MailingStreet", FieldValue.text("12 St James's Square\nFlat 2"))
            .putFields("MailingCity", FieldValue.text("London"))
            .putFields("Nickname__c", FieldValue.text("Countess"))
            .putFields("Interests__c", FieldValue.multi(List.of("Golf")))
            .build();
    TransformResult result = ContactTransformer.create(catalog, settings).transform(source);
    LevitateContact contact = ((TransformResult.Transformed) result).contact();
    assertThat(contact.status()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(contact.statusReason()).contains(StatusReason.DELETED_IN_SALESFORCE);
    return contact;
  }
}
