package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.spi.ContactState;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The accounts a run read from Merge's accounts list (every account in a full pass, the changed
 * ones in an incremental run), kept small, and what completes a contact's account from them: an
 * account expanded inside a contact lacks its {@code Type}, one sent as an id lacks everything.
 *
 * <p>A contact whose account the book lacks takes what its state recorded of the same account
 * ({@link #fromState}); failing that, the run looks the account up by id. Read-only once built, so
 * the executor's threads may share it.
 */
final class AccountBook {
  static final AccountBook EMPTY = new AccountBook(Map.of(), Set.of());

  /** An account as far as the transform needs it; a type is one of few values, so interned. */
  private record Entry(String name, String type, boolean deleted) {}

  private final Map<String, Entry> accounts;

  /**
   * Accounts the list named in a shell record (ids only, which Merge sends while it fills a
   * record): they may have changed, so what a contact's state recorded of them is not to be
   * trusted.
   */
  private final Set<String> shells;

  private AccountBook(Map<String, Entry> accounts, Set<String> shells) {
    this.accounts = accounts;
    this.shells = shells;
  }

  static AccountBook of(Iterable<SourceAccount> accounts) {
    Builder book = new Builder();
    accounts.forEach(book::add);
    return book.build();
  }

  /**
   * Fills a book account by account, in the order the accounts were read, keeping only what the
   * book needs of each: a reader hands it each page as it arrives and drops the page.
   */
  static final class Builder {
    private final Map<String, Entry> entries = new HashMap<>();
    private final Set<String> shells = new HashSet<>();

    void add(SourceAccount account) {
      if (account.fieldsRead()) {
        entries.put(
            account.mergeId(),
            new Entry(
                account.name().orElse(null),
                account.type().map(String::intern).orElse(null),
                account.remoteWasDeleted()));
        shells.remove(account.mergeId());
      } else if (account.name().isEmpty() && !entries.containsKey(account.mergeId())) {
        shells.add(account.mergeId());
      }
    }

    AccountBook build() {
      return new AccountBook(entries, shells);
    }
  }

  int size() {
    return accounts.size();
  }

  /** Whether the contact's account lacks what the transform reads: its name or its Type. */
  static boolean incomplete(SourceContact contact) {
    return contact.account().filter(a -> a.idOnly() || !a.fieldsRead()).isPresent();
  }

  /** The contact with its account completed from the book, or as it was when the book lacks it. */
  SourceContact complete(SourceContact contact) {
    if (!incomplete(contact)) {
      return contact;
    }
    SourceAccount account = contact.account().orElseThrow();
    Entry entry = accounts.get(account.mergeId());
    if (entry == null) {
      return contact;
    }
    return with(
        contact,
        account,
        Optional.ofNullable(entry.name()),
        Optional.ofNullable(entry.type()),
        entry.deleted());
  }

  /**
   * The contact with its account completed from what the state recorded of the same account; as it
   * was when the state names another account or none.
   */
  SourceContact fromState(SourceContact contact, Optional<ContactState> state) {
    if (!incomplete(contact) || state.isEmpty()) {
      return contact;
    }
    SourceAccount account = contact.account().orElseThrow();
    if (!state.get().accountMergeId().equals(Optional.of(account.mergeId()))
        || shells.contains(account.mergeId())) {
      return contact;
    }
    return with(contact, account, state.get().accountName(), state.get().accountType(), false);
  }

  /** The contact with {@code found}, an account read on its own, in place of its account. */
  static SourceContact withAccount(SourceContact contact, SourceAccount found) {
    SourceAccount account = contact.account().orElseThrow();
    return with(contact, account, found.name(), found.type(), found.remoteWasDeleted());
  }

  /**
   * An expanded account keeps its own name and deletion, read with the contact and so no older than
   * the book's; an account sent as an id takes them from {@code name} and {@code deleted}.
   */
  private static SourceContact with(
      SourceContact contact,
      SourceAccount account,
      Optional<String> name,
      Optional<String> type,
      boolean deleted) {
    var completed =
        SourceAccount.builder()
            .from(account)
            .idOnly(false)
            .fieldsRead(true)
            .fields(
                type.map(t -> Map.of(SourceAccount.TYPE_FIELD, FieldValue.text(t)))
                    .orElse(Map.of()));
    if (account.idOnly()) {
      completed.name(name).remoteWasDeleted(deleted);
    }
    return contact.withAccount(completed.build());
  }
}
