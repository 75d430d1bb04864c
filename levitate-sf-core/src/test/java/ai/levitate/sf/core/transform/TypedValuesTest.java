package ai.levitate.sf.core.transform;

import static ai.levitate.sf.core.transform.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Phone;
import ai.levitate.sf.core.model.PicklistChoice;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceAddress;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceEmail;
import ai.levitate.sf.core.model.SourcePhone;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.settings.SyncSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values as people typed them, through the transform: NFC and invisible characters, cuts that never
 * split a character, lengths Salesforce never allowed, tags cut to one, picklists sent as lists,
 * phones spelled many ways, and ids in any case.
 */
final class TypedValuesTest {
  private static final FieldCatalog CATALOG;

  static {
    List<FieldDescriptor> fields = new ArrayList<>(Fixtures.CATALOG.fields());
    fields.add(
        FieldDescriptor.builder()
            .apiName("Sports__c")
            .label("Sports")
            .type(FieldType.PICKLIST)
            .addChoices(
                PicklistChoice.of("Golf"),
                PicklistChoice.of("Sailing"),
                PicklistChoice.of("wine", "Wine Tasting"),
                PicklistChoice.of("Caf\u00E9 Club"))
            .build());
    fields.add(
        FieldDescriptor.builder()
            .apiName("Code__c")
            .label("Code")
            .type(FieldType.STRING)
            .length(10)
            .build());
    fields.add(
        FieldDescriptor.of("MailingCountryCode", "Mailing Country Code", FieldType.PICKLIST));
    CATALOG = FieldCatalog.of(fields);
  }

  private static TransformResult.Transformed transform(
      SyncSettings settings, SourceContact source) {
    TransformResult result = ContactTransformer.create(CATALOG, settings).transform(source);
    assertThat(result).isInstanceOf(TransformResult.Transformed.class);
    return (TransformResult.Transformed) result;
  }

  private static LevitateContact contactOf(SyncSettings settings, SourceContact source) {
    return transform(settings, source).contact();
  }

  // Text is NFC, and invisible characters are blank

  @Test
  void namesTitleCompanyNicknameAndTagsAreNormalisedToNfc() {
    SyncSettings settings =
        SyncSettings.builder().nicknameField("Nickname__c").addTagFields("Hobby__c").build();
    LevitateContact out =
        contactOf(
            settings,
            contact()
                .firstName("Zoe\u0308")
                .lastName("Mu\u0308ller")
                .putFields("Nickname__c", FieldValue.text("Zo\u0308e"))
                .putFields("Title", FieldValue.text("Re\u0301gisseur"))
                .putFields("Hobby__c", FieldValue.text("Cafe\u0301"))
                .account(
                    SourceAccount.builder()
                        .mergeId("a")
                        .name("Soci\u0065\u0301te\u0301 Ge\u0301ne\u0301rale")
                        .build())
                .build());

    assertThat(out.firstName()).hasValue("Zo\u00EB");
    assertThat(out.lastName()).hasValue("M\u00FCller");
    assertThat(out.nickname()).hasValue("Z\u00F6e");
    assertThat(out.jobTitle()).hasValue("R\u00E9gisseur");
    assertThat(out.companyName()).hasValue("Soci\u00E9t\u00E9 G\u00E9n\u00E9rale");
    assertThat(out.tagNames()).containsExactly("Salesforce", "Hobby: Caf\u00E9");
  }

  @Test
  void noBreakSpacesAndFormatCharactersAreBlankAtTheEndsAndCollapseLikeSpacesInside() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Hobby__c").build();
    LevitateContact out =
        contactOf(
            settings,
            contact()
                .firstName("\u00A0Margaret\u200B")
                .lastName("O'Neill\uFEFF")
                .putFields(
                    "Title", FieldValue.text("Chief\u00A0\u00A0Investment\u2060Officer\u202F"))
                .putFields("Hobby__c", FieldValue.text("\u200BDeep\u00A0\u200BSea Fishing\u2063"))
                .account(
                    SourceAccount.builder()
                        .mergeId("a")
                        .name("\uFEFFAcme\u00A0 Wealth\u200E")
                        .build())
                .build());

