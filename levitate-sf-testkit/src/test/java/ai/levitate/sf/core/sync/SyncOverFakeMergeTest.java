package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactField;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine against the fake Merge server through the real client: what issue 5 asks to show, with
 * Salesforce changed through the data set's mutation helper as Merge would record it.
 */
final class SyncOverFakeMergeTest {
  private final FakeOrg org = new FakeOrg(120, 5);

  @AfterEach
  void close() {
    org.close();
  }

  @Test
  void initialSyncCreatesWhatTheTransformMakesOfEveryGeneratedContact() {
    org.data.markDeceased(org.data.contactId(4));
    org.data.deleteContact(org.data.contactId(9));
    List<LevitateContact> expected = new ArrayList<>();
    int inactive = 0;
    int deceased = 0;
    for (int i = 0; i < org.data.contactCount(); i++) {
      Optional<LevitateContact> out =
          org.transformer().transform(org.source(org.data.contactId(i))).transformed();
      // Deceased (not deleted) contacts are created archived; deleted ones are not created.
      if (out.filter(
              c ->
                  c.status() == ContactStatus.ACTIVE
                      || c.statusReason().equals(Optional.of(StatusReason.DECEASED)))
          .isPresent()) {
        expected.add(out.get());
        deceased += out.get().status() == ContactStatus.ACTIVE ? 0 : 1;
      } else {
        inactive++;
      }
    }
    org.at(60);

    SyncReport report = org.run();

    assertThat(report.kind()).isEqualTo(RunKind.INITIAL);
    assertThat(report.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(org.store.changes())
        .allMatch(c -> c.type() == ChangeType.CREATE)
        .extracting(c -> c.contact().orElseThrow())
        .containsExactlyElementsOf(expected);
    assertThat(inactive).isPositive();
    assertThat(deceased).isPositive();
    assertThat(org.store.changes())
        .filteredOn(c -> c.statusAfter() == ContactStatus.ARCHIVED)
        .hasSize(deceased)
        .allSatisfy(c -> assertThat(c.reason()).contains(StatusReason.DECEASED));
    assertThat(report.counts().skipped())
        .containsExactly(Map.entry(ContactSkipReason.INACTIVE_WHEN_FIRST_SEEN, (long) inactive));
    assertThat(report.counts().pages()).isEqualTo(12);
    assertThat(org.server.requestCount("GET", "/contacts")).isEqualTo(12);
    assertThat(report.counts().mergeRequests()).isEqualTo(org.server.requestCount());
    assertThat(org.store.runState().watermark().orElseThrow().startedAt())
        .isEqualTo(FakeOrg.T0.plusSeconds(3600));
  }

  @Test
  void incrementalRunAfterMutationsEmitsExactlyTheExpectedChanges() {
    org.at(60);
    org.run();
    int before = org.store.changes().size();
    String retitled = org.active(3);
    String retagged = org.active(20);
    String touched = org.active(40);
    String deleted = org.active(60);
    String deceased = org.active(80);
    org.at(90);
    org.data.editContact(retitled, c -> c.set("Title", "Managing Partner"));
    org.data.editContact(
        retagged,
        c ->
            c.set("Interests__c", List.of("Golf", "Sailing"))
                .set("VIP__c", !(Boolean) c.value("VIP__c").orElseThrow()));
    org.data.editContact(touched, c -> c.set("Department", "Changed, but not synced"));
    org.data.deleteContact(deleted);
    org.data.markDeceased(deceased);
    String added =
        org.data.addContact(
            c ->
                c.set("FirstName", "Ada")
                    .set("LastName", "Lovelace")
                    .owner(org.data.users().get(2).mergeId()));
    org.at(120);

    SyncReport report = org.run();

    assertThat(report.kind()).isEqualTo(RunKind.INCREMENTAL);
    List<ContactChange> changes = org.changesSince(before);
    assertThat(changes)
        .extracting(ContactChange::salesforceId, ContactChange::type)
        .containsExactly(
            tuple(org.salesforceId(retitled), ChangeType.UPDATE),
            tuple(org.salesforceId(retagged), ChangeType.UPDATE),
            tuple(org.salesforceId(added), ChangeType.CREATE),
            tuple(org.salesforceId(deleted), ChangeType.ARCHIVE),
            tuple(org.salesforceId(deceased), ChangeType.ARCHIVE));
    assertThat(changes.get(0).changedFields()).containsExactly(ContactField.JOB_TITLE);
    assertThat(changes.get(1).changedFields()).containsExactly(ContactField.TAGS);
    assertThat(changes.get(3).reason()).contains(StatusReason.DELETED_IN_SALESFORCE);
    assertThat(changes.get(4).reason()).contains(StatusReason.DECEASED);
    for (String id : List.of(retitled, retagged, added)) {
      assertThat(org.store.contact(org.salesforceId(id)).orElseThrow().contact())
          .contains(org.expected(id));
    }
    assertThat(report.counts().unchanged()).isEqualTo(1);
    assertThat(report.counts().contactsRead()).isEqualTo(6);
    assertThat(changes).allMatch(c -> c.runId().equals("run-2"));
  }

  @Test
  void renamedAccountRenamesTheCompanyOfEveryContactOfIt() {
    org.at(60);
    org.run();
    int before = org.store.changes().size();
    // A business account: a person account has one contact, and a household gives no company.
    String account =
        org.data.accounts().stream()
            .filter(
                a ->
                    !a.fields().get("IsPersonAccount").equals(FieldValue.bool(true))
                        && !a.typeIn(List.of("Household")))
            .skip(1)
            .findFirst()
            .orElseThrow()
            .mergeId();
    List<String> ofAccount =
        org.activeStates(s -> s.accountMergeId().equals(Optional.of(account))).stream()
            .map(ContactState::salesforceId)
            .toList();
    org.at(90);
    org.data.renameAccount(account, "Lindqvist & Daughters Family Office");
    org.at(120);

    SyncReport report = org.run();

    assertThat(report.kind()).isEqualTo(RunKind.INCREMENTAL);
    List<ContactChange> changes = org.changesSince(before);
    assertThat(ofAccount).hasSizeGreaterThan(5);
    assertThat(changes)
        .extracting(ContactChange::salesforceId)
        .containsExactlyInAnyOrderElementsOf(ofAccount);
    assertThat(changes)
        .allSatisfy(
            c -> {
              assertThat(c.type()).isEqualTo(ChangeType.UPDATE);
              assertThat(c.changedFields()).containsExactly(ContactField.COMPANY_NAME);
              assertThat(c.contact().orElseThrow().companyName())
                  .contains("Lindqvist & Daughters Family Office");
            });
  }

  @Test
  void renamedOwnerUpdatesEveryContactItOwns() {
    org.at(60);
    org.run();
    int before = org.store.changes().size();
    String owner = org.data.users().get(3).mergeId();
    List<String> owned =
        org.activeStates(s -> s.ownerMergeId().equals(Optional.of(owner))).stream()
            .map(ContactState::salesforceId)
            .toList();
    org.at(90);
    org.data.renameOwner(owner, "Avery Nakamura-Lindqvist");
    org.at(120);

    SyncReport report = org.run();

    assertThat(report.kind()).isEqualTo(RunKind.INCREMENTAL);
    long byId =
        org.store.states().stream()
            .filter(s -> s.ownerMergeId().equals(Optional.of(owner)))
            .count();
    assertThat(org.server.requestCount("GET", "/contacts"))
        .as("12 pages, 1 of changes, 1 per owned")
        .isEqualTo(12 + 1 + byId);
    List<ContactChange> changes = org.changesSince(before);
    assertThat(owned).hasSizeGreaterThan(5);
    assertThat(changes)
        .extracting(ContactChange::salesforceId)
        .containsExactlyInAnyOrderElementsOf(owned);
    assertThat(changes)
        .allSatisfy(
            c -> {
              assertThat(c.changedFields()).containsExactly(ContactField.OWNER);
              assertThat(c.contact().orElseThrow().owner().salesforceUserName())
                  .contains("Avery Nakamura-Lindqvist");
            });
  }

  @Test
  void deletedContactIsArchivedAndRestoredWhenItComesBack() {
    org.at(60);
    org.run();
    String id = org.active(7);
    String salesforceId = org.salesforceId(id);

    org.at(90);
    org.data.deleteContact(id);
    org.at(120);
    org.run();
    ContactChange archive = last();
    org.at(150);
    org.data.restoreContact(id);
    org.at(180);
    org.run();

    assertThat(archive.salesforceId()).isEqualTo(salesforceId);
    assertThat(archive.type()).isEqualTo(ChangeType.ARCHIVE);
    assertThat(archive.reason()).contains(StatusReason.DELETED_IN_SALESFORCE);
    assertThat(last().type()).isEqualTo(ChangeType.RESTORE);
    assertThat(last().salesforceId()).isEqualTo(salesforceId);
    assertThat(org.store.contact(salesforceId).orElseThrow().status())
        .isEqualTo(ContactStatus.ACTIVE);
  }

  @Test
  void deceasedOnArchivesAndOffRestores() {
    org.at(60);
    org.run();
    String id = org.active(11);
    String salesforceId = org.salesforceId(id);

    org.at(90);
    org.data.markDeceased(id);
    org.at(120);
    org.run();
    ContactChange archive = last();
    org.at(150);
    org.data.editContact(id, c -> c.set("Deceased__c", false).clear("DeceasedDate"));
    org.at(180);
    org.run();

    assertThat(archive.salesforceId()).isEqualTo(salesforceId);
    assertThat(archive.type()).isEqualTo(ChangeType.ARCHIVE);
    assertThat(archive.explanation()).first().isEqualTo("Archived: deceased (Deceased__c = true).");
    assertThat(last().type()).isEqualTo(ChangeType.RESTORE);
    assertThat(last().reason()).contains(StatusReason.DECEASED);
    assertThat(org.store.contact(salesforceId).orElseThrow().status())
        .isEqualTo(ContactStatus.ACTIVE);
  }

  @Test
  void handMadeTagsSurviveWhileTheSyncsOwnFollowSalesforce() {
    String id = org.active(5);
    org.data.editContact(id, c -> c.set("Interests__c", List.of("Golf", "Wine")));
    org.at(60);
    org.run();
    String salesforceId = org.salesforceId(id);
    org.store.addTagByPerson(salesforceId, "Golf buddy");
    org.store.addTagByPerson(salesforceId, "Interests: Sailing");

    org.at(90);
    org.data.editContact(id, c -> c.set("Interests__c", List.of("Sailing")));
    org.at(120);
    org.run();

    List<String> tags = org.store.contact(salesforceId).orElseThrow().tags();
    assertThat(tags)
        .contains("Golf buddy", "Interests: Sailing")
        .doesNotContain("Interests: Golf", "Interests: Wine");
    assertThat(last().tagsRemoved()).containsExactly("Interests: Golf", "Interests: Wine");
  }

  private ContactChange last() {
    List<ContactChange> all = org.store.changes();
    return all.get(all.size() - 1);
  }
}
