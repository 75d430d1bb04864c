package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactField;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.SyncReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Person accounts, households and deleted accounts synced by the engine through the client from the
 * fake Merge, first in full, then incrementally.
 */
final class AdvisorAccountsSyncTest {
  private final FakeOrg org = new FakeOrg(0, 21);
  private String household;
  private String business;
  private String smith1;
  private String smith2;
  private String ada;
  private String client;

  @BeforeEach
  void org() {
    org.settings = SyncSettings.builder().from(org.settings).householdTag(true).build();
    String owner = org.data.users().get(0).mergeId();
    household = org.data.addAccount("The Smith Household");
    org.data.editAccount(household, Map.of("Type", "Household"));
    business = org.data.addAccount("Harbour Wealth LLC");
    org.data.editAccount(business, Map.of("Type", "Customer - Direct"));
    String person = org.data.addAccount("Ada Lovelace");
    org.data.editAccount(person, Map.of("IsPersonAccount", true));
    smith1 =
        org.data.addContact(
            c -> c.set("FirstName", "Jo").set("LastName", "Smith").account(household).owner(owner));
    smith2 =
        org.data.addContact(
            c ->
                c.set("FirstName", "Sam").set("LastName", "Smith").account(household).owner(owner));
    ada =
        org.data.addContact(
            c ->
                c.set("FirstName", "Ada")
                    .set("LastName", "Lovelace")
                    .set("IsPersonAccount", true)
                    .account(person)
                    .owner(owner));
    client =
        org.data.addContact(
            c ->
                c.set("FirstName", "Grace")
                    .set("LastName", "Hopper")
                    .set("Title", "Partner")
                    .account(business)
                    .owner(owner));
  }

  @AfterEach
  void close() {
    org.close();
  }

  private LevitateContact synced(String mergeId) {
    return org.store.contact(org.salesforceId(mergeId)).orElseThrow().contact().orElseThrow();
  }

  private SyncReport firstImport() {
    org.at(60);
    SyncReport report = org.run();
    assertThat(report.kind()).isEqualTo(RunKind.INITIAL);
    return report;
  }

  @Test
  void theFirstImportGivesHouseholdsAndPersonAccountsNoCompanyAndTagsHouseholdMembers() {
    firstImport();

    assertThat(synced(smith1).companyName()).isEmpty();
    assertThat(synced(smith1).tagNames()).contains("Household: The Smith Household");
    assertThat(synced(smith2).tagNames()).contains("Household: The Smith Household");
    assertThat(synced(ada).companyName()).isEmpty();
    assertThat(synced(ada).tagNames()).doesNotContain("Household: Ada Lovelace");
    assertThat(synced(client).companyName()).contains("Harbour Wealth LLC");
    assertThat(org.server.requestCount("GET", "/accounts"))
        .as("every account, read once")
        .isEqualTo(1);
    assertThat(org.server.requestCount("GET", "/accounts/{id}")).isZero();
    assertThat(org.store.state(org.salesforceId(smith1)).orElseThrow().accountType())
        .hasValue("Household");
  }

  @Test
  void anIncrementalRunKeepsAHouseholdItDoesNotReadAgain() {
    firstImport();
    int before = org.store.changes().size();
    org.at(90);
    org.data.editContact(smith1, c -> c.set("Title", "Retired"));
    org.at(120);

    SyncReport report = org.run();

    assertThat(report.kind()).isEqualTo(RunKind.INCREMENTAL);
    assertThat(org.changesSince(before))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type()).isEqualTo(ChangeType.UPDATE);
              assertThat(c.changedFields()).containsExactly(ContactField.JOB_TITLE);
            });
    assertThat(synced(smith1).companyName()).isEmpty();
    assertThat(org.server.requestCount("GET", "/accounts/{id}")).isZero();
  }

  @Test
  void aRetypedAccountReReadsItsContactsAndARenamedHouseholdRetagsItsMembers() {
    firstImport();
    int before = org.store.changes().size();
    org.at(90);
    org.data.editAccount(business, Map.of("Type", "Household"));
    org.data.renameAccount(household, "The Smith-Jones Household");
    org.at(120);

    org.run();

    List<ContactChange> changes = org.changesSince(before);
    assertThat(changes)
        .extracting(ContactChange::salesforceId)
        .containsExactlyInAnyOrder(
            org.salesforceId(client), org.salesforceId(smith1), org.salesforceId(smith2));
    ContactChange retyped =
        changes.stream()
            .filter(c -> c.salesforceId().equals(org.salesforceId(client)))
            .findFirst()
            .orElseThrow();
    assertThat(retyped.changedFields())
        .containsExactlyInAnyOrder(ContactField.COMPANY_NAME, ContactField.TAGS);
    assertThat(retyped.tagsAdded()).containsExactly("Household: Harbour Wealth LLC");
    assertThat(synced(smith2).tagNames())
        .contains("Household: The Smith-Jones Household")
        .doesNotContain("Household: The Smith Household");
  }

  @Test
  void aNewMemberOfAHouseholdThatDidNotChangeIsLookedUpOnce() {
    firstImport();
    org.at(90);
    String owner = org.data.users().get(1).mergeId();
    String newcomer =
        org.data.addContact(
            c ->
                c.set("FirstName", "Lou").set("LastName", "Smith").account(household).owner(owner));
    String another =
        org.data.addContact(
            c ->
                c.set("FirstName", "Max").set("LastName", "Smith").account(household).owner(owner));
    org.at(120);

    org.run();

    assertThat(synced(newcomer).companyName()).isEmpty();
    assertThat(synced(another).tagNames()).contains("Household: The Smith Household");
    assertThat(org.server.requestCount("GET", "/accounts/{id}")).isEqualTo(1);
  }

  @Test
  void anAccountMergeReportsDeletedLeavesItsContactsWithoutCompany() {
    firstImport();
    org.at(90);
    org.data.deleteAccount(business);
    org.at(120);

    org.run();

    assertThat(synced(client).companyName()).isEmpty();
  }

  @Test
  void aFullPassAfterIncrementalRunsAgreesWithThem() {
    firstImport();
    org.at(90);
    org.data.editAccount(household, Map.of("Type", "Other"));
    org.at(120);
    org.run();
    int before = org.store.changes().size();
    org.clock.advance(Duration.ofHours(1));

    SyncReport full = org.run(RunRequest.FULL_RECONCILIATION);

    assertThat(synced(smith1).companyName()).contains("The Smith Household");
    assertThat(full.counts().changes()).isZero();
    assertThat(org.changesSince(before)).isEmpty();
  }
}
