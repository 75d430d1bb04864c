package ai.levitate.sf.merge;

import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.merge.internal.MergeService;
import ai.levitate.sf.merge.internal.convert.AccountConverter;
import ai.levitate.sf.merge.internal.convert.FieldModel;
import ai.levitate.sf.merge.internal.convert.RecordException;
import ai.levitate.sf.merge.internal.convert.Records;
import ai.levitate.sf.merge.internal.http.Answer;
import ai.levitate.sf.merge.internal.wire.SyncStatusDto;
import ai.levitate.sf.merge.internal.wire.UserDto;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The list reads shared by the client and the contact source, over one service view. */
final class MergeLists {
  private final MergeService service;
  private final AccountConverter accounts = new AccountConverter(this::accountClasses);
  private volatile FieldModel accountClasses;

  MergeLists(MergeService service) {
    this.service = service;
  }

  MergePages<SourceUser> users(Optional<Instant> modifiedAfter) {
    return new MergePages<>("GET users", Optional.empty(), cursor -> Records.page(
        service.users(cursor, modifiedAfter), node -> Records.user(Records.as(node, UserDto.class))));
  }

  /** Accounts with their remote fields, deleted ones included. */
  MergePages<SourceAccount> accounts(Optional<Instant> modifiedAfter) {
    return new MergePages<>("GET accounts", Optional.empty(), cursor -> Records.page(
        service.accounts(cursor, modifiedAfter), accounts::convert));
  }

  /** One account with its remote fields; empty when Merge knows no account of this id. */
  Optional<SourceAccount> account(String mergeId) {
    Answer answer;
    try {
      answer = service.account(mergeId);
    } catch (MergeNotFoundException e) {
      return Optional.empty();
    }
    try {
      return Optional.of(accounts.convert(service.tree(answer)));
    } catch (RecordException e) {
      throw service.failures().invalid(answer, "an account that cannot be read: " + e.getMessage());
    }
  }

  /** The account field classes, fetched once, when an account first names a class by id. */
  private FieldModel accountClasses() {
    FieldModel current = accountClasses;
    if (current == null) {
      synchronized (this) {
        current = accountClasses;
        if (current == null) {
          current = FieldModels.accountClasses(service);
          accountClasses = current;
        }
      }
    }
    return current;
  }

  List<SourceSyncStatus> syncStatus() {
    return new MergePages<>("GET sync-status", Optional.empty(), cursor -> Records.page(
        service.syncStatus(cursor),
        node -> Records.syncStatus(Records.as(node, SyncStatusDto.class)))).toList();
  }

  /** The row for contacts: model {@code crm.Contact} (or plain {@code Contact}). */
  Optional<SourceSyncStatus> contactSyncStatus() {
    return syncStatus().stream()
        .filter(s -> s.modelId().equalsIgnoreCase("crm.Contact")
            || s.modelId().equalsIgnoreCase("Contact"))
        .findFirst();
  }
}
