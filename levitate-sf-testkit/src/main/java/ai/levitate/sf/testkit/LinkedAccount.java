package ai.levitate.sf.testkit;

import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.testkit.internal.AccountState;
import ai.levitate.sf.testkit.internal.NoteRecord;
import ai.levitate.sf.testkit.internal.Times;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One linked account (one Salesforce org connection) of a {@link FakeMergeServer}: its data, the
 * notes written to it, Merge's sync state, its open issues and whether its token still works.
 *
 * <pre>{@code
 * LinkedAccount org = server.addLinkedAccount("token-a", data);
 * org.contactSyncStatus(SourceSyncStatus.State.PARTIALLY_SYNCED);
 * org.openIssue("Missing Permissions");
 * org.revokeToken(); // every further request with token-a answers 401
 * }</pre>
 */
public final class LinkedAccount {
  private final AccountState state;
  private final MergeDataSet data;
  private final Clock clock;

  LinkedAccount(AccountState state, MergeDataSet data, Clock clock) {
    this.state = state;
    this.data = data;
    this.clock = clock;
  }

  /** Merge's id of the linked account, as {@code GET /account-details} reports it. */
  public String id() {
    return state.id();
  }

  public MergeDataSet data() {
    return data;
  }

  /** The notes stored by {@code POST /notes}, oldest first. */
  public List<StoredNote> notes() {
    List<StoredNote> out = new ArrayList<>();
    for (NoteRecord note : state.notes()) {
      out.add(
          StoredNote.builder()
              .id(note.id())
              .remoteId(note.remoteId())
              .contactId(Optional.ofNullable(note.contactId()))
              .accountId(Optional.ofNullable(note.accountId()))
              .ownerId(Optional.ofNullable(note.ownerId()))
              .content(Optional.ofNullable(note.content()))
              .title(Optional.ofNullable(note.title()))
              .createdAt(Times.instant(note.createdMicros()))
              .build());
    }
    return out;
  }

  /** Sets Merge's contact sync state; the last result follows it. */
  public void contactSyncStatus(SourceSyncStatus.State status) {
    contactSyncStatus(status, status);
  }

  /** Sets Merge's contact sync state and the result of its last finished sync. */
  public void contactSyncStatus(SourceSyncStatus.State status, SourceSyncStatus.State lastResult) {
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(lastResult, "lastResult == null");
    if (status == SourceSyncStatus.State.UNKNOWN || lastResult == SourceSyncStatus.State.UNKNOWN) {
      throw new IllegalArgumentException("status must be one of Merge's states, not UNKNOWN");
    }
    state.contactSync(status, lastResult);
  }

  /**
   * Opens one of Merge's Issues on the account, listed by {@code GET /issues} as {@code ONGOING}
   * from now on; returns its id. Salesforce's answer for an org without API access, for example, is
   * {@code openIssue("Missing Permissions", "API_DISABLED_FOR_ORG: API is not enabled")}.
   */
  public String openIssue(String errorDescription, String... errorDetails) {
    Objects.requireNonNull(errorDescription, "errorDescription == null");
    Objects.requireNonNull(errorDetails, "errorDetails == null");
    if (errorDescription.isBlank()) {
      throw new IllegalArgumentException("errorDescription must not be blank");
    }
    return state.openIssue(errorDescription, List.of(errorDetails), Times.nowMicros(clock)).id();
  }

  /** Resolves every ongoing issue of the account, as a relink does. */
  public void resolveIssues() {
    state.resolveIssues(Times.nowMicros(clock));
  }

  /** From now on the account's token answers 401, as after the org disconnects. */
  public void revokeToken() {
    state.revoked(true);
  }

  /** Makes the token work again. */
  public void restoreToken() {
    state.revoked(false);
  }

  @Override
  public String toString() {
    return "LinkedAccount[" + state.id() + "]";
  }
}
