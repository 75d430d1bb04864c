package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.core.model.SourceSyncStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the fake holds for one linked account besides its CRM data: its notes, Merge's sync
 * state, whether its token still works, and the idempotency keys of its writes.
 */
public final class AccountState {
  private static final long NOTE_SALT = 0x6e6f7465L;
  private static final long ISSUE_SALT = 0x69737375L;

  private final String token;
  private final String id;
  private final String organizationName;
  private final CrmData data;
  private final long seed;
  private final List<NoteRecord> notes = new ArrayList<>();
  private final List<IssueRecord> issues = new ArrayList<>();
  private final Map<String, Idempotent> idempotency = new HashMap<>();
  private volatile SourceSyncStatus.State contactSync = SourceSyncStatus.State.DONE;
  private volatile SourceSyncStatus.State lastContactResult = SourceSyncStatus.State.DONE;
  private volatile boolean revoked;

  /** A stored answer to a write, kept for the same key and body until it expires. */
  public record Idempotent(byte[] body, Answer answer, long expiresMicros) {}

  public AccountState(String token, String id, String organizationName, CrmData data, long seed) {
    this.token = Objects.requireNonNull(token, "token == null");
    this.id = id;
    this.organizationName = organizationName;
    this.data = data;
    this.seed = seed;
  }

  public String token() {
    return token;
  }

  public String id() {
    return id;
  }

  public String organizationName() {
    return organizationName;
  }

  public CrmData data() {
    return data;
  }

  /** The id the host gave the end user when linking, as Merge reports it. */
  public String endUserOriginId() {
    return "levitate-" + id.substring(0, 8);
  }

  public String endUserEmailAddress() {
    return "admin@" + id.substring(0, 8) + ".example";
  }

  public boolean revoked() {
    return revoked;
  }

  public void revoked(boolean revoked) {
    this.revoked = revoked;
  }

  public SourceSyncStatus.State contactSync() {
    return contactSync;
  }

  public SourceSyncStatus.State lastContactResult() {
    return lastContactResult;
  }

  public void contactSync(SourceSyncStatus.State status, SourceSyncStatus.State lastResult) {
    this.contactSync = status;
    this.lastContactResult = lastResult;
  }

  public synchronized List<NoteRecord> notes() {
    return List.copyOf(notes);
  }

  public synchronized NoteRecord addNote(
      String contactId,
      String accountId,
      String ownerId,
      String opportunityId,
      String content,
      String title,
      long createdMicros) {
    int n = notes.size();
    NoteRecord note =
        new NoteRecord(
            Ids.uuid(seed, NOTE_SALT, n),
            Ids.salesforceId("002", seed, n),
            contactId,
            accountId,
            ownerId,
            opportunityId,
            content,
            title,
            createdMicros);
    notes.add(note);
    return note;
  }

  public synchronized List<IssueRecord> issues() {
    return List.copyOf(issues);
  }

  public synchronized IssueRecord openIssue(
      String errorDescription, List<String> errorDetails, long micros) {
    IssueRecord issue =
        new IssueRecord(
            Ids.uuid(seed, ISSUE_SALT, issues.size()),
            errorDescription,
            errorDetails,
            micros,
            micros,
            false);
    issues.add(issue);
    return issue;
  }

  /** Resolves every ongoing issue, as a relink does. */
  public synchronized void resolveIssues(long micros) {
    issues.replaceAll(issue -> issue.resolve(micros));
  }

  /** The stored answer for {@code key}, or null when none is kept or it expired. */
  public synchronized Idempotent idempotent(String key, Clock clock) {
    Idempotent entry = idempotency.get(key);
    if (entry != null && entry.expiresMicros() <= Times.nowMicros(clock)) {
      idempotency.remove(key);
      return null;
    }
    return entry;
  }

  public synchronized void remember(String key, Idempotent entry) {
    idempotency.put(key, entry);
  }
}
