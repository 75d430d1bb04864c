package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class SalesforceDataGeneratorTest {
  private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");
  private final ManualClock clock = ManualClock.at(NOW);

  private List<SourceContact> contacts(MergeDataSet data) {
    List<SourceContact> out = new ArrayList<>();
    for (int i = 0; i < data.contactCount(); i++) {
      out.add(data.contact(data.contactId(i)).orElseThrow());
    }
    return out;
  }

  @Test
  void makesTheSameDataSetByteForByteFromTheSameSeed() throws IOException {
    SalesforceDataGenerator generator =
        SalesforceDataGenerator.builder().seed(77).contacts(300).clock(clock).build();

    assertThat(fixtureBytes(generator.generate())).isEqualTo(fixtureBytes(generator.generate()));
    assertThat(
            fixtureBytes(
                SalesforceDataGenerator.builder()
                    .seed(78)
                    .contacts(300)
                    .clock(clock)
                    .build()
                    .generate()))
        .isNotEqualTo(fixtureBytes(generator.generate()));
  }

  @Test
  void describesFortyFiveContactFieldsOfEveryKindTheSyncReads() {
    MergeDataSet data =
        SalesforceDataGenerator.builder().contacts(1).clock(clock).build().generate();

    List<FieldDescriptor> fields = data.contactFields();
    Set<FieldType> types = fields.stream().map(FieldDescriptor::type).collect(Collectors.toSet());
    Set<String> names = fields.stream().map(FieldDescriptor::apiName).collect(Collectors.toSet());

    assertThat(fields).hasSize(45);
    assertThat(types)
        .contains(
            FieldType.STRING,
            FieldType.TEXTAREA,
            FieldType.PICKLIST,
            FieldType.MULTIPICKLIST,
            FieldType.CHECKBOX,
            FieldType.DATE,
            FieldType.DATETIME,
            FieldType.EMAIL,
            FieldType.PHONE,
            FieldType.NUMBER,
            FieldType.REFERENCE);
    assertThat(names)
        .contains(
            "Nickname__c",
            "Deceased__c",
            "Anniversary__c",
            "Interests__c",
            "VIP__c",
            "Review_Date__c",
            "Title",
            "Birthdate",
            "HasOptedOutOfEmail",
            "MailingStreet",
            "Phone",
            "MobilePhone",
            "HomePhone",
            "OtherPhone",
            "AssistantPhone",
            "Fax",
            "Email",
            "IsPersonAccount");
  }

  @Test
  void generatesTheAwkwardValuesRealOrgsHold() {
    List<SourceContact> contacts =
        contacts(
            SalesforceDataGenerator.builder()
                .seed(5)
                .contacts(5_000)
                .clock(clock)
                .build()
                .generate());

    assertThat(
            count(
                contacts,
                c -> c.field("Nickname__c").filter(v -> !v.display().isBlank()).isPresent()))
        .isGreaterThan(100);
    assertThat(count(contacts, c -> c.lastName().orElse("").contains("'"))).isGreaterThan(10);
    assertThat(count(contacts, c -> !c.firstName().orElse("").chars().allMatch(ch -> ch < 128)))
        .isGreaterThan(10);
    assertThat(count(contacts, c -> c.lastName().orElse("").length() >= 60)).isGreaterThan(5);
    assertThat(count(contacts, c -> c.addresses().stream().anyMatch(a -> a.street2().isPresent())))
        .isGreaterThan(100);
    assertThat(count(contacts, c -> c.phones().size() >= 3)).isGreaterThan(100);
    assertThat(
            count(
                contacts,
                c ->
                    c.field("Birthdate").orElseThrow() instanceof FieldValue.Date d
                        && d.value().getMonthValue() == 2
                        && d.value().getDayOfMonth() == 29))
        .isGreaterThan(10);
    assertThat(
            count(
                contacts, c -> c.field("Anniversary__c").orElseThrow() instanceof FieldValue.Date))
        .isGreaterThan(500);
    assertThat(
            count(
                contacts,
                c ->
                    c.field("Interests__c").orElseThrow() instanceof FieldValue.Multi m
                        && m.values().size() > 1))
        .isGreaterThan(100);
    assertThat(
            count(
                contacts, c -> c.field("Deceased__c").orElseThrow().equals(FieldValue.bool(true))))
        .isPositive();
    assertThat(
            count(
                contacts,
                c -> c.field("HasOptedOutOfEmail").orElseThrow().equals(FieldValue.bool(true))))
        .isGreaterThan(100);
    assertThat(
            count(
                contacts, c -> c.field("Client_Tier__c").orElseThrow().display().equals("Legacy")))
        .isPositive();
    assertThat(count(contacts, c -> c.owner().isPresent())).isEqualTo(5_000);
    assertThat(count(contacts, c -> c.account().isEmpty())).isBetween(50L, 400L);
  }

  @Test
  void makesAnAdvisorsOrgOfPersonAccountsHouseholdsAndBusinesses() {
    MergeDataSet data =
        SalesforceDataGenerator.builder().seed(12).contacts(2_000).clock(clock).build().generate();
    Map<String, SourceAccount> accounts = new HashMap<>();
    data.accounts().forEach(a -> accounts.put(a.mergeId(), a));
    Map<String, List<SourceContact>> members =
        contacts(data).stream()
            .filter(c -> c.account().isPresent())
            .collect(Collectors.groupingBy(c -> c.account().orElseThrow().mergeId()));

    List<SourceAccount> persons =
        accounts.values().stream()
            .filter(a -> a.fields().get("IsPersonAccount").equals(FieldValue.bool(true)))
            .toList();
    List<SourceAccount> households =
        accounts.values().stream().filter(a -> a.typeIn(List.of("Household"))).toList();
    assertThat(persons)
        .hasSizeGreaterThan(10)
        .allSatisfy(
            a -> {
              SourceContact person = members.get(a.mergeId()).get(0);
              assertThat(members.get(a.mergeId())).hasSize(1);
              assertThat(person.field("IsPersonAccount")).hasValue(FieldValue.bool(true));
              assertThat(a.name())
                  .hasValue(
                      person.firstName().orElseThrow() + " " + person.lastName().orElseThrow());
            });
    assertThat(households)
        .hasSizeGreaterThan(10)
        .allSatisfy(a -> assertThat(a.name().orElseThrow()).matches("The .+ Household"));
    assertThat(households).anySatisfy(a -> assertThat(a.type()).hasValue("household"));
    assertThat(households)
        .filteredOn(a -> members.getOrDefault(a.mergeId(), List.of()).size() > 1)
        .isNotEmpty();
    assertThat(accounts.values())
        .anySatisfy(a -> assertThat(a.type()).hasValue("Prospect"))
        .anySatisfy(a -> assertThat(a.type()).isEmpty());
    assertThat(
            count(
                contacts(data),
                c -> c.field("IsPersonAccount").orElseThrow().equals(FieldValue.bool(true))))
        .isEqualTo(persons.size());
  }

  @Test
  void stampsEveryRecordWithinTheHistoryBeforeTheClockWithCreationRisingInListOrder() {
    MergeDataSet data =
        SalesforceDataGenerator.builder()
            .seed(8)
            .contacts(2_000)
            .history(Duration.ofDays(30))
            .clock(clock)
            .build()
            .generate();

    List<SourceContact> contacts = contacts(data);
    for (int i = 0; i < contacts.size(); i++) {
      SourceContact contact = contacts.get(i);
      Instant created = contact.createdAt().orElseThrow();
      assertThat(created).isAfterOrEqualTo(NOW.minus(Duration.ofDays(30)));
      assertThat(contact.modifiedAt().orElseThrow()).isBetween(created, NOW);
      if (i > 0) {
        assertThat(created).isAfter(contacts.get(i - 1).createdAt().orElseThrow());
      }
    }
  }

  @Test
  void servesAMillionLazyContactsWithoutHoldingThem() throws IOException {
    MergeDataSet data =
        SalesforceDataGenerator.builder()
            .seed(99)
            .contacts(1_000_000)
            .clock(clock)
            .build()
            .generate();
    String last = data.contactId(999_999);
    clock.advance(Duration.ofHours(2));
    Instant mark = clock.instant();
    clock.advance(Duration.ofSeconds(1));
    Set<String> changed = new HashSet<>();
    for (int i : new int[] {5, 250_000, 999_999}) {
      data.editContact(data.contactId(i), c -> c.set("Review_Date__c", LocalDate.of(2026, 3, 1)));
      changed.add(data.contactId(i));
    }

    try (FakeMergeServer server = FakeMergeServer.builder().clock(clock).start()) {
      server.addLinkedAccount("token", data);
      TestHttp http = new TestHttp(server, "token");
      List<String> ids =
          FakeMergeServerPagingTest.readAll(http, "contacts?page_size=2&modified_after=" + mark);

      assertThat(ids).containsExactlyInAnyOrderElementsOf(changed);
      assertThat(http.get("contacts/" + last).json().path("id").asText()).isEqualTo(last);
    }
    assertThat(data.contactCount()).isEqualTo(1_000_000);
    assertThat(data.data().contacts().storedCount()).isEqualTo(3);
  }

  @Test
  void rejectsCountsOutOfRangeNamingTheField() {
    assertThatThrownBy(() -> SalesforceDataGenerator.builder().contacts(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contacts must be between 0 and 100000000, was -1");
    assertThatThrownBy(() -> SalesforceDataGenerator.builder().history(Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("history must be between 1 day and 100 years, was PT1H");
  }

  private static long count(List<SourceContact> contacts, Predicate<SourceContact> test) {
    return contacts.stream().filter(test).count();
  }

  private static byte[] fixtureBytes(MergeDataSet data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MergeFixture.save(data, out);
    return out.toByteArray();
  }
}
