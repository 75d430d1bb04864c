package ai.levitate.sf.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.spi.ContactState;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class AccountBookTest {
  private static final SourceAccount LISTED =
      SourceAccount.builder()
          .mergeId("ma-1")
          .name("The Smith Household")
          .fieldsRead(true)
          .putFields("Type", FieldValue.text("Household"))
          .build();

  private static SourceContact with(SourceAccount account) {
    return SourceContact.builder().from(Contacts.ada().build()).account(account).build();
  }

  private static ContactState state(String accountId, String name, String type) {
    return ContactState.builder()
        .salesforceId("003000000000001")
        .mergeId("mc-1")
        .fingerprint("f")
        .lastSeenRun(1)
        .accountMergeId(accountId)
        .accountName(name)
        .accountType(Optional.ofNullable(type))
        .build();
  }

  @Test
  void anExpandedAccountTakesItsTypeFromTheListAndKeepsItsOwnName() {
    AccountBook book = AccountBook.of(List.of(LISTED));
    SourceContact expanded =
        with(SourceAccount.builder().mergeId("ma-1").name("The Smith-Jones Household").build());

    SourceAccount completed = book.complete(expanded).account().orElseThrow();

    assertThat(completed.type()).hasValue("Household");
    assertThat(completed.name()).hasValue("The Smith-Jones Household");
    assertThat(AccountBook.incomplete(book.complete(expanded))).isFalse();
  }

  @Test
  void anAccountSentAsAnIdTakesNameTypeAndDeletionFromTheList() {
    SourceAccount deleted = SourceAccount.builder().from(LISTED).remoteWasDeleted(true).build();
    AccountBook book = AccountBook.of(List.of(deleted));

    SourceAccount completed =
        book.complete(with(SourceAccount.builder().mergeId("ma-1").idOnly(true).build()))
            .account()
            .orElseThrow();

    assertThat(completed.name()).hasValue("The Smith Household");
    assertThat(completed.remoteWasDeleted()).isTrue();
    assertThat(completed.idOnly()).isFalse();
  }

  @Test
  void anAccountTheListLacksTakesWhatTheStateRecordedOfTheSameAccountOnly() {
    SourceContact idOnly = with(SourceAccount.builder().mergeId("ma-2").idOnly(true).build());

    SourceAccount same =
        AccountBook.EMPTY
            .fromState(idOnly, Optional.of(state("ma-2", "Harbour Wealth", "Customer - Direct")))
            .account()
            .orElseThrow();
    SourceContact other =
        AccountBook.EMPTY.fromState(idOnly, Optional.of(state("ma-3", "Elsewhere", null)));

    assertThat(same.name()).hasValue("Harbour Wealth");
    assertThat(same.type()).hasValue("Customer - Direct");
    assertThat(AccountBook.incomplete(other)).isTrue();
  }

  @Test
  void anAccountTheListSentAsAShellIsNotTakenFromTheState() {
    AccountBook book = AccountBook.of(List.of(SourceAccount.builder().mergeId("ma-2").build()));
    SourceContact expanded = with(SourceAccount.builder().mergeId("ma-2").name("Retyped").build());

    SourceContact kept =
        book.fromState(expanded, Optional.of(state("ma-2", "Retyped", "Customer - Direct")));

    assertThat(AccountBook.incomplete(kept)).as("looked up instead").isTrue();
  }
}
