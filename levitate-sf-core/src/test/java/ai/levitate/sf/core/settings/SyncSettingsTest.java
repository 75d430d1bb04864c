package ai.levitate.sf.core.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SyncSettingsTest {
  private static final FieldCatalog CATALOG =
      FieldCatalog.of(
          FieldDescriptor.of("Birthdate", "Birthdate", FieldType.DATE),
          FieldDescriptor.of("HasOptedOutOfEmail", "Email Opt Out", FieldType.CHECKBOX),
          FieldDescriptor.of("Email", "Email", FieldType.EMAIL),
          FieldDescriptor.of("Nickname__c", "Nickname", FieldType.STRING),
          FieldDescriptor.of("Notes__c", "Notes", FieldType.TEXTAREA),
          FieldDescriptor.of("Deceased__c", "Deceased", FieldType.CHECKBOX),
          FieldDescriptor.of("Anniversary__c", "Anniversary", FieldType.DATE),
          FieldDescriptor.of("Last_Review__c", "Last Review", FieldType.DATETIME),
          FieldDescriptor.of("Interests__c", "Interests", FieldType.MULTIPICKLIST),
          FieldDescriptor.of("Revenue__c", "Revenue", FieldType.NUMBER),
          FieldDescriptor.of("Wedding__c", "Anniversary", FieldType.DATE),
          FieldDescriptor.builder()
              .apiName("Score_Band__c")
              .label("Score Band")
              .type(FieldType.STRING)
              .formula(true)
              .build(),
          FieldDescriptor.of("Unsubscribe__c", "Unsubscribe", FieldType.CHECKBOX),
          FieldDescriptor.of("SF_Synced__c", " salesforce\u00A0", FieldType.CHECKBOX),
          FieldDescriptor.of("Unsubscribe_Reason__c", "Unsubscribe", FieldType.STRING));

  @Test
  void birthdateIsAKeyFactByDefaultAndStaysWhenOthersAreAdded() {
    assertThat(SyncSettings.defaults().effectiveKeyFacts())
        .containsExactly(KeyFactSetting.of("Birthdate"));
    assertThat(
            SyncSettings.builder()
                .addKeyFacts(KeyFactSetting.of("Anniversary__c"))
                .build()
                .effectiveKeyFacts())
        .containsExactly(KeyFactSetting.of("Birthdate"), KeyFactSetting.of("Anniversary__c"));
    assertThat(
            SyncSettings.builder()
                .addKeyFacts(
                    KeyFactSetting.of("Anniversary__c"), KeyFactSetting.of("birthdate", "Birthday"))
                .build()
                .effectiveKeyFacts())
        .containsExactly(
            KeyFactSetting.of("Anniversary__c"), KeyFactSetting.of("birthdate", "Birthday"));
  }

  @Test
  void birthdateCanBeTurnedOff() {
    assertThat(SyncSettings.builder().birthdateKeyFact(false).build().effectiveKeyFacts())
        .isEmpty();
    assertThat(
            SyncSettings.builder()
                .birthdateKeyFact(false)
                .addKeyFacts(KeyFactSetting.of("Birthdate"))
                .build()
                .effectiveKeyFacts())
        .containsExactly(KeyFactSetting.of("Birthdate"));
  }

  @Test
  void defaultBirthdateOnAnOrgThatHidesItIsOnlyAWarning() {
    FieldCatalog noBirthdate =
        FieldCatalog.of(FieldDescriptor.of("Email", "Email", FieldType.EMAIL));

    assertThat(SyncSettings.defaults().validate(noBirthdate))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(SettingsProblem.Severity.WARNING);
              assertThat(p.message())
                  .isEqualTo(
                      "birthdateKeyFact is on, but Birthdate is not a Contact field"
                          + " the connected Salesforce user can see, so no birthday becomes a key fact.");
            });
    assertThat(
            SyncSettings.builder()
                .addKeyFacts(KeyFactSetting.of("Birthdate"))
                .build()
                .validate(noBirthdate))
        .singleElement()
        .satisfies(p -> assertThat(p.isError()).isTrue());
  }

  @Test
  void defaultsAreSafe() {
    SyncSettings settings = SyncSettings.defaults();
    assertThat(settings.allowUnsubscribeRemoval()).isFalse();
    assertThat(settings.writeback()).isEmpty();
    assertThat(settings.brake()).isEqualTo(MassArchiveBrake.defaults());
    assertThat(settings.validate(CATALOG)).isEmpty();
  }

  @Test
  void validSettingsPass() {
    SyncSettings settings =
        SyncSettings.builder()
            .nicknameField("nickname__c")
            .deceased(DeceasedSetting.archive("Deceased__c"))
            .optOutField("HasOptedOutOfEmail")
            .addKeyFacts(KeyFactSetting.of("Anniversary__c"))
            .addTagFields("Interests__c")
            .putOwners("0055e000001AbcD", "lev-user-1")
            .addWriteback(ActivityType.NOTE, ActivityType.EMAIL)
            .build();

    assertThat(settings.validate(CATALOG)).isEmpty();
    assertThat(settings.requireValid(CATALOG)).isSameAs(settings);
  }

  @Test
  void missingFieldIsNamed() {
    assertThat(messages(SyncSettings.builder().nicknameField("Nick__c").build()))
        .containsExactly(
            "nicknameField names Nick__c, which is not a Contact field the connected"
                + " Salesforce user can see.");
  }

  @Test
  void keyFactThatIsNotADateIsRejected() {
    assertThat(
            messages(
                SyncSettings.builder().addKeyFacts(KeyFactSetting.of("Last_Review__c")).build()))
        .containsExactly(
            "keyFacts[0].field names Last_Review__c, a DATETIME field;"
                + " a key fact must be a DATE field.");
  }

  @Test
  void tagFieldThatIsANumberIsRejected() {
    assertThat(messages(SyncSettings.builder().addTagFields("Revenue__c").build()))
        .containsExactly(
            "tagFields[0] names Revenue__c, a NUMBER field;"
                + " a tag field must be a PICKLIST, MULTIPICKLIST, CHECKBOX or STRING field.");
  }

  @Test
  void tagFieldThatIsATextAreaIsRejected() {
    assertThat(messages(SyncSettings.builder().addTagFields("Notes__c").build()))
        .containsExactly(
            "tagFields[0] names Notes__c, a TEXTAREA field;"
                + " a tag field must be a PICKLIST, MULTIPICKLIST, CHECKBOX or STRING field.");
  }

  @Test
  void optOutFieldThatIsAStringIsRejected() {
    assertThat(messages(SyncSettings.builder().optOutField("Nickname__c").build()))
        .containsExactly(
            "optOutField names Nickname__c, a STRING field;"
                + " an email opt-out indicator must be a DATE, DATETIME or CHECKBOX field.");
  }

  @Test
  void deceasedFieldThatIsAnEmailIsRejected() {
    assertThat(messages(SyncSettings.builder().deceased(DeceasedSetting.archive("Email")).build()))
        .containsExactly(
            "deceased.field names Email, a EMAIL field;"
                + " a deceased indicator must be a DATE, DATETIME or CHECKBOX field.");
  }

  @Test
  void nicknameFieldThatIsADateIsRejected() {
    assertThat(messages(SyncSettings.builder().nicknameField("Birthdate").build()))
        .containsExactly(
            "nicknameField names Birthdate, a DATE field;"
                + " a nickname field must be a STRING field.");
  }

  @Test
  void tagFieldListedTwiceIsRejected() {
    assertThat(
            messages(SyncSettings.builder().addTagFields("Interests__c", "interests__c").build()))
        .containsExactly("tagFields[1] names interests__c again; each tag field is listed once.");
  }

  @Test
  void aCheckboxTagFieldWhoseTagWouldBeTheSyncsOwnIsRefusedNamingTheField() {
    assertThat(
            messages(SyncSettings.builder().addTagFields("Unsubscribe__c", "SF_Synced__c").build()))
        .containsExactly(
            "tagFields[0] names Unsubscribe__c, a CHECKBOX field labelled"
                + " \"Unsubscribe\", whose tag would be the \"Unsubscribe\" tag of an email opt-out;"
                + " name it as optOutField instead, or relabel the field in Salesforce.",
            "tagFields[1] names SF_Synced__c, a CHECKBOX field labelled \" salesforce\u00A0\", whose"
                + " tag would be the \"Salesforce\" tag every synced contact has; relabel the field in"
                + " Salesforce or leave it out.");
    // A text field's tags are "Unsubscribe: <value>": they cannot be taken for the sync's own.
    assertThat(messages(SyncSettings.builder().addTagFields("Unsubscribe_Reason__c").build()))
        .isEmpty();
  }

  @Test
  void theDefaultPhoneRegionIsUsAndMustBeARegionWithPhoneNumbers() {
    assertThat(SyncSettings.defaults().defaultPhoneRegion()).isEqualTo("US");
    assertThat(SyncSettings.builder().defaultPhoneRegion("GB").build().defaultPhoneRegion())
        .isEqualTo("GB");
    for (String bad : List.of("gb", "UK", "USA", "", "ZZ")) {
      assertThatThrownBy(() -> SyncSettings.builder().defaultPhoneRegion(bad).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "defaultPhoneRegion must be the two-letter ISO 3166 code of a region with"
                  + " phone numbers, in capitals, such as US or GB; \""
                  + bad
                  + "\" is not one");
    }
  }

  @Test
  void birthdateTurnedOffButListedIsAKeyFactWithAWarning() {
    assertThat(
            SyncSettings.builder()
                .birthdateKeyFact(false)
                .addKeyFacts(KeyFactSetting.of("Birthdate"))
                .build()
                .validate(CATALOG))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.isError()).isFalse();
              assertThat(p.message())
                  .isEqualTo(
                      "birthdateKeyFact is false, but keyFacts lists Birthdate, so it is a key fact.");
            });
  }

  @Test
  void ownerIdsInEighteenCharactersMatchInAnyCase() {
    assertThat(
            messages(
                SyncSettings.builder()
                    .putOwners("0055e000001AbcD", "lev-1")
                    .putOwners("0055E000001ABCDAAS", "lev-2")
                    .build()))
        .containsExactly(
            "owners[0055e000001AbcD]: 0055e000001AbcD and 0055E000001ABCDAAS are"
                + " the same Salesforce user mapped to different Levitate users.");
    assertThat(
            messages(
                SyncSettings.builder()
                    .putOwners("0055e000001AbcD", "lev-1")
                    .putOwners("0055e000001abcd", "lev-2")
                    .build()))
        .as("15-character ids are case-sensitive: two users")
        .isEmpty();
  }

  @Test
  void ownerKeyThatIsNotAUserIdIsRejected() {
    assertThat(messages(SyncSettings.builder().putOwners("dana@example.com", "lev-1").build()))
        .containsExactly(
            "owners[dana@example.com]: dana@example.com is not a Salesforce user id"
                + " (15 or 18 letters and digits, starting with 005).");
  }

  @Test
  void sameOwnerInBothIdFormsMappedTwoWaysIsRejected() {
    assertThat(
            messages(
                SyncSettings.builder()
                    .putOwners("0055e000001AbcD", "lev-1")
                    .putOwners("0055e000001AbcDAAS", "lev-2")
                    .build()))
        .containsExactly(
            "owners[0055e000001AbcDAAS]: 0055e000001AbcDAAS and 0055e000001AbcD are"
                + " the same Salesforce user mapped to different Levitate users.");
  }

  @Test
  void everyErrorIsReportedAtOnce() {
    SyncSettings settings =
        SyncSettings.builder()
            .nicknameField("Nick__c")
            .optOutField("Nickname__c")
            .addTagFields("Revenue__c", "Missing__c")
            .build();

    assertThatThrownBy(() -> settings.requireValid(CATALOG))
        .isInstanceOf(InvalidSettingsException.class)
        .satisfies(e -> assertThat(((InvalidSettingsException) e).problems()).hasSize(4))
        .hasMessageStartingWith("4 problems in the settings:\n- nicknameField names Nick__c");
  }

  @Test
  void singleErrorMessageReadsAsOneSentence() {
    assertThatThrownBy(
            () -> SyncSettings.builder().nicknameField("Nick__c").build().requireValid(CATALOG))
        .hasMessage(
            "Invalid settings: nicknameField names Nick__c, which is not a Contact field"
                + " the connected Salesforce user can see.");
  }

  @Test
  void formulaFieldIsAWarningNotAnError() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Score_Band__c").build();

    assertThat(settings.validate(CATALOG))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(SettingsProblem.Severity.WARNING);
              assertThat(p.field()).contains("Score_Band__c");
              assertThat(p.message())
                  .startsWith("tagFields[0] names Score_Band__c, a formula field;");
            });
    assertThat(settings.requireValid(CATALOG)).isSameAs(settings);
  }

  @Test
  void twoKeyFactsWithOneLabelIsAWarning() {
    SyncSettings settings =
        SyncSettings.builder()
            .addKeyFacts(KeyFactSetting.of("Anniversary__c"), KeyFactSetting.of("Wedding__c"))
            .build();

    assertThat(settings.validate(CATALOG))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.severity()).isEqualTo(SettingsProblem.Severity.WARNING);
              assertThat(p.message())
                  .isEqualTo(
                      "keyFacts[1].field names Wedding__c with the key fact label"
                          + " \"Anniversary\", which Anniversary__c also uses.");
            });
  }

  @Test
  void blankNamesAreRefusedWhenBuilt() {
    assertThatThrownBy(() -> SyncSettings.builder().nicknameField(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nicknameField must not be blank");
    assertThatThrownBy(() -> KeyFactSetting.of("Birthdate", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keyFacts.label must not be blank");
    assertThatThrownBy(() -> SyncSettings.builder().addTagFields("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tagFields[0] must not be blank");
  }

  private static List<String> messages(SyncSettings settings) {
    return settings.validate(CATALOG).stream().map(SettingsProblem::message).toList();
  }
}
