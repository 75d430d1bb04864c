package ai.levitate.sf.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.Provenance;
import ai.levitate.sf.core.model.StatusReason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ContactDiffTest {
  private static final LocalDate BIRTHDAY = LocalDate.of(1980, 2, 29);

  @Test
  void tagsAfterAnUpdateKeepAPersonsOwnWhereTheyAre() {
    ContactChange change =
        update().addTagsRemoved("Interests: Chess").addTagsAdded("Interests: Golf").build();

    assertThat(change.tagsAfter(List.of("Salesforce", "Golf buddy", "Interests: Chess")))
        .containsExactly("Salesforce", "Golf buddy", "Interests: Golf");
  }

  @Test
  void keyFactsAfterAreAddedOnceAndRemovedBySyncOnly() {
    OwnedKeyFact anniversary = OwnedKeyFact.of("Anniversary", LocalDate.of(2001, 6, 1));
    OwnedKeyFact byPerson = OwnedKeyFact.of("First meeting", LocalDate.of(2019, 3, 4));
    ContactChange change =
        update()
            .addKeyFactsRemoved(anniversary)
            .addKeyFactsAdded(
                KeyFact.of(
                    "Birthday", BIRTHDAY, Provenance.salesforceField("Birthdate", "1980-02-29")))
            .build();

    assertThat(
            change.keyFactsAfter(
                List.of(byPerson, anniversary, OwnedKeyFact.of("Birthday", BIRTHDAY))))
        .containsExactly(byPerson, OwnedKeyFact.of("Birthday", BIRTHDAY));
  }

  @Test
  void statusAfterFollowsTheChangeType() {
    ContactChange archive =
        ContactChange.builder()
            .runId("run-1")
            .position(1)
            .type(ChangeType.ARCHIVE)
            .salesforceId("003A")
            .mergeId("m")
            .reason(StatusReason.MISSING_FROM_SOURCE)
            .build();

    assertThat(update().build().statusAfter()).isEqualTo(ContactStatus.ACTIVE);
    assertThat(archive.statusAfter()).isEqualTo(ContactStatus.ARCHIVED);
    assertThat(
            ContactChange.builder()
                .from(archive)
                .type(ChangeType.REMOVE)
                .reason(StatusReason.DECEASED)
                .contact(contact())
                .build()
                .statusAfter())
        .isEqualTo(ContactStatus.REMOVED);
  }

  private static ContactChange.Builder update() {
    return ContactChange.builder()
        .runId("run-1")
        .position(0)
        .type(ChangeType.UPDATE)
        .salesforceId("003A")
        .mergeId("m")
        .contact(contact());
  }

  private static LevitateContact contact() {
    return LevitateContact.builder().salesforceId("003A").mergeId("m").build();
  }
}
