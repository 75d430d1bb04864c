package ai.levitate.sf.merge;

import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.merge.internal.MergeService;
import ai.levitate.sf.merge.internal.convert.Records;
import ai.levitate.sf.merge.internal.wire.AccountDto;
import ai.levitate.sf.merge.internal.wire.SyncStatusDto;
import ai.levitate.sf.merge.internal.wire.UserDto;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The list reads shared by the client and the contact source, over one service view. */
final class MergeLists {
  private final MergeService service;

  MergeLists(MergeService service) {
    this.service = service;
  }

  MergePages<SourceUser> users(Optional<Instant> modifiedAfter) {
    return new MergePages<>("GET users", Optional.empty(), cursor -> Records.page(
        service.users(cursor, modifiedAfter), node -> Records.user(Records.as(node, UserDto.class))));
  }

  MergePages<SourceAccount> accounts(Optional<Instant> modifiedAfter) {
    return new MergePages<>("GET accounts", Optional.empty(), cursor -> Records.page(
        service.accounts(cursor, modifiedAfter),
        node -> Records.account(Records.as(node, AccountDto.class))));
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
