package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.settings.DeceasedAction;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.BrakeReason;
import ai.levitate.sf.core.spi.ChangeType;
import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.StatusSetBy;
import ai.levitate.sf.core.spi.SyncReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Deceased contacts on the first import, and a person's restore, through the engine and the fake.
 */
final class RestoreSyncTest {
  private final FakeOrg org = new FakeOrg(60, 33);

  @AfterEach
  void close() {
    org.close();
  }

  /** Marks {@code count} active contacts deceased before the first import; their Merge ids. */
  private List<String> deceasedBeforeImport(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; ids.size() < count; i++) {
      String id = org.data.contactId(i);
      if (org.active(i).equals(id)) {
        ids.add(id);
      }
    }
    org.at(30);
    ids.forEach(org.data::markDeceased);
    return ids;
  }

  private ContactChange createOf(String mergeId) {
    return org.store.changes().stream()
        .filter(c -> c.salesforceId().equals(org.salesforceId(mergeId)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theFirstImportCreatesADeceasedContactArchivedWithItsFieldsTagsAndKeyFacts() {
    List<String> deceased = deceasedBeforeImport(3);
    org.at(60);

    SyncReport report = org.run();

    for (String id : deceased) {
      ContactChange create = createOf(id);
      assertThat(create.type()).isEqualTo(ChangeType.CREATE);
      assertThat(create.statusAfter()).isEqualTo(ContactStatus.ARCHIVED);
      assertThat(create.reason()).hasValue(StatusReason.DECEASED);
      assertThat(create.tagsAdded()).contains("Salesforce");
      assertThat(create.contact().orElseThrow()).isEqualTo(org.expected(id));
      assertThat(org.store.contact(org.salesforceId(id)).orElseThrow().status())
          .isEqualTo(ContactStatus.ARCHIVED);
    }
    assertThat(report.counts().created()).isEqualTo(org.store.changes().size());
    assertThat(report.counts().skipped())
        .doesNotContainKey(ContactSkipReason.INACTIVE_WHEN_FIRST_SEEN);
  }

  @Test
  void withTheActionRemoveADeceasedContactIsNotCreated() {
    org.settings =
        SyncSettings.builder()
            .from(org.settings)
            .deceased(DeceasedSetting.of("Deceased__c", DeceasedAction.REMOVE))
            .build();
    List<String> deceased = deceasedBeforeImport(2);
    org.at(60);

    SyncReport report = org.run();

    assertThat(deceased)
        .allSatisfy(id -> assertThat(org.store.contact(org.salesforceId(id))).isEmpty());
    assertThat(report.counts().skipped())
        .containsEntry(ContactSkipReason.INACTIVE_WHEN_FIRST_SEEN, 2L);
  }

  @Test
  void aRestoreHoldsAgainstDeceasedAndTheContactDeletedLaterIsArchivedAgain() {
    String id = deceasedBeforeImport(1).get(0);
    org.at(60);
    org.run();
    String sf = org.salesforceId(id);
    org.store.restoreByPerson(sf);
    org.at(90);
    org.data.editContact(id, c -> c.set("Title", "Trustee"));
    org.at(120);
    org.run();
    int before = org.store.changes().size();
    org.at(150);
    org.data.deleteContact(id);
    org.at(180);

    org.run();

    assertThat(org.store.contact(sf).orElseThrow().contact().orElseThrow().jobTitle())
        .hasValue("Trustee");
    assertThat(org.changesSince(before))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type()).isEqualTo(ChangeType.ARCHIVE);
              assertThat(c.reason()).hasValue(StatusReason.DELETED_IN_SALESFORCE);
            });
    assertThat(org.store.contact(sf).orElseThrow().status()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(org.store.state(sf).orElseThrow().statusSetBy()).isEqualTo(StatusSetBy.SYNC);
  }

  @Test
  void manyRestoredContactsDeletedAtOnceAreHeldByTheBrake() {
    List<String> deceased = deceasedBeforeImport(12);
    org.at(60);
    org.run();
    deceased.forEach(id -> org.store.restoreByPerson(org.salesforceId(id)));
    org.at(90);
    org.run();
    org.at(120);
    deceased.forEach(org.data::deleteContact);
    org.at(150);

    SyncReport report = org.run();

    assertThat(report.outcome()).isEqualTo(RunOutcome.BRAKED);
    assertThat(report.brake().orElseThrow().reasons()).contains(BrakeReason.TOO_MANY_ARCHIVES);
    assertThat(org.store.held()).hasSize(12);
    assertThat(deceased)
        .allSatisfy(
            id ->
                assertThat(org.store.contact(org.salesforceId(id)).orElseThrow().status())
                    .isEqualTo(ContactStatus.ACTIVE));

    org.engine().approveHeld(report.runNumber());

    assertThat(deceased)
        .allSatisfy(
            id ->
                assertThat(org.store.contact(org.salesforceId(id)).orElseThrow().status())
                    .isEqualTo(ContactStatus.ARCHIVED));
  }
}
