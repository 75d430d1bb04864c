package ai.levitate.sf.merge;

import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.spi.AccountQuery;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.merge.internal.MergeApi;
import ai.levitate.sf.merge.internal.convert.AccountConverter;
import ai.levitate.sf.merge.internal.convert.FieldModel;
import ai.levitate.sf.merge.internal.convert.RecordException;
import ai.levitate.sf.merge.internal.convert.Records;
import ai.levitate.sf.merge.internal.http.Answered;
import ai.levitate.sf.merge.internal.http.Failures;
import ai.levitate.sf.merge.internal.wire.ContactRecordPage;
import ai.levitate.sf.merge.internal.wire.RawPage;
import ai.levitate.sf.merge.internal.wire.SyncStatusDto;
import ai.levitate.sf.merge.internal.wire.UserDto;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The list reads shared by the client and the contact source, over one view of the API. */
final class MergeLists {
  private final MergeApi api;
  private final Failures failures;
  private final AccountConverter accounts = new AccountConverter(this::accountClasses);
  private volatile FieldModel accountClasses;

  MergeLists(MergeApi api, Failures failures) {
    this.api = api;
    this.failures = failures;
  }

  /** One page of contacts as Merge lists them, expanded with their account and owner. */
  Answered<ContactRecordPage> contacts(ContactQuery query, boolean includeRemoteData) {
    return api.contacts(
        MergeApi.CONTACT_EXPAND,
        true,
        flag(includeRemoteData),
        flag(query.includeDeleted()),
        query.pageSize(),
        query.cursor(),
        query.modifiedAfter(),
        query.modifiedBefore(),
        query.createdAfter(),
        query.createdBefore(),
        query.accountId(),
        query.remoteId());
  }

  /** Merge reads a flag that is not sent as false: send it only when true. */
  static Optional<Boolean> flag(boolean value) {
    return value ? Optional.of(true) : Optional.empty();
  }

  MergePages<SourceUser> users(Optional<Instant> modifiedAfter) {
    return new MergePages<>(
        "GET users",
        Optional.empty(),
        cursor ->
            Records.page(
                api.users(MergeApi.MAX_PAGE_SIZE, cursor, modifiedAfter),
                node -> Records.user(Records.as(node, UserDto.class))));
  }

  /** Accounts with their remote fields, deleted ones included. */
  MergePages<SourceAccount> accounts(Optional<Instant> modifiedAfter) {
    return new MergePages<>(
        "GET accounts",
        Optional.empty(),
        cursor ->
            Records.page(
                api.accounts(
                        MergeApi.MAX_PAGE_SIZE,
                        cursor,
                        modifiedAfter,
                        Optional.empty(),
                        Optional.empty(),
                        true,
                        true)
                    .value(),
                accounts::convert));
  }

  /** A page of accounts, and how long its request waited for the client's own limits. */
  record AccountsRead(MergePage<SourceAccount> page, long waitedNanos) {}

  /**
   * One page of the accounts Merge created in {@code query}'s window, with their remote fields,
   * deleted ones included.
   */
  AccountsRead accountPage(AccountQuery query) {
    Answered<RawPage> raw =
        api.accounts(
            MergeApi.MAX_PAGE_SIZE,
            query.cursor(),
            Optional.empty(),
            query.createdAfter(),
            query.createdBefore(),
            true,
            true);
    return new AccountsRead(
        Records.page(raw.value(), accounts::convert), raw.answer().waitedNanos());
  }

  /** One account with its remote fields; empty when Merge knows no account of this id. */
  Optional<SourceAccount> account(String mergeId) {
    Answered<JsonNode> answered;
    try {
      answered = api.account(mergeId, true);
    } catch (MergeNotFoundException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(accounts.convert(answered.value()));
    } catch (RecordException e) {
      throw failures.invalid(
          answered.answer(), "an account that cannot be read: " + e.getMessage());
    }
  }

  /** The account field classes, fetched once, when an account first names a class by id. */
  private FieldModel accountClasses() {
    FieldModel current = accountClasses;
    if (current == null) {
      synchronized (this) {
        current = accountClasses;
        if (current == null) {
          current = FieldModels.accountClasses(api);
          accountClasses = current;
        }
      }
    }
    return current;
  }

  List<SourceSyncStatus> syncStatus() {
    return new MergePages<>(
            "GET sync-status",
            Optional.empty(),
            cursor ->
                Records.page(
                    api.syncStatus(MergeApi.MAX_PAGE_SIZE, cursor),
                    node -> Records.syncStatus(Records.as(node, SyncStatusDto.class))))
        .toList();
  }

  /** The row for contacts: model {@code crm.Contact} (or plain {@code Contact}). */
  Optional<SourceSyncStatus> contactSyncStatus() {
    return syncStatus().stream()
        .filter(
            s ->
                s.modelId().equalsIgnoreCase("crm.Contact")
                    || s.modelId().equalsIgnoreCase("Contact"))
        .findFirst();
  }
}
