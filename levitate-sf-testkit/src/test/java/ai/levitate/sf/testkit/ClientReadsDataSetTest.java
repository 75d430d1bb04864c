package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.PicklistChoice;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourcePhone;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergePage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the client reads from the fake is what the data set holds: every generated contact, the
 * awkward ones included, read through {@link MergeContactSource} equals {@link
 * MergeDataSet#contact(String)}, whether remote fields embed their class or name it by id.
 */
final class ClientReadsDataSetTest {
  /** The awkward kinds of contact the generator makes; the read must meet every one. */
  private static final Map<String, Predicate<SourceContact>> AWKWARD = new LinkedHashMap<>();

  static {
    AWKWARD.put(
        "nickname padded with spaces",
        c -> text(c, "Nickname__c").filter(n -> !n.equals(n.strip())).isPresent());
    AWKWARD.put(
        "accented name",
        c ->
            (c.firstName().orElse("") + c.lastName().orElse("")).chars().anyMatch(ch -> ch > 0x7f));
    AWKWARD.put("apostrophe in the name", c -> c.lastName().orElse("").contains("'"));
    AWKWARD.put("last name of 60 characters or more", c -> c.lastName().orElse("").length() >= 60);
    AWKWARD.put(
        "two-line mailing street",
        c -> c.addresses().stream().anyMatch(a -> a.street2().isPresent()));
    AWKWARD.put(
        "birthday on 29 February",
        c ->
            c.field("Birthdate")
                .filter(
                    v ->
                        v instanceof FieldValue.Date d
                            && d.value().getMonthValue() == 2
                            && d.value().getDayOfMonth() == 29)
                .isPresent());
    AWKWARD.put(
        "several values in a multipicklist",
        c ->
            c.field("Interests__c")
                .filter(v -> v instanceof FieldValue.Multi m && m.values().size() > 1)
                .isPresent());
    AWKWARD.put(
        "deceased checkbox",
        c -> c.field("Deceased__c").filter(v -> v.equals(FieldValue.bool(true))).isPresent());
    AWKWARD.put(
        "deceased date and time",
        c -> c.field("DeceasedDate").filter(v -> v instanceof FieldValue.DateTime).isPresent());
    AWKWARD.put(
        "opted out of email",
        c ->
            c.field("HasOptedOutOfEmail").filter(v -> v.equals(FieldValue.bool(true))).isPresent());
    AWKWARD.put(
        "retired picklist value",
        c -> text(c, "Client_Tier__c").filter("Legacy"::equals).isPresent());
    AWKWARD.put(
        "decimal number",
        c -> c.field("Net_Worth__c").filter(v -> v instanceof FieldValue.Number).isPresent());
    AWKWARD.put(
        "the same phone number twice",
        c -> {
          Set<String> digits = new HashSet<>();
          return !c.phones().stream()
              .map(SourcePhone::number)
              .allMatch(n -> digits.add(n.replaceAll("[^0-9]", "")));
        });
    AWKWARD.put("four phone numbers or more", c -> c.phones().size() >= 4);
    AWKWARD.put("no account", c -> c.account().isEmpty());
    AWKWARD.put("deleted in Salesforce", SourceContact::remoteWasDeleted);
    AWKWARD.put("no email", c -> c.emails().isEmpty());
  }

  @ParameterizedTest(name = "remote field classes as ids: {0}")
  @ValueSource(booleans = {false, true})
  void readsEveryContactAsTheDataSetHoldsIt(boolean classesAsIds) {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
    MergeDataSet data =
        SalesforceDataGenerator.builder().seed(3).contacts(600).clock(clock).build().generate();
    data.deleteContact(data.contactId(11));
    data.addContact(
        c ->
            c.set("FirstName", "Zoë 🦊")
                .set("LastName", "D'Arcy-Ó Súilleabháin")
                .set("Nickname__c", " Z ")
                .set("Birthdate", LocalDate.of(2000, 2, 29))
                .set("MailingStreet", "1 Quay St\nFloor 3\nRear entrance")
                .set("Phone", "+353 1 555 0100")
                .set("MobilePhone", "  +35315550100  ")
                .set("Interests__c", List.of("Art & Design", "Wine"))
                .set("Client_Tier__c", "Legacy")
                .account(null)
                .owner(data.users().get(0).mergeId()));
    try (FakeMergeServer server =
        FakeMergeServer.builder().clock(clock).remoteFieldClassesAsIds(classesAsIds).start()) {
      server.addLinkedAccount("token", data);
      MergeContactSource source =
          MergeContactSource.create(new RecordingClient(server, "token", clock).client);

      List<SourceContact> read = new ArrayList<>();
      for (MergePage<SourceContact> page : source.contacts(ContactQuery.all())) {
        assertThat(page.unreadable()).isEmpty();
        read.addAll(page.items());
      }

      assertThat(read).hasSize(data.contactCount());
      List<SourceContact> differing =
          read.stream().filter(c -> !c.equals(data.contact(c.mergeId()).orElseThrow())).toList();
      assertThat(differing)
          .withFailMessage(
              () ->
                  differing.size()
                      + " contacts were read"
                      + " otherwise than the data set holds them; the first:\n  read     "
                      + differing.get(0)
                      + "\n  expected "
                      + data.contact(differing.get(0).mergeId()).orElseThrow())
          .isEmpty();
      Set<String> missing =
          AWKWARD.entrySet().stream()
              .filter(kind -> read.stream().noneMatch(kind.getValue()))
              .map(Map.Entry::getKey)
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(missing).as("awkward kinds the read never met").isEmpty();
    }
  }

  @ParameterizedTest(name = "remote field classes as ids: {0}")
  @ValueSource(booleans = {false, true})
  void readsTheCatalogAsTheDataSetDescribesItBarTheRetiredFlag(boolean classesAsIds) {
    ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
    MergeDataSet data =
        SalesforceDataGenerator.builder().seed(3).contacts(10).clock(clock).build().generate();
    try (FakeMergeServer server =
        FakeMergeServer.builder().clock(clock).remoteFieldClassesAsIds(classesAsIds).start()) {
      server.addLinkedAccount("token", data);

      List<FieldDescriptor> read =
          MergeContactSource.create(new RecordingClient(server, "token", clock).client)
              .fieldCatalog()
              .fields();

      // Merge's field choices carry no "active" flag: a retired value reads as active.
      List<FieldDescriptor> expected =
          data.contactFields().stream()
              .map(
                  f ->
                      FieldDescriptor.builder()
                          .from(f)
                          .choices(
                              f.choices().stream()
                                  .map(choice -> PicklistChoice.of(choice.value(), choice.label()))
                                  .toList())
                          .build())
              .toList();
      assertThat(read).isEqualTo(expected);
    }
  }

  private static Optional<String> text(SourceContact contact, String field) {
    return contact.field(field).filter(v -> v instanceof FieldValue.Text).map(FieldValue::display);
  }
}
