package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.PicklistChoice;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceEmail;
import ai.levitate.sf.core.model.SourcePhone;
import ai.levitate.sf.core.spi.AccountPage;
import ai.levitate.sf.core.spi.AccountQuery;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.CursorRejectedException;
import ai.levitate.sf.core.spi.ReadLimits;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class MergeContactSourceTest {
  private final MockMerge merge = new MockMerge();
  private final MergeContactSource source = MergeContactSource.create(merge.client());

  @AfterEach
  void close() {
    merge.close();
  }

  /** The realistic page; its shell record, read again by id, is still a shell (Merge: 404). */
  private void enqueuePage() {
    merge.enqueueFixture("contacts-page.json");
    merge.enqueue(404, "{\"detail\": \"Not found.\"}");
  }

  private void enqueueClasses() {
    merge.enqueueFixture("remote-field-classes-1.json");
    merge.enqueueFixture("remote-field-classes-2.json");
  }

  @Test
  void statesTheClientsRateLimitAndAsManyRequestsAtOnceAsItsLimiterAndBudgetAllow() {
    MergeContactSource launch =
        MergeContactSource.create(merge.clientBuilder().rateLimit(RateLimit.LAUNCH).build());
    MergeContactSource professional =
        MergeContactSource.create(merge.clientBuilder().rateLimit(RateLimit.PROFESSIONAL).build());

    // Launch's limiter lets 5 through at once; the failure budget allows 10 in flight
    assertThat(launch.readLimits()).contains(ReadLimits.of(100, 5));
    assertThat(professional.readLimits()).contains(ReadLimits.of(400, 10));
  }

  /**
   * A source limited to 20 requests a minute whose catalog spent its burst, with two empty pages
   * waiting: the first page read must wait for the limiter.
   */
  private MergeContactSource limitedWithTwoEmptyPages() {
    MergeContactSource limited =
        MergeContactSource.create(merge.clientBuilder().rateLimit(RateLimit.perMinute(20)).build());
    enqueueClasses();
    limited.fieldCatalog();
    for (int i = 0; i < 2; i++) {
      merge.enqueue(200, "{\"next\": null, \"previous\": null, \"results\": []}");
    }
    return limited;
  }

  @Test
  void aPageSaysHowLongItWaitedForTheClientsRateLimiter() {
    MergeContactSource limited = limitedWithTwoEmptyPages();

    ContactPage waited = limited.readContacts(ContactQuery.all());
    merge.time.advance(Duration.ofMinutes(1));
    ContactPage prompt = limited.readContacts(ContactQuery.all());

    // one token of burst, then one every 61 s / 19: the catalog's two pages spent what was due
    assertThat(waited.waited()).isBetween(Duration.ofMillis(3_210), Duration.ofMillis(3_211));
    assertThat(prompt.waited()).isZero();
  }

  @Test
  void aPageOfAccountsSaysHowLongItWaitedForTheClientsRateLimiter() {
    MergeContactSource limited = limitedWithTwoEmptyPages();

    AccountPage waited = limited.readAccounts(AccountQuery.all()).orElseThrow();
    merge.time.advance(Duration.ofMinutes(1));
    AccountPage prompt = limited.readAccounts(AccountQuery.all()).orElseThrow();

    // as for a page of contacts: the catalog's two pages spent what was due
    assertThat(waited.waited()).isBetween(Duration.ofMillis(3_210), Duration.ofMillis(3_211));
    assertThat(prompt.waited()).isZero();
  }

  @Test
  void fieldCatalogPagesThroughRemoteFieldClassesAtMostHundredAPage() {
    enqueueClasses();

    source.fieldCatalog();

    assertThat(merge.take().getRequestLine())
        .isEqualTo("GET /api/crm/v1/contacts/remote-field-classes?page_size=100 HTTP/1.1");
    assertThat(merge.take().getRequestLine())
        .isEqualTo(
            "GET /api/crm/v1/contacts/remote-field-classes?page_size=100&cursor=cGFnZT0y HTTP/1.1");
  }

  @Test
  void aFieldClassThatComesAsAShellRecordFailsTheCatalogRatherThanDroppingItsField() {
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"c-1\", \"remote_id\":"
            + " \"Salutation\", \"created_at\": \"2024-04-30T00:00:00Z\", \"remote_was_deleted\":"
            + " false, \"remote_data\": null}, {\"id\": \"c-2\", \"remote_key_name\": \"Title\","
            + " \"display_name\": \"Title\", \"field_type\": \"string\"}]}");

    assertThatThrownBy(source::fieldCatalog)
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessage(
            "GET contacts/remote-field-classes: field class c-1 came as a shell record,"
                + " without its name or type; the field catalog would miss a field, so it was not used");
  }

  @Test
  void fieldCatalogTypesFieldsFromMergeTypesFormatsChoicesAndStandardNames() {
    enqueueClasses();

    FieldCatalog catalog = source.fieldCatalog();

    assertThat(catalog.fields())
        .extracting(FieldDescriptor::apiName)
        .containsExactly(
            "Birthdate",
            "Title",
            "MailingStreet",
            "Phone",
            "MobilePhone",
            "Email",
            "HasOptedOutOfEmail",
            "LastModifiedDate",
            "Interests__c",
            "VIP__c",
            "Deceased__c",
            "Anniversary__c",
            "Nickname__c",
            "Tier__c",
            "Region__c",
            "Score__c",
            "Pets__c",
            "MailingCity");
    assertThat(types(catalog))
        .containsExactly(
            FieldType.DATE,
            FieldType.STRING,
            FieldType.TEXTAREA,
            FieldType.PHONE,
            FieldType.PHONE,
            FieldType.EMAIL,
            FieldType.CHECKBOX,
            FieldType.DATETIME,
            FieldType.MULTIPICKLIST,
            FieldType.CHECKBOX,
            FieldType.DATE,
            FieldType.DATE,
            FieldType.STRING,
            FieldType.PICKLIST,
            FieldType.PICKLIST,
            FieldType.NUMBER,
            FieldType.MULTIPICKLIST,
            FieldType.STRING);
    FieldDescriptor interests = catalog.field("interests__c").orElseThrow();
    assertThat(interests.label()).isEqualTo("Interests");
    assertThat(interests.custom()).isTrue();
    assertThat(interests.choices())
        .containsExactly(
            PicklistChoice.of("Golf", "Golf"),
            PicklistChoice.of("Sailing", "Sailing"),
            PicklistChoice.of("Wine", "Fine Wine"));
    assertThat(catalog.field("Tier__c").orElseThrow().choices())
        .containsExactly(
            PicklistChoice.of("Gold"), PicklistChoice.of("Silver"), PicklistChoice.of("Bronze"));
    assertThat(catalog.field("Region__c").orElseThrow().choiceLabel("NE")).isEqualTo("North East");
    assertThat(catalog.field("HasOptedOutOfEmail").orElseThrow().label())
        .isEqualTo("Email Opt Out");
    assertThat(catalog.field("Title").orElseThrow().custom()).isFalse();
  }

  @Test
  void readContactsSendsEveryQueryParameterWithOneLiteralCommaInExpand() {
    enqueueClasses();
    merge.enqueue(200, "{\"next\": null, \"results\": []}");

    source.readContacts(
        ContactQuery.builder()
            .modifiedAfter(Instant.parse("2024-04-30T06:00:00.123456789Z"))
            .modifiedBefore(Instant.parse("2024-05-01T10:00:00Z"))
            .createdAfter(Instant.parse("2020-01-01T00:00:00Z"))
            .createdBefore(Instant.parse("2024-01-01T00:00:00Z"))
            .accountId("7c4b2a10-acc1")
            .remoteId("0035e00000AbCdEAAZ")
            .pageSize(25)
            .cursor("cD0yMDI0+LTA0=")
            .build());

    merge.take();
    merge.take();
    RecordedRequest request = merge.take();
    assertThat(request.getRequestLine())
        .isEqualTo(
            "GET /api/crm/v1/contacts"
                + "?expand=account,owner&include_remote_fields=true&include_deleted_data=true"
                + "&page_size=25&cursor=cD0yMDI0%2BLTA0%3D&modified_after=2024-04-30T06%3A00%3A00.123456Z"
                + "&modified_before=2024-05-01T10%3A00%3A00Z&created_after=2020-01-01T00%3A00%3A00Z"
                + "&created_before=2024-01-01T00%3A00%3A00Z&account_id=7c4b2a10-acc1"
                + "&remote_id=0035e00000AbCdEAAZ HTTP/1.1");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockMerge.API_KEY);
    assertThat(request.getHeaders().get("X-Account-Token")).isEqualTo(MockMerge.ACCOUNT_TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getUrl().queryParameterValues("expand")).containsExactly("account,owner");
    assertThat(request.getUrl().queryParameter("modified_after"))
        .isEqualTo("2024-04-30T06:00:00.123456Z");
  }

  @Test
  void readContactsByDefaultAsksForAHundredIncludingDeletedOnes() {
    enqueueClasses();
    merge.enqueue(200, "{\"next\": null, \"results\": []}");

    source.readContacts(ContactQuery.all());

    merge.take();
    merge.take();
    assertThat(merge.take().getRequestLine())
        .isEqualTo(
            "GET /api/crm/v1/contacts"
                + "?expand=account,owner&include_remote_fields=true&include_deleted_data=true"
                + "&page_size=100 HTTP/1.1");
  }

  @Test
  void readContactsLeavesOutDeletedDataWhenTheQueryDoesAndAsksForRemoteDataWhenConfigured() {
    enqueueClasses();
    merge.enqueue(200, "{\"next\": null, \"results\": []}");
    MergeContactSource withData =
        MergeContactSource.builder(merge.client()).includeRemoteData(true).build();

    withData.readContacts(ContactQuery.builder().includeDeleted(false).build());

    merge.take();
    merge.take();
    assertThat(merge.take().getRequestLine())
        .isEqualTo(
            "GET /api/crm/v1/contacts"
                + "?expand=account,owner&include_remote_fields=true&include_remote_data=true"
                + "&page_size=100 HTTP/1.1");
  }

  @Test
  void aRealisticPageYieldsItsReadableContactsAndListsTheUnreadableOnes() {
    enqueueClasses();
    enqueuePage();

    ContactPage page = source.readContacts(ContactQuery.all());

    assertThat(page.contacts())
        .extracting(SourceContact::firstName)
        .containsExactly(
            Optional.of("Ada"), Optional.of("Grace"), Optional.empty(), Optional.of("Ivy"));
    assertThat(page.next()).contains("cD0yMDI0LTA0LTMwKzE4JTNBMDA=");
    assertThat(page.unreadable())
        .extracting(ContactProblem::kind)
        .containsOnly(ContactProblem.Kind.UNREADABLE_RECORD);
    assertThat(page.unreadable())
        .extracting(ContactProblem::message)
        .containsExactly(
            "Merge sent contact 0035e00000DeFgHAAZ in a form that cannot be read:"
                + " first_name does not hold text.",
            "Merge sent contact 0035e00000FgHiJAAZ in a form that cannot be read:"
                + " modified_at is not a timestamp: \"yesterday\".",
            "Merge sent contact (no id) in a form that cannot be read:"
                + " the record is not a JSON object.");
    assertThat(page.unreadable().get(0).mergeId()).contains("d4c3b2a1-0004-4e3b-9d1a-6f1b2c3d4e04");
    assertThat(page.unreadable().get(0).salesforceId()).contains("0035e00000DeFgHAAZ");
  }

  @Test
  void anExpandedContactCarriesItsAccountOwnerContactPointsAndTypedRemoteFields() {
    enqueueClasses();
    enqueuePage();

    SourceContact ada = source.readContacts(ContactQuery.all()).contacts().get(0);

    assertThat(ada.mergeId()).isEqualTo("a1f0c4d2-0001-4e3b-9d1a-6f1b2c3d4e01");
    assertThat(ada.remoteId()).contains("0035e00000AbCdEAAZ");
    assertThat(ada.account().orElseThrow().name()).contains("Analytical Engines Ltd");
    assertThat(ada.account().orElseThrow().remoteId()).contains("0015e00000XyZ12AAB");
    assertThat(ada.owner().orElseThrow().remoteId()).contains("0055e000001AbcDAAS");
    assertThat(ada.owner().orElseThrow().name()).contains("Charles Babbage");
    assertThat(ada.owner().orElseThrow().active()).contains(true);
    assertThat(ada.addresses().get(0).street1()).contains("12 St James's Square");
    assertThat(ada.addresses().get(0).type()).contains("Shipping");
    assertThat(ada.emails().get(0).address()).isEqualTo("ada@example.com");
    assertThat(ada.phones().get(0).type()).contains("Mobile");
    assertThat(ada.modifiedAt()).contains(Instant.parse("2024-04-30T17:12:44.123456Z"));
    assertThat(ada.remoteCreatedAt()).contains(Instant.parse("2019-03-01T12:00:00Z"));
    assertThat(ada.shell()).isFalse();
    assertThat(ada.remoteWasDeleted()).isFalse();
    Map<String, FieldValue> fields = ada.fields();
    assertThat(fields)
        .containsEntry("Birthdate", FieldValue.date(LocalDate.of(1815, 12, 10)))
        .containsEntry("Title", FieldValue.text("Countess of Lovelace"))
        .containsEntry("MailingStreet", FieldValue.text("12 St James's Square\nFlat 2"))
        .containsEntry("Interests__c", FieldValue.multi(List.of("Golf", "Sailing")))
        .containsEntry("VIP__c", FieldValue.bool(true))
        .containsEntry(
            "LastModifiedDate", FieldValue.dateTime(Instant.parse("2024-04-30T17:12:44Z")))
        .containsEntry("HasOptedOutOfEmail", FieldValue.bool(false))
        .containsEntry("Score__c", FieldValue.number(new BigDecimal("97.5")))
        .containsEntry("Anniversary__c", FieldValue.empty())
        .containsEntry("Tier__c", FieldValue.text("Gold"))
        .containsEntry("Nickname__c", FieldValue.empty());
  }

  @Test
  void classIdsStringVariantsAndRemoteDataFallbackAreRead() {
    enqueueClasses();
    enqueuePage();

    SourceContact grace = source.readContacts(ContactQuery.all()).contacts().get(1);

    assertThat(grace.account().orElseThrow().mergeId())
        .isEqualTo("7c4b2a10-acc2-4d5e-8f9a-0b1c2d3e4f52");
    assertThat(grace.account().orElseThrow().name()).isEmpty();
    assertThat(grace.owner().orElseThrow().mergeId())
        .isEqualTo("0f9e8d7c-u002-4b5a-9c8d-7e6f5a4b3c22");
    assertThat(grace.emails()).extracting(e -> e.address()).containsExactly("grace@navy.example");
    assertThat(grace.phones()).isEmpty();
    assertThat(grace.remoteWasDeleted()).isTrue();
    assertThat(grace.createdAt()).contains(Instant.parse("2022-01-01T10:00:00.5Z"));
    assertThat(grace.modifiedAt()).contains(Instant.parse("2024-04-30T18:00:00Z"));
    assertThat(grace.fields())
        .containsEntry("Interests__c", FieldValue.multi(List.of("Wine", "Golf")))
        .containsEntry("VIP__c", FieldValue.bool(true))
        .containsEntry(
            "LastModifiedDate", FieldValue.dateTime(Instant.parse("2024-04-30T18:00:00Z")))
        .containsEntry("Deceased__c", FieldValue.date(LocalDate.of(2024, 1, 5)))
        .containsEntry("Birthdate", FieldValue.date(LocalDate.of(1906, 12, 9)))
        // remote data fills only what remote fields lack, typed by the catalog or standard names
        .containsEntry("Title", FieldValue.text("Rear Admiral"))
        .containsEntry("MailingCity", FieldValue.text("Arlington"))
        .containsEntry("Nickname__c", FieldValue.text("Amazing Grace"))
        .containsEntry("DoNotCall", FieldValue.bool(true))
        .containsEntry("Custom_Count__c", FieldValue.number(new BigDecimal("3")))
        .containsEntry(
            "EmailBouncedDate", FieldValue.dateTime(Instant.parse("2024-02-01T08:30:00Z")))
        .doesNotContainKey("attributes");
  }

  @Test
  void aShellRecordIsMarkedSoItNeverBlanksOutWhatLevitateHolds() {
    enqueueClasses();
    enqueuePage();

    SourceContact shell = source.readContacts(ContactQuery.all()).contacts().get(2);

    assertThat(shell.remoteId()).contains("0035e00000CdEfGAAZ");
    assertThat(shell.shell()).isTrue();
  }

  @Test
  void aShellRecordOnAPageIsReadAgainByIdAndTheFullRecordTakesItsPlace() {
    enqueueClasses();
    String title =
        "\"remote_fields\": [{\"remote_field_class\": {\"remote_key_name\": \"Title\"},"
            + " \"value\": \"Chair\"}]";
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"m7\", \"remote_id\": \"003S\","
            + " \"first_name\": null, \"last_name\": null, \"remote_fields\": []},"
            + " {\"id\": \"m8\", \"remote_id\": \"003T\", \"first_name\": \"Tess\", "
            + title
            + "}]}");
    merge.enqueue(
        200,
        "{\"id\": \"m7\", \"remote_id\": \"003S\", \"first_name\": \"Sam\","
            + " \"last_name\": \"Shell\", "
            + title
            + "}");

    ContactPage page = source.readContacts(ContactQuery.all());

    assertThat(page.contacts())
        .extracting(SourceContact::firstName)
        .containsExactly(Optional.of("Sam"), Optional.of("Tess"));
    assertThat(page.contacts()).noneMatch(SourceContact::shell);
    merge.take();
    merge.take();
    merge.take();
    assertThat(merge.take().getRequestLine())
        .isEqualTo(
            "GET /api/crm/v1/contacts/m7?expand=account,owner&include_remote_fields=true HTTP/1.1");
  }

  @Test
  void aShellWhoseReadAgainAnswerIsGarbledFailsThePageRatherThanStayingAShell() {
    enqueueClasses();
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"m7\", \"remote_id\": \"003S\","
            + " \"first_name\": null, \"last_name\": null, \"remote_fields\": []}]}");
    merge.enqueue(200, "{\"id\": \"m7\", \"remote_id\": \"003S\", \"first_na");

    // kept as a shell, a contact new to Levitate would be skipped and not read again
    assertThatThrownBy(() -> source.readContacts(ContactQuery.all()))
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessage(
            "GET /api/crm/v1/contacts/m7?expand=account,owner&include_remote_fields=true"
                + " answered HTTP 200 with JSON the client cannot read: Unexpected end-of-input in"
                + " field name");
  }

  @Test
  void aShellWhoseFullRecordCannotBeReadIsUnreadableSoTheNextRunReadsItAgain() {
    enqueueClasses();
    String title =
        "\"remote_fields\": [{\"remote_field_class\": {\"remote_key_name\": \"Title\"},"
            + " \"value\": \"Chair\"}]";
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"m7\", \"remote_id\": \"003S\","
            + " \"first_name\": null, \"last_name\": null, \"remote_fields\": []},"
            + " {\"id\": \"m8\", \"remote_id\": \"003T\", \"first_name\": \"Tess\", "
            + title
            + "}]}");
    merge.enqueue(
        200,
        "{\"id\": \"m7\", \"remote_id\": \"003S\", \"first_name\": \"Sam\","
            + " \"remote_fields\": null}");

    ContactPage page = source.readContacts(ContactQuery.all());

    assertThat(page.contacts()).extracting(SourceContact::mergeId).containsExactly("m8");
    assertThat(page.unreadable())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.kind()).isEqualTo(ContactProblem.Kind.UNREADABLE_RECORD);
              assertThat(problem.mergeId()).contains("m7");
              assertThat(problem.message()).contains("without its remote fields");
            });
  }

  @Test
  void aDeletedRecordWithoutDataIsADeletionNotAShell() {
    enqueueClasses();
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"m9\", \"remote_id\":"
            + " \"003Z\", \"first_name\": null, \"last_name\": null, \"remote_fields\": [],"
            + " \"remote_was_deleted\": true}]}");

    SourceContact deleted = source.readContacts(ContactQuery.all()).contacts().get(0);

    assertThat(deleted.remoteWasDeleted()).isTrue();
    assertThat(deleted.shell()).isFalse();
  }

  @Test
  void aLiveContactWithoutItsRemoteFieldsIsUnreadableNotCleared() {
    enqueueClasses();
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"m7\", \"remote_id\":"
            + " \"0035e00000XyZ12AAA\", \"first_name\": \"Ada\", \"last_name\": \"Byron\","
            + " \"remote_fields\": null}, {\"id\": \"m8\", \"remote_id\": \"0035e00000XyZ13AAA\","
            + " \"first_name\": \"Ann\", \"remote_fields\": []}]}");

    ContactPage page = source.readContacts(ContactQuery.all());

    assertThat(page.contacts()).isEmpty();
    assertThat(page.unreadable())
        .hasSize(2)
        .allSatisfy(
            problem -> {
              assertThat(problem.kind()).isEqualTo(ContactProblem.Kind.UNREADABLE_RECORD);
              assertThat(problem.message()).contains("without its remote fields");
            });
  }

  @Test
  void phoneNumbersAndEmailsAreKeptAsMergeSentThemAndBlankOnesDropped() {
    enqueueClasses();
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"m7\", \"remote_id\":"
            + " \"003Y\", \"last_name\": \"Lee\", \"phone_numbers\": [{\"phone_number\":"
            + " \" 4155550100 \", \"phone_number_type\": \"Mobile\"}, {\"phone_number\": \"  \"}],"
            + " \"email_addresses\": [{\"email_address\": \" lee@example.com\","
            + " \"email_address_type\": \"Work\"}, {\"email_address\": null}], \"remote_fields\":"
            + " [{\"remote_field_class\": {\"remote_key_name\": \"Title\"}, \"value\": null}]}]}");

    SourceContact contact = source.readContacts(ContactQuery.all()).contacts().get(0);

    assertThat(contact.phones()).containsExactly(SourcePhone.of(" 4155550100 ", "Mobile"));
    assertThat(contact.emails()).containsExactly(SourceEmail.of(" lee@example.com", "Work"));
  }

  @Test
  void aNullInAContactsAddressesPhonesOrEmailsIsSkippedAndTheRestOfThePageRead() {
    enqueueClasses();
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"m8\", \"remote_id\": \"003Z\","
            + " \"last_name\": \"Okafor\", \"addresses\": [null, {\"city\": \"Lagos\"}],"
            + " \"phone_numbers\": [null], \"email_addresses\": [null, {\"email_address\":"
            + " \"ngozi@example.com\"}], \"remote_fields\": [{\"remote_field_class\":"
            + " {\"remote_key_name\": \"Title\"}, \"value\": null}]}, {\"id\": \"m9\","
            + " \"remote_id\": \"003W\", \"addresses\": [null], \"remote_fields\": []}]}");
    // m9 holds ids and a list of nulls only: a shell, which the source reads again by id.
    merge.enqueue(
        200,
        "{\"id\": \"m9\", \"remote_id\": \"003W\", \"last_name\": \"Ward\","
            + " \"remote_fields\": [{\"remote_field_class\": {\"remote_key_name\": \"Title\"},"
            + " \"value\": null}]}");

    ContactPage page = source.readContacts(ContactQuery.all());

    assertThat(page.unreadable()).isEmpty();
    assertThat(page.contacts()).hasSize(2);
    SourceContact okafor = page.contacts().get(0);
    assertThat(okafor.addresses())
        .singleElement()
        .satisfies(a -> assertThat(a.city()).contains("Lagos"));
    assertThat(okafor.phones()).isEmpty();
    assertThat(okafor.emails())
        .containsExactly(SourceEmail.of("ngozi@example.com", Optional.empty()));
    assertThat(page.contacts().get(1).lastName()).contains("Ward");
  }

  @Test
  void anUnreadableRecordWithANullIdHasNoIdRatherThanTheTextNull() {
    enqueueClasses();
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": null, \"remote_id\": null,"
            + " \"first_name\": \"Ada\"}]}");

    ContactPage page = source.readContacts(ContactQuery.all());

    assertThat(page.unreadable())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.mergeId()).isEmpty();
              assertThat(problem.salesforceId()).isEmpty();
            });
  }

  @Test
  void valuesThatDoNotFitTheirFieldBecomeInvalidValuesNotFailures() {
    enqueueClasses();
    enqueuePage();

    SourceContact ivy = source.readContacts(ContactQuery.all()).contacts().get(3);

    assertThat(ivy.fields())
        .containsEntry(
            "Birthdate", FieldValue.invalid("2023-02-30", "expected a date as YYYY-MM-DD"))
        .containsEntry("VIP__c", FieldValue.invalid("yes", "expected true or false"))
        .containsEntry("Score__c", FieldValue.invalid("n/a", "expected a number"))
        .containsEntry(
            "LastModifiedDate",
            FieldValue.invalid("last week", "expected a date and time with an offset"));
  }

  @Test
  void describeRefinementLetsSalesforceTypesLabelsFormulasLengthsAndPicklistValuesWin() {
    enqueueClasses();
    merge.enqueueFixture("describe.json");
    MergeContactSource described =
        MergeContactSource.builder(merge.client()).salesforceDescribe(true).build();

    FieldCatalog catalog = described.fieldCatalog();

    merge.take();
    merge.take();
    RecordedRequest passthrough = merge.take();
    assertThat(passthrough.getRequestLine()).isEqualTo("POST /api/crm/v1/passthrough HTTP/1.1");
    assertThat(passthrough.getBody().utf8())
        .isEqualTo(
            "{\"method\":\"GET\","
                + "\"path\":\"/services/data/v60.0/sobjects/Contact/describe\",\"request_format\":\"JSON\"}");
    assertThat(passthrough.getHeaders().get("Idempotency-Key"))
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    FieldDescriptor tier = catalog.field("Tier__c").orElseThrow();
    assertThat(tier.type()).isEqualTo(FieldType.PICKLIST);
    assertThat(tier.choiceLabel("Gold")).isEqualTo("Gold Member");
    assertThat(tier.choices())
        .extracting(PicklistChoice::active)
        .containsExactly(true, true, false);
    FieldDescriptor score = catalog.field("Score__c").orElseThrow();
    assertThat(score.formula()).isTrue();
    assertThat(score.type()).isEqualTo(FieldType.NUMBER);
    assertThat(catalog.field("Nickname__c").orElseThrow().label()).isEqualTo("Preferred Name");
    assertThat(catalog.field("Title").orElseThrow().length()).hasValue(128);
    assertThat(catalog.field("Birthdate").orElseThrow().length()).isEmpty();
    assertThat(catalog.field("DoNotCall").orElseThrow().type()).isEqualTo(FieldType.CHECKBOX);
    assertThat(catalog.field("Years_Client__c").orElseThrow().formula()).isTrue();
    assertThat(catalog.fields().get(catalog.fields().size() - 1).apiName())
        .isEqualTo("Years_Client__c");
  }

  @Test
  void aFailedDescribeStopsTheReadInsteadOfChangingTheCatalog() {
    enqueueClasses();
    merge.enqueue(
        200,
        "{\"method\": \"GET\", \"status\": 403, \"response\": "
            + "[{\"errorCode\": \"API_DISABLED_FOR_ORG\"}], \"response_type\": \"JSON\"}");
    MergeContactSource described =
        MergeContactSource.builder(merge.client()).salesforceDescribe(true).build();

    assertThatThrownBy(described::fieldCatalog)
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessageContaining(
            "Salesforce describe of Contact answered HTTP 403; field types would"
                + " fall back to Merge's classes");
  }

  @Test
  void salesforceApiVersionMustLookLikeOne() {
    assertThatThrownBy(() -> MergeContactSource.builder(merge.client()).salesforceApiVersion("60"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("salesforceApiVersion must look like v60.0, was \"60\"");
  }

  @Test
  void contactsPageLazilyFromTheQueryCursorToTheLastPage() {
    enqueueClasses();
    String fields =
        ", \"remote_fields\": [{\"remote_field_class\": {\"remote_key_name\": \"Title\"},"
            + " \"value\": \"CFO\"}]";
    merge.enqueue(
        200,
        "{\"next\": \"c2\", \"results\": [{\"id\": \"m1\", \"remote_id\": \"003A\","
            + " \"first_name\": \"One\""
            + fields
            + "}]}");
    merge.enqueue(
        200,
        "{\"next\": null, \"results\": [{\"id\": \"m2\", \"first_name\": \"Two\"" + fields + "}]}");

    MergePages<SourceContact> pages = source.contacts(ContactQuery.builder().cursor("c1").build());
    assertThat(merge.server.getRequestCount()).isZero();
    List<SourceContact> all = pages.toList();

    assertThat(all).extracting(SourceContact::mergeId).containsExactly("m1", "m2");
    merge.take();
    merge.take();
    assertThat(merge.take().getUrl().queryParameter("cursor")).isEqualTo("c1");
    assertThat(merge.take().getUrl().queryParameter("cursor")).isEqualTo("c2");
  }

  @Test
  void aCursorThatRepeatsStopsPagingWithAClearError() {
    enqueueClasses();
    merge.enqueue(200, "{\"next\": \"c2\", \"results\": [{\"id\": \"m1\"}]}");
    merge.enqueue(200, "{\"next\": \"c2\", \"results\": [{\"id\": \"m2\"}]}");

    assertThatThrownBy(() -> source.contacts(ContactQuery.all()).toList())
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessage(
            "GET contacts: page 2 names a next cursor Merge already gave;"
                + " paging stopped instead of looping for ever");
  }

  @Test
  void aCursorMergeNoLongerAcceptsIsRejectedAsSuch() {
    enqueueClasses();
    merge.enqueue(404, "{\"detail\": \"Invalid cursor.\"}");
    merge.enqueue(
        400,
        "{\"errors\": [{\"title\": \"Bad cursor\","
            + " \"detail\": \"The cursor has expired.\"}]}");
    ContactQuery stored =
        ContactQuery.builder()
            .modifiedBefore(Instant.parse("2024-05-01T00:00:00Z"))
            .cursor("cD0yMDI0LTA1")
            .build();

    assertThatThrownBy(() -> source.readContacts(stored))
        .isInstanceOf(CursorRejectedException.class)
        .hasMessage(
            "GET contacts: Merge no longer accepts the page's cursor (HTTP 404); the list is"
                + " read again from its start.")
        .hasCauseInstanceOf(MergeNotFoundException.class);
    assertThatThrownBy(() -> source.readContacts(stored))
        .isInstanceOf(CursorRejectedException.class)
        .hasMessageContaining("(HTTP 400)")
        .hasMessageNotContaining("cD0yMDI0LTA1");
  }

  @Test
  void otherRefusalsOfAContactListStayWhatTheyAre() {
    enqueueClasses();
    merge.enqueue(404, "{\"detail\": \"Not found.\"}");
    merge.enqueue(400, "{\"detail\": \"created_after is not a date.\"}");

    assertThatThrownBy(() -> source.readContacts(ContactQuery.all()))
        .isInstanceOf(MergeNotFoundException.class);
    assertThatThrownBy(() -> source.readContacts(ContactQuery.builder().cursor("c2").build()))
        .isInstanceOf(MergeRequestException.class);
  }

  @Test
  void anEmptyPageWithANextCursorStopsPagingWithAClearError() {
    enqueueClasses();
    merge.enqueue(200, "{\"next\": \"c9\", \"results\": []}");

    assertThatThrownBy(() -> source.readContacts(ContactQuery.all()))
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessage(
            "GET contacts: a page came back empty but names a next page;"
                + " paging stopped instead of looping for ever");
  }

  @Test
  void aPageThatHandsBackItsOwnCursorStopsWithAClearError() {
    enqueueClasses();
    merge.enqueue(200, "{\"next\": \"same\", \"results\": [{\"id\": \"m1\"}]}");

    assertThatThrownBy(() -> source.readContacts(ContactQuery.builder().cursor("same").build()))
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessageContaining("Merge gave back the cursor it was asked for");
  }

  @Test
  void oneContactIsReadByItsMergeIdWithTheSameExpansions() {
    enqueueClasses();
    merge.enqueueFixture("contact-ada.json");
    merge.enqueue(404, "{\"detail\": \"Not found.\"}");

    SourceContact contact = source.contact("a1f0c4d2-0001-4e3b-9d1a-6f1b2c3d4e01").orElseThrow();

    assertThat(source.contact("gone")).isEmpty();
    merge.take();
    merge.take();
    assertThat(merge.take().getRequestLine())
        .isEqualTo(
            "GET /api/crm/v1/contacts/"
                + "a1f0c4d2-0001-4e3b-9d1a-6f1b2c3d4e01?expand=account,owner&include_remote_fields=true"
                + " HTTP/1.1");
    assertThat(contact.fields()).containsEntry("VIP__c", FieldValue.bool(true));
    assertThat(contact.account().orElseThrow().name()).contains("Analytical Engines Ltd");
  }

  @Test
  void aQueryByMergeIdReadsThatContactAloneAndListsItWhenUnreadable() {
    enqueueClasses();
    merge.enqueueFixture("contact-ada.json");
    merge.enqueue(404, "{\"detail\": \"Not found.\"}");
    merge.enqueue(
        200,
        "{\"id\": \"m-9\", \"remote_id\": \"0035e00000Abc09AAA\","
            + " \"first_name\": {\"nested\": true}}");

    ContactPage ada =
        source.readContacts(
            ContactQuery.builder()
                .mergeId("a1f0c4d2-0001-4e3b-9d1a-6f1b2c3d4e01")
                .pageSize(1)
                .build());
    ContactPage gone = source.readContacts(ContactQuery.builder().mergeId("gone").build());
    ContactPage broken = source.readContacts(ContactQuery.builder().mergeId("m-9").build());

    merge.take();
    merge.take();
    assertThat(merge.take().getRequestLine())
        .isEqualTo(
            "GET /api/crm/v1/contacts/"
                + "a1f0c4d2-0001-4e3b-9d1a-6f1b2c3d4e01?expand=account,owner&include_remote_fields=true"
                + " HTTP/1.1");
    assertThat(ada.contacts())
        .singleElement()
        .satisfies(c -> assertThat(c.mergeId()).isEqualTo("a1f0c4d2-0001-4e3b-9d1a-6f1b2c3d4e01"));
    assertThat(ada.next()).isEmpty();
    assertThat(gone.contacts()).isEmpty();
    assertThat(gone.unreadable()).isEmpty();
    assertThat(broken.contacts()).isEmpty();
    assertThat(broken.unreadable())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(ContactProblem.Kind.UNREADABLE_RECORD);
              assertThat(p.mergeId()).hasValue("m-9");
              assertThat(p.salesforceId()).hasValue("0035e00000Abc09AAA");
            });
  }

  @Test
  void syncStatusAccountsAndUsersComeFromTheirEndpoints() {
    merge.enqueueFixture("sync-status.json");
    merge.enqueueFixture("accounts.json");
    merge.enqueueFixture("users.json");
    Instant after = Instant.parse("2024-04-30T06:00:00Z");

    assertThat(source.contactSyncStatus().orElseThrow().lastSyncFinished())
        .contains(Instant.parse("2024-04-30T06:20:00.123456Z"));
    assertThat(source.accountsModifiedAfter(after))
        .extracting(a -> a.name())
        .containsExactly(Optional.of("Analytical Engines plc"), Optional.empty());
    assertThat(source.usersModifiedAfter(after)).hasSize(6);

    assertThat(merge.take().getRequestLine())
        .isEqualTo("GET /api/crm/v1/sync-status?page_size=100 HTTP/1.1");
    assertThat(merge.take().getRequestLine())
        .isEqualTo(
            "GET /api/crm/v1/accounts?page_size=100&modified_after=2024-04-30T06%3A00%3A00Z"
                + "&include_remote_fields=true&include_deleted_data=true HTTP/1.1");
    assertThat(merge.take().getRequestLine())
        .isEqualTo(
            "GET /api/crm/v1/users?page_size=100&modified_after=2024-04-30T06%3A00%3A00Z HTTP/1.1");
  }

  @Test
  void aPageOfAccountsIsReadInItsWindowWithEachAccountsCreatedAt() {
    merge.enqueue(
        200,
        "{\"next\": \"c2\", \"previous\": null, \"results\": ["
            + "{\"id\": \"acc-1\", \"name\": \"The Lee Household\","
            + " \"created_at\": \"2021-03-04T05:06:07.123456Z\", \"remote_fields\": []},"
            + "{\"id\": \"acc-2\", \"name\": \"Lee Trust\","
            + " \"created_at\": \"last Tuesday\"},"
            + "{\"id\": \"acc-3\", \"name\": \"Lee LLC\","
            + " \"created_at\": {\"at\": \"2021-03-04\"}}]}");
    AccountQuery query =
        AccountQuery.builder()
            .createdAfter(Instant.parse("2021-01-01T00:00:00.000001Z"))
            .createdBefore(Instant.parse("2022-01-01T00:00:00Z"))
            .cursor("c1")
            .build();

    AccountPage page = source.readAccounts(query).orElseThrow();

    assertThat(page.next()).hasValue("c2");
    assertThat(page.accounts())
        .extracting(SourceAccount::mergeId, SourceAccount::createdAt, SourceAccount::fieldsRead)
        .containsExactly(
            tuple("acc-1", Optional.of(Instant.parse("2021-03-04T05:06:07.123456Z")), true),
            tuple("acc-2", Optional.empty(), false),
            tuple("acc-3", Optional.empty(), false));
    assertThat(merge.take().getRequestLine())
        .isEqualTo(
            "GET /api/crm/v1/accounts?page_size=100&cursor=c1"
                + "&created_after=2021-01-01T00%3A00%3A00.000001Z"
                + "&created_before=2022-01-01T00%3A00%3A00Z"
                + "&include_remote_fields=true&include_deleted_data=true HTTP/1.1");
  }

  @Test
  void aPageOfAccountsThatWouldNeverEndIsRefused() {
    merge.enqueue(200, "{\"next\": \"c1\", \"results\": [{\"id\": \"acc-1\"}]}");
    merge.enqueue(200, "{\"next\": \"c9\", \"results\": []}");

    AccountQuery again = AccountQuery.builder().cursor("c1").build();
    assertThatThrownBy(() -> source.readAccounts(again))
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessageContaining("GET accounts: Merge gave back the cursor it was asked for");
    assertThatThrownBy(() -> source.readAccounts(AccountQuery.all()))
        .isInstanceOf(MergeInvalidResponseException.class)
        .hasMessageContaining("GET accounts: a page came back empty but names a next page");
  }

  @Test
  void requestCountCountsEveryAttemptOfThisSourceRetriesIncluded() {
    enqueueClasses();
    merge.enqueue(503, "{}");
    merge.enqueue(200, "{\"next\": null, \"results\": []}");
    MergeCrmClient client = merge.client();
    MergeContactSource counted = MergeContactSource.create(client);
    MergeContactSource other = MergeContactSource.create(client);

    counted.readContacts(ContactQuery.all());

    assertThat(counted.requestCount()).isEqualTo(4);
    assertThat(other.requestCount()).isZero();
    assertThat(client.requestCount()).isEqualTo(4);
  }

  private static List<FieldType> types(FieldCatalog catalog) {
    return catalog.fields().stream().map(FieldDescriptor::type).toList();
  }
}
