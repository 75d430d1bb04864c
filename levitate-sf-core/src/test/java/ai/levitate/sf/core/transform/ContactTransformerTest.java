package ai.levitate.sf.core.transform;

import static ai.levitate.sf.core.transform.Fixtures.CATALOG;
import static ai.levitate.sf.core.transform.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.Email;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.MailingAddress;
import ai.levitate.sf.core.model.Phone;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceAddress;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceEmail;
import ai.levitate.sf.core.model.SourcePhone;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.settings.DeceasedAction;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ContactTransformerTest {
  private static LevitateContact transform(SyncSettings settings, SourceContact source) {
    TransformResult result = ContactTransformer.create(CATALOG, settings).transform(source);
    assertThat(result).isInstanceOf(TransformResult.Transformed.class);
    return result.transformed().orElseThrow();
  }

  private static LevitateContact transform(SourceContact source) {
    return transform(SyncSettings.defaults(), source);
  }

  private static TransformResult.Transformed transformed(
      SyncSettings settings, SourceContact source) {
    TransformResult result = ContactTransformer.create(CATALOG, settings).transform(source);
    assertThat(result).isInstanceOf(TransformResult.Transformed.class);
    return (TransformResult.Transformed) result;
  }

  private static ContactProblem reject(SyncSettings settings, SourceContact source) {
    TransformResult result = ContactTransformer.create(CATALOG, settings).transform(source);
    assertThat(result).isInstanceOf(TransformResult.Rejected.class);
    return result.rejected().orElseThrow();
  }

  // Rule 1: names and nickname

  @Test
  void keepsNamesTrimmedAndGreetsByFirstNameWithoutNickname() {
    LevitateContact out =
        transform(contact().firstName("  Margaret ").lastName(" O'Neill").build());

    assertThat(out.firstName()).contains("Margaret");
    assertThat(out.lastName()).contains("O'Neill");
    assertThat(out.nickname()).isEmpty();
    assertThat(out.greetingName()).contains("Margaret");
    assertThat(out.salesforceId()).isEqualTo("0035e00000AbCdEAAV");
    assertThat(out.mergeId()).isEqualTo("8d2c6a4e-0000-4000-8000-000000000001");
  }

  @Test
  void nicknameReplacesFirstNameAsGreetingName() {
    SyncSettings settings = SyncSettings.builder().nicknameField("Nickname__c").build();
    LevitateContact out =
        transform(
            settings, contact().putFields("Nickname__c", FieldValue.text("  Peggy ")).build());

    assertThat(out.nickname()).contains("Peggy");
    assertThat(out.greetingName()).contains("Peggy");
    assertThat(out.firstName()).contains("Margaret");
  }

  @Test
  void blankNicknameFallsBackToFirstName() {
    SyncSettings settings = SyncSettings.builder().nicknameField("Nickname__c").build();
    LevitateContact out =
        transform(settings, contact().putFields("Nickname__c", FieldValue.text("   ")).build());

    assertThat(out.nickname()).isEmpty();
    assertThat(out.greetingName()).contains("Margaret");
  }

  @Test
  void nicknameIgnoredWhenNotConfigured() {
    LevitateContact out =
        transform(contact().putFields("Nickname__c", FieldValue.text("Peggy")).build());

    assertThat(out.nickname()).isEmpty();
    assertThat(out.greetingName()).contains("Margaret");
  }

  // Rule 2: mailing address

  @Test
  void twoLineMailingStreetSplitsIntoStreet1AndStreet2() {
    LevitateContact out =
        transform(
            contact()
                .putFields("MailingStreet", FieldValue.text("1 Harbour Road\r\nSuite 400\n"))
                .putFields("MailingCity", FieldValue.text("Portland"))
                .putFields("MailingState", FieldValue.text("OR"))
                .putFields("MailingPostalCode", FieldValue.text("97201"))
                .putFields("MailingCountry", FieldValue.text("United States"))
                .build());

    assertThat(out.address())
        .contains(
            MailingAddress.builder()
                .street1("1 Harbour Road")
                .street2("Suite 400")
                .city("Portland")
                .state("OR")
                .postalCode("97201")
                .country("United States")
                .build());
  }

  @Test
  void threeLineStreetKeepsLaterLinesInStreet2() {
    LevitateContact out =
        transform(
            contact()
                .putFields(
                    "MailingStreet", FieldValue.text("Flat 2\n\n  10 Quay St \nDock Building"))
                .build());

    assertThat(out.address().orElseThrow().street1()).contains("Flat 2");
    assertThat(out.address().orElseThrow().street2()).contains("10 Quay St, Dock Building");
  }

  @Test
  void blankMailingFieldsGiveNoAddress() {
    LevitateContact out =
        transform(
            contact()
                .putFields("MailingStreet", FieldValue.empty())
                .putFields("MailingCity", FieldValue.text("  "))
                .addAddresses(SourceAddress.builder().city("Ignored").build())
                .build());

    assertThat(out.address()).isEmpty();
  }

  @Test
  void usesMergeFirstAddressWhenMailingFieldsAreNotAvailable() {
    LevitateContact out =
        transform(
            contact()
                .addAddresses(
                    SourceAddress.builder()
                        .street1(" 5 Elm St ")
                        .city("Boise")
                        .country("US")
                        .type("Shipping")
                        .build())
                .addAddresses(SourceAddress.builder().city("Second").build())
                .build());

    assertThat(out.address())
        .contains(MailingAddress.builder().street1("5 Elm St").city("Boise").country("US").build());
  }

  @Test
  void mergesMultiLineStreet1SplitsAsTheMailingStreetDoes() {
    LevitateContact out =
        transform(
            contact()
                .addAddresses(
                    SourceAddress.builder()
                        .street1("1 Main St\r\nApt 5\n\n Rear ")
                        .street2("Building B")
                        .city("Boise")
                        .build())
                .build());

    assertThat(out.address())
        .contains(
            MailingAddress.builder()
                .street1("1 Main St")
                .street2("Apt 5, Rear, Building B")
                .city("Boise")
                .build());
  }

  // Rule 3: phones

  @Test
  void phonesComeFromEveryPhoneFieldInSalesforceOrderThenMerge() {
    LevitateContact out =
        transform(
            contact()
                .putFields("Fax", FieldValue.text("503-555-0199"))
                .putFields("Phone", FieldValue.text("(503) 555-0100"))
                .putFields("MobilePhone", FieldValue.text("503.555.0142"))
                .putFields("Boat_Phone__c", FieldValue.text("+1 503 555 0177"))
                .addPhones(SourcePhone.of("503 555 0155", "Home"))
                .build());

    assertThat(out.phones())
        .extracting(Phone::number, Phone::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("(503) 555-0100", "Business Phone"),
            org.assertj.core.groups.Tuple.tuple("503.555.0142", "Mobile Phone"),
            org.assertj.core.groups.Tuple.tuple("503-555-0199", "Business Fax"),
            org.assertj.core.groups.Tuple.tuple("+1 503 555 0177", "Boat Phone"),
            org.assertj.core.groups.Tuple.tuple("503 555 0155", "Home"));
    assertThat(out.phones().get(0).source())
        .isEqualTo(Provenance.salesforceField("Phone", "(503) 555-0100"));
    assertThat(out.phones().get(4).source())
        .isEqualTo(Provenance.mergeModel("phone_numbers", "503 555 0155"));
  }

  @Test
  void phonesWithTheSameDigitsAppearOnce() {
    LevitateContact out =
        transform(
            contact()
                .putFields("Phone", FieldValue.text("(503) 555-0100"))
                .putFields("MobilePhone", FieldValue.text("503.555.0100"))
                .addPhones(
                    SourcePhone.of("503 555 0100", "Work"),
                    SourcePhone.of("  ", "Home"),
                    SourcePhone.of("n/a", "Other"))
                .build());

    assertThat(out.phones()).extracting(Phone::number).containsExactly("(503) 555-0100");
  }

  @Test
  void mergePhoneWithoutTypeIsLabelledPhone() {
    LevitateContact out =
        transform(contact().addPhones(SourcePhone.of("555 0100", (String) null)).build());

    assertThat(out.phones()).extracting(Phone::label).containsExactly("Phone");
  }

  // Rule 4: emails

  @Test
  void emailsDeduplicatedWithoutRegardToCaseInOrder() {
    LevitateContact out =
        transform(
            contact()
                .putFields("Email", FieldValue.text("Peggy@Example.com"))
                .putFields("Second_Email__c", FieldValue.text("peggy@home.example"))
                .addEmails(
                    SourceEmail.of("peggy@example.COM", "Work"),
                    SourceEmail.of(" ", "Other"),
                    SourceEmail.of("third@example.org", (String) null))
                .build());

    assertThat(out.emails())
        .extracting(Email::address, Email::label)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Peggy@Example.com", "Email"),
            org.assertj.core.groups.Tuple.tuple("peggy@home.example", "Second Email"),
            org.assertj.core.groups.Tuple.tuple("third@example.org", "Email"));
  }

  // Rule 5: job title and company

  @Test
  void titleBecomesJobTitleAndAccountNameBecomesCompany() {
    LevitateContact out =
        transform(
            contact()
                .putFields("Title", FieldValue.text(" Chief Financial Officer "))
                .account(
                    SourceAccount.builder().mergeId("acc-1").name(" Harbour Wealth LLC ").build())
                .build());

    assertThat(out.jobTitle()).contains("Chief Financial Officer");
    assertThat(out.companyName()).contains("Harbour Wealth LLC");
  }

  // Rule 6: key facts

  @Test
  void birthdateIsAKeyFactByDefault() {
    LevitateContact out =
        transform(
            contact().putFields("Birthdate", FieldValue.date(LocalDate.of(1975, 6, 1))).build());

    assertThat(out.keyFacts())
        .containsExactly(
            KeyFact.of(
                "Birthdate",
                LocalDate.of(1975, 6, 1),
                Provenance.salesforceField("Birthdate", "1975-06-01")));
  }

  @Test
  void leapDayBirthdateStaysTheSameDateWhateverTheZone() {
    // Surefire runs in America/Los_Angeles; the date must not pass through an instant.
    LevitateContact typed =
        transform(
            contact().putFields("Birthdate", FieldValue.date(LocalDate.of(1980, 2, 29))).build());
    LevitateContact text =
        transform(contact().putFields("Birthdate", FieldValue.text("1980-02-29")).build());

    assertThat(typed.keyFacts())
        .extracting(KeyFact::date)
        .containsExactly(LocalDate.of(1980, 2, 29));
    assertThat(text.keyFacts())
        .extracting(KeyFact::date)
        .containsExactly(LocalDate.of(1980, 2, 29));
  }

  @Test
  void birthdateStaysAKeyFactWhenAnotherDateFieldIsAdded() {
    SyncSettings settings =
        SyncSettings.builder().addKeyFacts(KeyFactSetting.of("Anniversary__c")).build();
    LevitateContact out =
        transform(
            settings,
            contact()
                .putFields("Birthdate", FieldValue.date(LocalDate.of(1975, 6, 1)))
                .putFields("Anniversary__c", FieldValue.date(LocalDate.of(2001, 9, 8)))
                .build());

    assertThat(out.keyFacts())
        .extracting(KeyFact::label)
        .containsExactly("Birthdate", "Anniversary");
  }

  @Test
  void enabledDateFieldsBecomeKeyFactsWithTheirLabels() {
    SyncSettings settings =
        SyncSettings.builder()
            .keyFacts(
                List.of(
                    KeyFactSetting.of("Birthdate"),
                    KeyFactSetting.of("Anniversary__c", "Wedding Anniversary"),
                    KeyFactSetting.of("Date_of_Death__c")))
            .build();
    LevitateContact out =
        transform(
            settings,
            contact()
                .putFields("Birthdate", FieldValue.empty())
                .putFields("Anniversary__c", FieldValue.date(LocalDate.of(2001, 9, 8)))
                .putFields("Date_of_Death__c", FieldValue.date(LocalDate.of(2020, 1, 2)))
                .build());

    assertThat(out.keyFacts())
        .extracting(KeyFact::label, KeyFact::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Wedding Anniversary", LocalDate.of(2001, 9, 8)),
            org.assertj.core.groups.Tuple.tuple("Date of Death", LocalDate.of(2020, 1, 2)));
  }

  @Test
  void noKeyFactsWhenBirthdateIsTurnedOffAndNoneAreListed() {
    SyncSettings settings = SyncSettings.builder().birthdateKeyFact(false).build();
    LevitateContact out =
        transform(
            settings,
            contact().putFields("Birthdate", FieldValue.date(LocalDate.of(1975, 6, 1))).build());

    assertThat(out.keyFacts()).isEmpty();
  }

  // Rule 7: tags

  @Test
  void everyContactIsTaggedSalesforceFirst() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Hobby__c").build();
    LevitateContact out =
        transform(settings, contact().putFields("Hobby__c", FieldValue.text("Salesforce")).build());

    assertThat(out.tagNames()).containsExactly("Salesforce", "Hobby: Salesforce");
    assertThat(out.tags().get(0).source()).isEqualTo(Provenance.constant());
  }

  @Test
  void multipicklistSplitsOnSemicolonsAndDropsBlankValues() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Interests__c").build();
    LevitateContact out =
        transform(
            settings,
            contact().putFields("Interests__c", FieldValue.text("Golf;Sailing ; ")).build());

    assertThat(out.tagNames())
        .containsExactly("Salesforce", "Interests: Golf", "Interests: Sailing");
    assertThat(out.tags().get(1).source())
        .isEqualTo(Provenance.salesforceField("Interests__c", "Golf;Sailing ; "));
  }

  @Test
  void multipicklistAsListUsesChoiceLabels() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Interests__c").build();
    LevitateContact out =
        transform(
            settings,
            contact()
                .putFields("Interests__c", FieldValue.multi(List.of("wine", "Golf", "wine")))
                .build());

    assertThat(out.tagNames())
        .containsExactly("Salesforce", "Interests: Wine Tasting", "Interests: Golf");
  }

  @Test
  void picklistAndStringTagsArePrefixedWithTheFieldLabel() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Segment__c", "Hobby__c").build();
    LevitateContact out =
        transform(
            settings,
            contact()
                .putFields("Segment__c", FieldValue.text("A"))
                .putFields("Hobby__c", FieldValue.text("  Fly \t fishing\n in   spring "))
                .build());

    assertThat(out.tagNames())
        .containsExactly("Salesforce", "Client Segment: Tier A", "Hobby: Fly fishing in spring");
  }

  @Test
  void checkboxAddsItsLabelOnlyWhenTrue() {
    SyncSettings settings = SyncSettings.builder().addTagFields("VIP__c").build();

    assertThat(
            transform(settings, contact().putFields("VIP__c", FieldValue.bool(true)).build())
                .tagNames())
        .containsExactly("Salesforce", "VIP");
    assertThat(
            transform(settings, contact().putFields("VIP__c", FieldValue.bool(false)).build())
                .tagNames())
        .containsExactly("Salesforce");
    assertThat(
            transform(settings, contact().putFields("VIP__c", FieldValue.empty()).build())
                .tagNames())
        .containsExactly("Salesforce");
    assertThat(transform(settings, contact().build()).tagNames()).containsExactly("Salesforce");
  }

  @Test
  void tagsFollowSettingsOrderThenValueOrder() {
    SyncSettings settings =
        SyncSettings.builder().addTagFields("VIP__c", "Interests__c", "Segment__c").build();
    LevitateContact out =
        transform(
            settings,
            contact()
                .putFields("Segment__c", FieldValue.text("B"))
                .putFields("Interests__c", FieldValue.text("Sailing;Golf"))
                .putFields("VIP__c", FieldValue.bool(true))
                .build());

    assertThat(out.tagNames())
        .containsExactly(
            "Salesforce", "VIP", "Interests: Sailing", "Interests: Golf", "Client Segment: Tier B");
  }

  @Test
  void seventyFiveCharacterTagIsCutTo57PlusEllipsis() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Hobby__c").build();
    String value = "x".repeat(75 - "Hobby: ".length());
    LevitateContact out =
        transform(settings, contact().putFields("Hobby__c", FieldValue.text(value)).build());

    String tag = out.tagNames().get(1);
    assertThat(tag).hasSize(60).endsWith("...");
    assertThat(tag.substring(0, 57)).isEqualTo(("Hobby: " + value).substring(0, 57));
  }

  @Test
  void sixtyCharacterTagIsKeptWhole() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Hobby__c").build();
    String value = "y".repeat(60 - "Hobby: ".length());
    LevitateContact out =
        transform(settings, contact().putFields("Hobby__c", FieldValue.text(value)).build());

    assertThat(out.tagNames().get(1)).isEqualTo("Hobby: " + value);
  }

  @Test
  void emojiAtTheCutIsNeverSplitInHalf() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Hobby__c").build();
    // "Hobby: " is 7 code points and 49 letters follow, so the surfing emoji is the 57th code point
    // but sits on UTF-16 chars 56 and 57: cutting at 57 chars would split it.
    String value = "a".repeat(49) + "\uD83C\uDFC4\uD83C\uDFC4" + "b".repeat(20);
    LevitateContact out =
        transform(settings, contact().putFields("Hobby__c", FieldValue.text(value)).build());

    String tag = out.tagNames().get(1);
    assertThat(tag.codePointCount(0, tag.length())).isEqualTo(60);
    assertThat(tag).isEqualTo("Hobby: " + "a".repeat(49) + "\uD83C\uDFC4" + "...");
    assertThat(tag.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
  }

  @Test
  void duplicateTagsAppearOnce() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Hobby__c", "Interests__c").build();
    LevitateContact out =
        transform(
            settings,
            contact()
                .putFields("Hobby__c", FieldValue.text("Golf"))
                .putFields("Interests__c", FieldValue.text("Golf;Golf"))
                .build());

    assertThat(out.tagNames()).containsExactly("Salesforce", "Hobby: Golf", "Interests: Golf");
  }

  // Rule 8: opt-out

  @Test
  void optOutCheckboxAddsUnsubscribeLast() {
    SyncSettings settings =
        SyncSettings.builder().optOutField("HasOptedOutOfEmail").addTagFields("VIP__c").build();
    LevitateContact out =
        transform(
            settings,
            contact()
                .putFields("HasOptedOutOfEmail", FieldValue.bool(true))
                .putFields("VIP__c", FieldValue.bool(true))
                .build());

    assertThat(out.tagNames()).containsExactly("Salesforce", "VIP", "Unsubscribe");
    assertThat(out.tags().get(2).source())
        .isEqualTo(Provenance.salesforceField("HasOptedOutOfEmail", "true"));
  }

  @Test
  void optOutCheckboxFalseAddsNothing() {
    SyncSettings settings = SyncSettings.builder().optOutField("HasOptedOutOfEmail").build();
    LevitateContact out =
        transform(
            settings, contact().putFields("HasOptedOutOfEmail", FieldValue.bool(false)).build());

    assertThat(out.tagNames()).containsExactly("Salesforce");
  }

  @Test
  void optOutDateAddsUnsubscribeWhenSet() {
    SyncSettings settings = SyncSettings.builder().optOutField("Opted_Out_On__c").build();

    assertThat(
            transform(
                    settings,
                    contact()
                        .putFields("Opted_Out_On__c", FieldValue.date(LocalDate.of(2024, 3, 1)))
                        .build())
                .tagNames())
        .containsExactly("Salesforce", "Unsubscribe");
    assertThat(
            transform(settings, contact().putFields("Opted_Out_On__c", FieldValue.empty()).build())
                .tagNames())
        .containsExactly("Salesforce");
  }

  // Rule 9: deceased

  @Test
  void deceasedCheckboxArchivesByDefault() {
    SyncSettings settings =
        SyncSettings.builder().deceased(DeceasedSetting.archive("Deceased__c")).build();
    LevitateContact out =
        transform(settings, contact().putFields("Deceased__c", FieldValue.bool(true)).build());

    assertThat(out.status()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(out.statusReason()).contains(StatusReason.DECEASED);
    assertThat(out.statusSource()).contains(Provenance.salesforceField("Deceased__c", "true"));
  }

  @Test
  void deceasedCheckboxRemovesWhenActionIsRemove() {
    SyncSettings settings =
        SyncSettings.builder()
            .deceased(DeceasedSetting.of("Deceased__c", DeceasedAction.REMOVE))
            .build();
    LevitateContact out =
        transform(settings, contact().putFields("Deceased__c", FieldValue.bool(true)).build());

    assertThat(out.status()).isEqualTo(ContactStatus.REMOVED);
    assertThat(out.statusReason()).contains(StatusReason.DECEASED);
  }

  @Test
  void deceasedDateArchivesOrRemovesWhenSet() {
    SourceContact dead =
        contact().putFields("Date_of_Death__c", FieldValue.date(LocalDate.of(2023, 11, 5))).build();

    assertThat(
            transform(
                    SyncSettings.builder()
                        .deceased(DeceasedSetting.of("Date_of_Death__c", DeceasedAction.ARCHIVE))
                        .build(),
                    dead)
                .status())
        .isEqualTo(ContactStatus.ARCHIVED);
    assertThat(
            transform(
                    SyncSettings.builder()
                        .deceased(DeceasedSetting.of("Date_of_Death__c", DeceasedAction.REMOVE))
                        .build(),
                    dead)
                .status())
        .isEqualTo(ContactStatus.REMOVED);
  }

  @Test
  void deceasedDateTimeCountsWhenSet() {
    SyncSettings settings =
        SyncSettings.builder().deceased(DeceasedSetting.archive("DeceasedDate")).build();
    LevitateContact out =
        transform(
            settings,
            contact()
                .putFields(
                    "DeceasedDate", FieldValue.dateTime(Instant.parse("2023-11-05T10:00:00Z")))
                .build());

    assertThat(out.status()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(out.statusSource())
        .contains(Provenance.salesforceField("DeceasedDate", "2023-11-05T10:00:00Z"));
  }

  @Test
  void clearedDeceasedIndicatorLeavesContactActive() {
    SyncSettings settings =
        SyncSettings.builder().deceased(DeceasedSetting.archive("Deceased__c")).build();
    LevitateContact out =
        transform(settings, contact().putFields("Deceased__c", FieldValue.bool(false)).build());

    assertThat(out.status()).isEqualTo(ContactStatus.ACTIVE);
    assertThat(out.statusReason()).isEmpty();
  }

  @Test
  void deletedInSalesforceIsArchivedWithThatReason() {
    LevitateContact out = transform(contact().remoteWasDeleted(true).build());

    assertThat(out.status()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(out.statusReason()).contains(StatusReason.DELETED_IN_SALESFORCE);
  }

  // Rule 10: owner

  /** One Salesforce user mapped, a default owner for the others. */
  private static final SyncSettings OWNERS =
      SyncSettings.builder()
          .putOwners("0055e000001AbcD", "lev-user-1")
          .defaultOwner("lev-user-9")
          .build();

  @Test
  void mappedOwnerWinsAndEighteenCharacterIdsMatchFifteen() {
    LevitateContact out =
        transform(
            OWNERS,
            contact()
                .owner(
                    SourceUser.builder()
                        .mergeId("u-1")
                        .remoteId("0055e000001AbcDAAS")
                        .name(" Dana Reyes ")
                        .build())
                .build());

    assertThat(out.owner().salesforceUserId()).contains("0055e000001AbcDAAS");
    assertThat(out.owner().salesforceUserName()).contains("Dana Reyes");
    assertThat(out.owner().levitateUserId()).contains("lev-user-1");
  }

  @Test
  void withoutMergesOwnerTheOwnerIdFieldStillMapsTheAdvisor() {
    SourceContact.Builder noOwner =
        contact().putFields("OwnerId", FieldValue.text(" 0055e000001AbcDAAS "));

    LevitateContact out = transform(OWNERS, noOwner.build());
    LevitateContact idOnly =
        transform(OWNERS, noOwner.owner(SourceUser.builder().mergeId("u-1").build()).build());

    for (LevitateContact contact : List.of(out, idOnly)) {
      assertThat(contact.owner().salesforceUserId()).contains("0055e000001AbcDAAS");
      assertThat(contact.owner().salesforceUserName()).isEmpty();
      assertThat(contact.owner().levitateUserId()).contains("lev-user-1");
    }
  }

  @Test
  void mergesOwnerWinsOverTheOwnerIdField() {
    LevitateContact out =
        transform(
            contact()
                .putFields("OwnerId", FieldValue.text("0055e000009ZzzZAAA"))
                .owner(
                    SourceUser.builder()
                        .mergeId("u-1")
                        .remoteId("0055e000001AbcDAAS")
                        .name("Dana Reyes")
                        .build())
                .build());

    assertThat(out.owner().salesforceUserId()).contains("0055e000001AbcDAAS");
    assertThat(out.owner().salesforceUserName()).contains("Dana Reyes");
  }

  @Test
  void unmappedOwnerFallsBackToDefaultOwner() {
    LevitateContact out =
        transform(
            OWNERS,
            contact()
                .owner(
                    SourceUser.builder()
                        .mergeId("u-2")
                        .remoteId("0055e000009ZzzZ")
                        .name("Sam Lee")
                        .build())
                .build());

    assertThat(out.owner().levitateUserId()).contains("lev-user-9");
    assertThat(out.owner().unassigned()).isFalse();
  }

  @Test
  void unmappedOwnerWithoutDefaultIsUnassigned() {
    LevitateContact out =
        transform(
            contact()
                .owner(SourceUser.builder().mergeId("u-2").remoteId("0055e000009ZzzZ").build())
                .build());

    assertThat(out.owner().unassigned()).isTrue();
    assertThat(out.owner().salesforceUserId()).contains("0055e000009ZzzZ");
  }

  // Per-contact errors

  @Test
  void contactWithoutSalesforceIdIsRejected() {
    ContactProblem problem = reject(SyncSettings.defaults(), contact().remoteId("  ").build());

    assertThat(problem.kind()).isEqualTo(ContactProblem.Kind.MISSING_SALESFORCE_ID);
    assertThat(problem.message())
        .isEqualTo("Merge contact 8d2c6a4e-0000-4000-8000-000000000001 has no Salesforce id.");
  }

  @Test
  void impossibleDateInAKeyFactFieldIsLeftOutWhileTheContactSyncs() {
    SyncSettings settings =
        SyncSettings.builder().addKeyFacts(KeyFactSetting.of("Anniversary__c")).build();
    TransformResult.Transformed result =
        transformed(
            settings,
            contact()
                .putFields("Anniversary__c", FieldValue.text("2023-02-30"))
                .putFields("Birthdate", FieldValue.date(LocalDate.of(1980, 5, 14)))
                .build());

    assertThat(result.contact().keyFacts()).extracting(KeyFact::label).containsExactly("Birthdate");
    assertThat(result.contact().firstName()).contains("Margaret");
    FieldProblem problem = result.fieldProblems().get(0);
    assertThat(result.fieldProblems()).hasSize(1);
    assertThat(problem.kind()).isEqualTo(FieldProblem.Kind.UNREADABLE);
    assertThat(problem.field()).isEqualTo("Anniversary__c");
    assertThat(problem.salesforceId()).isEqualTo("0035e00000AbCdEAAV");
    assertThat(problem.value()).isEqualTo("2023-02-30");
    assertThat(problem.message())
        .isEqualTo(
            "Anniversary__c holds \"2023-02-30\", which is not a"
                + " date; the DATE field is used as a key fact: the contact synced without it.");
    assertThat(result.unreadableIndicators()).isEmpty();
  }

  @Test
  void fieldProblemNamesTheSalesforceIdTrimmedAsTheEngineKeysIt() {
    SyncSettings settings =
        SyncSettings.builder().addKeyFacts(KeyFactSetting.of("Anniversary__c")).build();
    TransformResult.Transformed result =
        transformed(
            settings,
            contact()
                .remoteId(" 0035e00000AbCdEAAV ")
                .putFields("Anniversary__c", FieldValue.text("2023-02-30"))
                .build());

    assertThat(result.fieldProblems())
        .extracting(FieldProblem::salesforceId)
        .containsExactly("0035e00000AbCdEAAV");
  }

  @Test
  void unreadableValueCarriesTheClientsReason() {
    TransformResult.Transformed result =
        transformed(
            SyncSettings.defaults(),
            contact()
                .putFields("Birthdate", FieldValue.invalid("0000-00-00", "month 0 does not exist"))
                .build());

    assertThat(result.fieldProblems())
        .extracting(FieldProblem::message)
        .containsExactly(
            "Birthdate holds \"0000-00-00\", which is not a date (month 0 does not exist); the DATE"
                + " field is used as a key fact: the contact synced without it.");
    assertThat(result.contact().keyFacts()).isEmpty();
  }

  @Test
  void textInACheckboxTagFieldGivesNoTagAndAProblem() {
    SyncSettings settings = SyncSettings.builder().addTagFields("VIP__c", "Hobby__c").build();
    TransformResult.Transformed result =
        transformed(
            settings,
            contact()
                .putFields("VIP__c", FieldValue.text("maybe"))
                .putFields("Hobby__c", FieldValue.text("Chess"))
                .build());

    assertThat(result.contact().tagNames()).containsExactly("Salesforce", "Hobby: Chess");
    assertThat(result.fieldProblems())
        .extracting(FieldProblem::message)
        .containsExactly(
            "VIP__c holds \"maybe\", which is not true or false; the CHECKBOX field is used as a tag"
                + " field: the contact synced without it.");
  }

  @Test
  void aListWhereTextIsExpectedIsLeftOut() {
    SyncSettings settings = SyncSettings.builder().nicknameField("Nickname__c").build();
    TransformResult.Transformed result =
        transformed(
            settings,
            contact()
                .putFields("Nickname__c", FieldValue.multi(List.of("Peg", "Peggy")))
                .putFields("Title", FieldValue.multi(List.of("CEO", "CFO")))
                .build());

    assertThat(result.contact().nickname()).isEmpty();
    assertThat(result.contact().greetingName()).contains("Margaret");
    assertThat(result.contact().jobTitle()).isEmpty();
    assertThat(result.fieldProblems())
        .extracting(FieldProblem::field, FieldProblem::kind, FieldProblem::value)
        .containsExactly(
            tuple("Nickname__c", FieldProblem.Kind.UNREADABLE, "Peg;Peggy"),
            tuple("Title", FieldProblem.Kind.UNREADABLE, "CEO;CFO"));
    assertThat(result.fieldProblems().get(1).message())
        .isEqualTo(
            "Title holds \"CEO;CFO\", a list"
                + " of values where one text is expected; the STRING field is used as the job title: the"
                + " contact synced without it.");
  }

  @Test
  void nestedJunkIsLeftOutAndTheRestSyncs() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Segment__c", "Hobby__c").build();
    TransformResult.Transformed result =
        transformed(
            settings,
            contact()
                .putFields("Segment__c", FieldValue.invalid("{\"a\":{\"b\":[1]}}", "expected text"))
                .putFields("Hobby__c", FieldValue.text("Chess"))
                .putFields("MailingCity", FieldValue.invalid("[[[1]]]", "expected text"))
                .putFields("MailingState", FieldValue.text("OR"))
                .build());

    assertThat(result.contact().tagNames()).containsExactly("Salesforce", "Hobby: Chess");
    assertThat(result.contact().address().orElseThrow().state()).contains("OR");
    assertThat(result.contact().address().orElseThrow().city()).isEmpty();
    assertThat(result.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("MailingCity", "Segment__c");
  }

  @Test
  void aProblemIsRecordedOncePerFieldWhateverItIsUsedFor() {
    SyncSettings settings =
        SyncSettings.builder()
            .addTagFields("VIP__c")
            .deceased(DeceasedSetting.archive("VIP__c"))
            .build();
    TransformResult.Transformed result =
        transformed(settings, contact().putFields("VIP__c", FieldValue.text("maybe")).build());

    assertThat(result.fieldProblems()).hasSize(1);
    assertThat(result.fieldProblems().get(0).message())
        .endsWith(
            "the CHECKBOX field is used as the"
                + " deceased indicator: a new contact is not created and an existing one keeps its status.");
  }

  // Rule 6: a date field holding a datetime

  @Test
  void aMidnightDateTimeInADateFieldReadsAsItsDateInItsOwnOffset() {
    SyncSettings settings =
        SyncSettings.builder().addKeyFacts(KeyFactSetting.of("Anniversary__c")).build();
    TransformResult.Transformed result =
        transformed(
            settings,
            contact()
                .putFields("Birthdate", FieldValue.text("1980-05-14T00:00:00.000+0000"))
                .putFields("Anniversary__c", FieldValue.text("2001-09-01T00:00:00-05:00"))
                .build());

    assertThat(result.contact().keyFacts())
        .extracting(KeyFact::date)
        .containsExactly(LocalDate.of(1980, 5, 14), LocalDate.of(2001, 9, 1));
    assertThat(result.fieldProblems()).isEmpty();
  }

  @Test
  void anInstantAtMidnightUtcInADateFieldReadsAsItsDate() {
    TransformResult.Transformed result =
        transformed(
            SyncSettings.defaults(),
            contact()
                .putFields("Birthdate", FieldValue.dateTime(Instant.parse("1980-05-14T00:00:00Z")))
                .build());

    assertThat(result.contact().keyFacts())
        .extracting(KeyFact::date)
        .containsExactly(LocalDate.of(1980, 5, 14));
  }

  @Test
  void anyOtherTimeInADateFieldIsAProblemNeverAShiftedDate() {
    SyncSettings settings =
        SyncSettings.builder().addKeyFacts(KeyFactSetting.of("Anniversary__c")).build();
    TransformResult.Transformed result =
        transformed(
            settings,
            contact()
                .putFields("Birthdate", FieldValue.text("1980-05-14T05:00:00Z"))
                .putFields(
                    "Anniversary__c",
                    FieldValue.invalid("2001-09-01T23:30:00-05:00", "expected a date"))
                .build());

    assertThat(result.contact().keyFacts()).isEmpty();
    assertThat(result.fieldProblems())
        .extracting(FieldProblem::field, FieldProblem::kind)
        .containsExactly(
            tuple("Birthdate", FieldProblem.Kind.TIME_IN_DATE_FIELD),
            tuple("Anniversary__c", FieldProblem.Kind.TIME_IN_DATE_FIELD));
    assertThat(result.fieldProblems().get(0).message())
        .isEqualTo(
            "Birthdate holds"
                + " \"1980-05-14T05:00:00Z\", a date and time whose time is not midnight in its own offset;"
                + " the DATE field is used as a key fact: the contact synced without it rather than with a"
                + " shifted date.");
  }

  @Test
  void aTimeInADateDeceasedIndicatorLeavesTheStatusUnknown() {
    SyncSettings settings =
        SyncSettings.builder().deceased(DeceasedSetting.archive("Date_of_Death__c")).build();
    TransformResult.Transformed result =
        transformed(
            settings,
            contact()
                .putFields("Date_of_Death__c", FieldValue.text("2020-03-04T10:00:00Z"))
                .build());

    assertThat(result.contact().status()).isEqualTo(ContactStatus.ACTIVE);
    assertThat(result.unreadableIndicators()).containsOnlyKeys(TransformResult.Indicator.DECEASED);
  }

  // The deceased and opt-out indicators are never guessed

  @Test
  void anUnreadableDeceasedIndicatorIsReportedAsSuch() {
    SyncSettings settings =
        SyncSettings.builder()
            .deceased(DeceasedSetting.archive("Deceased__c"))
            .optOutField("Opted_Out_On__c")
            .build();
    TransformResult.Transformed result =
        transformed(
            settings,
            contact()
                .putFields("Deceased__c", FieldValue.text("yes please"))
                .putFields("Opted_Out_On__c", FieldValue.text("last week"))
                .build());

    assertThat(result.contact().status()).isEqualTo(ContactStatus.ACTIVE);
    assertThat(result.contact().tagNames()).containsExactly("Salesforce");
    assertThat(result.unreadableIndicators())
        .containsOnlyKeys(TransformResult.Indicator.DECEASED, TransformResult.Indicator.OPT_OUT);
    assertThat(result.unreadableIndicator().orElseThrow().field()).isEqualTo("Deceased__c");
    assertThat(result.unreadableIndicators().get(TransformResult.Indicator.OPT_OUT).message())
        .isEqualTo(
            "Opted_Out_On__c holds \"last week\", which is not a date; the DATE field is"
                + " used as the email opt-out indicator: a new contact is not created and an existing"
                + " one keeps its Unsubscribe tag as it was.");
  }

  @Test
  void aDeletedContactWithAnUnreadableDeceasedIndicatorIsStillArchivedAsDeleted() {
    SyncSettings settings =
        SyncSettings.builder().deceased(DeceasedSetting.archive("Deceased__c")).build();
    TransformResult.Transformed result =
        transformed(
            settings,
            contact()
                .remoteWasDeleted(true)
                .putFields("Deceased__c", FieldValue.text("?"))
                .build());

    assertThat(result.contact().statusReason()).contains(StatusReason.DELETED_IN_SALESFORCE);
  }

  @Test
  void badValueInAFieldTheSettingsDoNotUseIsIgnored() {
    LevitateContact out =
        transform(
            contact()
                .putFields("Anniversary__c", FieldValue.invalid("2023-02-30", "day out of range"))
                .putFields("Revenue__c", FieldValue.text("lots"))
                .build());

    assertThat(out.tagNames()).containsExactly("Salesforce");
  }

  @Test
  void shellRecordIsRejectedSoItNeverBlanksOutData() {
    ContactProblem problem = reject(SyncSettings.defaults(), contact().shell(true).build());

    assertThat(problem.kind()).isEqualTo(ContactProblem.Kind.SHELL_RECORD);
  }

  @Test
  void numbersAreReadAsTextForStringFields() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Hobby__c").build();
    LevitateContact out =
        transform(
            settings,
            contact().putFields("Hobby__c", FieldValue.number(new BigDecimal("42.50"))).build());

    assertThat(out.tagNames()).containsExactly("Salesforce", "Hobby: 42.50");
  }
}