    assertThat(out.firstName()).hasValue("Margaret");
    assertThat(out.lastName()).hasValue("O'Neill");
    assertThat(out.jobTitle()).hasValue("Chief Investment Officer");
    assertThat(out.companyName()).hasValue("Acme Wealth");
    assertThat(out.tagNames()).containsExactly("Salesforce", "Hobby: Deep Sea Fishing");
  }

  @Test
  void aNicknameOfOnlyInvisibleCharactersIsNoNickname() {
    SyncSettings settings = SyncSettings.builder().nicknameField("Nickname__c").build();
    LevitateContact out =
        contactOf(
            settings,
            contact()
                .putFields("Nickname__c", FieldValue.text("\u200B\u00A0\uFEFF\u2060\u3164"))
                .build());

    assertThat(out.nickname()).isEmpty();
    assertThat(out.greetingName()).hasValue("Margaret");
  }

  // The 60-character tag cut

  @Test
  void theTagCutNeverSplitsAFlagHangulSyllableConjunctEmojiOrAccentedLetter() {
    String label = "Hobby: "; // 7 code points; the cut keeps at most 57 in all
    List<String> characters =
        List.of(
            "\uD83C\uDDEC\uD83C\uDDE7", // a flag: two regional indicators
            "\u1107\u1176\u11AF", // a Hangul syllable of three jamo with no composed form
            "\u0915\u094D\u0937", // an Indic conjunct
            "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", // a ZWJ family
            "e\u0301\u0323"); // a letter and two marks that have no composed form
    for (String character : characters) {
      // Padding so the character straddles code point 57 of the tag.
      String value = "x".repeat(57 - label.length() - 1) + character + "tail-of-the-value";
      SyncSettings settings = SyncSettings.builder().addTagFields("Hobby__c").build();

      String tag =
          contactOf(settings, contact().putFields("Hobby__c", FieldValue.text(value)).build())
              .tagNames()
              .get(1);

      assertThat(tag).as(character).isEqualTo(label + "x".repeat(57 - label.length() - 1) + "...");
    }
  }

  @Test
  void theTagCutLeavesNoSpaceBeforeTheEllipsis() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Hobby__c").build();
    String value = "x".repeat(49) + " Sailing around the world";

    String tag =
        contactOf(settings, contact().putFields("Hobby__c", FieldValue.text(value)).build())
            .tagNames()
            .get(1);

    assertThat(tag).isEqualTo("Hobby: " + "x".repeat(49) + "...");
  }

  @Test
  void twoValuesCutToOneTagAreReportedWithBothValues() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Interests__c").build();
    String common = "Long-distance ocean sailing in the southern hemisphere, ";
    TransformResult.Transformed result =
        transform(
            settings,
            contact()
                .putFields(
                    "Interests__c",
                    FieldValue.multi(List.of(common + "Pacific", common + "Atlantic")))
                .build());

    assertThat(result.contact().tagNames()).hasSize(2);
    FieldProblem collision = result.fieldProblems().get(0);
    assertThat(collision.kind()).isEqualTo(FieldProblem.Kind.TAG_COLLISION);
    assertThat(collision.field()).isEqualTo("Interests__c");
    assertThat(collision.value()).isEqualTo("Interests: " + common + "Atlantic");
    assertThat(collision.otherValue()).hasValue("Interests: " + common + "Pacific");
    assertThat(collision.message()).contains(common + "Pacific", "once cut to 60 characters");
  }

  // Lengths Salesforce allows

  @Test
  void valuesLongerThanSalesforceAllowsAreCutBetweenCharactersAndReported() {
    SyncSettings settings =
        SyncSettings.builder().nicknameField("Nickname__c").addTagFields("Code__c").build();
    String megabyte = "y".repeat(1 << 20);
    TransformResult.Transformed result =
        transform(
            settings,
            contact()
                .firstName("F".repeat(39) + "e\u0301xyz")
                .lastName("L".repeat(100))
                .putFields("Title", FieldValue.text("T".repeat(130)))
                .putFields("Nickname__c", FieldValue.text(megabyte))
                .putFields("Code__c", FieldValue.text("ABCDEFGHIJKL"))
                .build());

    LevitateContact out = result.contact();
    assertThat(out.firstName()).hasValue("F".repeat(39)); // the accented e would straddle 40
    assertThat(out.lastName()).hasValue("L".repeat(80));
    assertThat(out.jobTitle()).hasValue("T".repeat(128));
    assertThat(out.nickname()).hasValue("y".repeat(255));
    assertThat(out.tagNames()).contains("Code: ABCDEFGHIJ");
    assertThat(result.fieldProblems())
        .extracting(FieldProblem::field, FieldProblem::kind)
        .containsOnly(
            tuple("FirstName", FieldProblem.Kind.TOO_LONG),
            tuple("LastName", FieldProblem.Kind.TOO_LONG),
            tuple("Title", FieldProblem.Kind.TOO_LONG),
            tuple("Nickname__c", FieldProblem.Kind.TOO_LONG),
            tuple("Code__c", FieldProblem.Kind.TOO_LONG));
    FieldProblem nickname =
        result.fieldProblems().stream()
            .filter(p -> p.field().equals("Nickname__c"))
            .findFirst()
            .orElseThrow();
    assertThat(nickname.message())
        .isEqualTo(
            "Nickname__c holds 1048576 characters, more than the"
                + " 255 Salesforce allows for it (used as the nickname): it was cut to its first 255.");
    assertThat(nickname.value()).hasSize(FieldProblem.MAX_VALUE_LENGTH);
  }

  @Test
  void anEmailLongerThanSalesforceAllowsIsLeftOutNotCut() {
    String long80 = "a".repeat(75) + "@example.com";
    TransformResult.Transformed result =
        transform(
            SyncSettings.defaults(),
            contact()
                .putFields("Email", FieldValue.text(long80))
                .addEmails(
                    SourceEmail.of("b".repeat(80) + "@example.com", "Work"),
                    SourceEmail.of("ok@example.com", "Home"))
                .build());

    assertThat(result.contact().emails())
        .extracting(e -> e.address())
        .containsExactly("ok@example.com");
    assertThat(result.fieldProblems())
        .extracting(FieldProblem::field)
        .containsExactly("Email", "email_addresses");
  }

  // Picklists that Merge types as text

  @Test
  void aMultipicklistTypedAsAPicklistGivesOneTagPerValueFromAList() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Sports__c").build();
    LevitateContact out =
        contactOf(
            settings,
            contact().putFields("Sports__c", FieldValue.multi(List.of("Golf", "wine"))).build());

    assertThat(out.tagNames())
        .containsExactly("Salesforce", "Sports: Golf", "Sports: Wine Tasting");
  }

  @Test
  void aSemicolonStringOfKnownChoicesGivesOneTagPerValueComparedAfterNormalisation() {
    SyncSettings settings = SyncSettings.builder().addTagFields("Sports__c").build();

    assertThat(
            contactOf(
                    settings,
                    contact()
                        .putFields(
                            "Sports__c", FieldValue.text(" golf ;SAILING;Cafe\u0301\u00A0Club"))
                        .build())
                .tagNames())
        .containsExactly("Salesforce", "Sports: Golf", "Sports: Sailing", "Sports: Caf\u00E9 Club");
    assertThat(
            contactOf(
                    settings,
                    contact().putFields("Sports__c", FieldValue.text("Golf;Chess")).build())
                .tagNames())
        .containsExactly("Salesforce", "Sports: Golf;Chess");
  }

  // Phones

  @Test
  void nationalAndInternationalSpellingsOfOneNumberAreOnePhoneKeepingTheFirst() {
    LevitateContact out =
        contactOf(
            SyncSettings.defaults(),
            contact()
                .putFields("Phone", FieldValue.text("(503) 555-0100"))
                .putFields("MobilePhone", FieldValue.text("+1 503-555-0100"))
                .addPhones(
                    SourcePhone.of("1 (503) 555 0100", "Work"),
                    SourcePhone.of("503.555.0199", "Home"))
                .build());

    assertThat(out.phones())
        .extracting(Phone::number)
        .containsExactly("(503) 555-0100", "503.555.0199");
  }

  @Test
  void anyScriptsDecimalDigitsCountAsDigits() {
    LevitateContact out =
        contactOf(
            SyncSettings.defaults(),
            contact()
                .putFields(
                    "Phone",
                    FieldValue.text(
                        "\uFF15\uFF10\uFF13 \uFF15\uFF15\uFF15 \uFF10\uFF11\uFF10\uFF10"))
                .putFields("MobilePhone", FieldValue.text("503 555 0100"))
                .putFields(
                    "Fax",
                    FieldValue.text("\u0665\u0660\u0663\u0665\u0665\u0665\u0660\u0661\u0669\u0669"))
                .build());

    assertThat(out.phones())
        .extracting(Phone::number)
        .containsExactly(
            "\uFF15\uFF10\uFF13 \uFF15\uFF15\uFF15 \uFF10\uFF11\uFF10\uFF10",
            "\u0665\u0660\u0663\u0665\u0665\u0665\u0660\u0661\u0669\u0669");
  }

  @Test
  void nationalNumbersAreReadInTheMailingCountryElseTheDefaultRegion() {
    SourceContact london =
        contact()
            .putFields("MailingCountry", FieldValue.text("United Kingdom"))
            .putFields("Phone", FieldValue.text("020 7946 0000"))
            .putFields("MobilePhone", FieldValue.text("+44 20 7946 0000"))
            .putFields("Boat_Phone__c", FieldValue.text("0044 (0)20 7946 0000"))
            .build();
    SourceContact noCountry =
        SourceContact.builder()
            .from(london)
            .fields(
                java.util.Map.of(
                    "Phone",
                    FieldValue.text("020 7946 0000"),
                    "MobilePhone",
                    FieldValue.text("+44 20 7946 0000")))
            .build();
    assertThat(contactOf(SyncSettings.defaults(), london).phones())
        .extracting(Phone::number)
        .containsExactly("020 7946 0000");
    SourceContact mergeAddress =
        SourceContact.builder()
            .from(noCountry)
            .addAddresses(SourceAddress.builder().city("London").country("GB").build())
            .build();
    SourceContact countryCode =
        SourceContact.builder()
            .from(noCountry)
            .putFields("MailingCountryCode", FieldValue.text("GB"))
            .build();

    assertThat(contactOf(SyncSettings.defaults(), london).phones()).hasSize(1);
    assertThat(contactOf(SyncSettings.defaults(), mergeAddress).phones()).hasSize(1);
    assertThat(contactOf(SyncSettings.defaults(), countryCode).phones()).hasSize(1);
    assertThat(contactOf(SyncSettings.defaults(), noCountry).phones()).hasSize(2);
    assertThat(
            contactOf(SyncSettings.builder().defaultPhoneRegion("GB").build(), noCountry).phones())
        .extracting(Phone::number)
        .containsExactly("020 7946 0000");
  }

  @Test
  void vanityLettersCompareAsTheirKeypadDigits() {
    LevitateContact out =
        contactOf(
            SyncSettings.defaults(),
            contact()
                .putFields("Phone", FieldValue.text("1-800-FLOWERS"))
                .putFields("MobilePhone", FieldValue.text("+1 (800) 356-9377"))
                .build());

    assertThat(out.phones()).extracting(Phone::number).containsExactly("1-800-FLOWERS");
  }

  // Salesforce ids

  @Test
  void anEighteenCharacterOwnerIdMatchesInAnyCaseAFifteenCharacterOneOnlyExactly() {
    SyncSettings settings =
        SyncSettings.builder().putOwners("0055e000001AbcD", "lev-user-1").build();

    assertThat(
            contactOf(
                    settings,
                    contact()
                        .owner(
                            SourceUser.builder()
                                .mergeId("u")
                                .remoteId("0055E000001ABCDAAS")
                                .build())
                        .build())
                .owner()
                .levitateUserId())
        .hasValue("lev-user-1");
    assertThat(
            contactOf(
                    settings,
                    contact()
                        .owner(
                            SourceUser.builder()
                                .mergeId("u")
                                .remoteId("0055e000001abcdaas")
                                .build())
                        .build())
                .owner()
                .levitateUserId())
        .hasValue("lev-user-1");
    assertThat(
            contactOf(
                    settings,
                    contact()
                        .owner(
                            SourceUser.builder().mergeId("u").remoteId("0055e000001abcd").build())
                        .build())
                .owner()
                .levitateUserId())
        .isEmpty();
  }
}
