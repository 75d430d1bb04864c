package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class MergeDataSetTest {
  private final ManualClock clock = ManualClock.at(Instant.parse("2026-01-05T09:00:00Z"));
  private final MergeDataSet data =
      SalesforceDataGenerator.builder().seed(31).contacts(50).clock(clock).build().generate();

  @Test
  void movesModifiedAtToTheClockWhenAnEditChangesSomething() {
    String id = data.contactId(4);
    Instant later = clock.advance(Duration.ofMinutes(10));

    data.editContact(id, c -> c.set("Title", "Chief Executive Officer"));

    assertThat(data.modifiedAt(id)).isEqualTo(later);
    assertThat(data.contact(id).orElseThrow().field("Title"))
        .contains(FieldValue.text("Chief Executive Officer"));
  }

  @Test
  void leavesModifiedAtAloneWhenAnEditChangesNothing() {
    String id = data.contactId(4);
    Instant before = data.modifiedAt(id);
    Object title = data.contact(id).orElseThrow().field("Title").orElseThrow();
    clock.advance(Duration.ofMinutes(10));

    data.editContact(id, c -> c.set("LastName", c.value("LastName").orElseThrow()));

    assertThat(data.modifiedAt(id)).isEqualTo(before);
    assertThat(data.contact(id).orElseThrow().field("Title")).contains((FieldValue) title);
  }

  @Test
  void deletesAndRestoresAContactMovingModifiedAtEachTime() {
    String id = data.contactId(7);
    Instant deletedAt = clock.advance(Duration.ofMinutes(1));
    data.deleteContact(id);
    SourceContact deleted = data.contact(id).orElseThrow();
    Instant restoredAt = clock.advance(Duration.ofMinutes(1));
    data.restoreContact(id);

    assertThat(deleted.remoteWasDeleted()).isTrue();
    assertThat(deleted.modifiedAt()).contains(deletedAt);
    assertThat(data.contact(id).orElseThrow().remoteWasDeleted()).isFalse();
    assertThat(data.modifiedAt(id)).isEqualTo(restoredAt);
  }

  @Test
  void renamesAnAccountMovingTheAccountButNotItsContacts() {
    SourceContact contact = contactWithAccount();
    String accountId = contact.account().orElseThrow().mergeId();
    Instant renamedAt = clock.advance(Duration.ofMinutes(3));

    data.renameAccount(accountId, "Renamed & Co.");

    SourceAccount account =
        data.accounts().stream()
            .filter(a -> a.mergeId().equals(accountId))
            .findFirst()
            .orElseThrow();
    assertThat(account.name()).contains("Renamed & Co.");
    assertThat(account.modifiedAt()).contains(renamedAt);
    SourceContact after = data.contact(contact.mergeId()).orElseThrow();
    assertThat(after.account().orElseThrow().name()).contains("Renamed & Co.");
    assertThat(after.modifiedAt()).isEqualTo(contact.modifiedAt());
  }

  @Test
  void renamesAnOwnerMovingTheUser() {
    String userId = data.users().get(2).mergeId();
    Instant renamedAt = clock.advance(Duration.ofMinutes(3));

    data.renameOwner(userId, "Avery Nakamura-Lindqvist");

    assertThat(data.users().get(2).name()).contains("Avery Nakamura-Lindqvist");
    assertThat(data.users().get(2).modifiedAt()).contains(renamedAt);
  }

  @Test
  void marksAContactDeceasedAndOptedOut() {
    String id = data.contactId(9);
    data.markDeceased(id);
    data.markOptedOut(id);

    SourceContact contact = data.contact(id).orElseThrow();
    assertThat(contact.field("Deceased__c")).contains(FieldValue.bool(true));
    assertThat(contact.field("DeceasedDate")).contains(FieldValue.dateTime(clock.instant()));
    assertThat(contact.field("HasOptedOutOfEmail")).contains(FieldValue.bool(true));
  }

  @Test
  void addsContactsAccountsAndUsersAtTheEndOfTheList() {
    String accountId = data.addAccount("Nouvelle Société SARL");
    String userId = data.addUser("Quinn Okafor", "quinn@example.com");
    String id =
        data.addContact(
            c ->
                c.set("LastName", "Nguyễn")
                    .account(accountId)
                    .owner(userId)
                    .set("Anniversary__c", LocalDate.of(2000, 2, 29)));

    assertThat(data.contactCount()).isEqualTo(51);
    assertThat(data.contactId(50)).isEqualTo(id);
    SourceContact contact = data.contact(id).orElseThrow();
    assertThat(contact.account().orElseThrow().name()).contains("Nouvelle Société SARL");
    assertThat(contact.owner().orElseThrow().email()).contains("quinn@example.com");
    assertThat(contact.remoteId().orElseThrow()).startsWith("003");
    assertThat(contact.field("VIP__c")).contains(FieldValue.bool(false));
  }

  @Test
  void rejectsUnknownFieldsAndValuesOfTheWrongType() {
    String id = data.contactId(0);

    assertThatThrownBy(() -> data.editContact(id, c -> c.set("Favourite_Colour__c", "Teal")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiName Favourite_Colour__c names no Contact field of this org");
    assertThatThrownBy(() -> data.editContact(id, c -> c.set("Birthdate", "1980-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Birthdate is a DATE field and cannot hold a String");
    assertThatThrownBy(() -> data.editContact(id, c -> c.set("AccountId", "001000000000000AAA")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AccountId is set through account(...) or owner(...) with a Merge id");
    assertThatThrownBy(() -> data.deleteContact("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id nope names no contact of this data set");
  }

  private SourceContact contactWithAccount() {
    for (int i = 0; i < data.contactCount(); i++) {
      SourceContact contact = data.contact(data.contactId(i)).orElseThrow();
      if (contact.account().isPresent()) {
        return contact;
      }
    }
    throw new AssertionError("no contact with an account");
  }
}
