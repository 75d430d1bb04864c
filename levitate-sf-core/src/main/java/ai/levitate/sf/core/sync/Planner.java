package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.ReadPosition;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunPhase;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import ai.levitate.sf.core.spi.SyncWatermark;
import ai.levitate.sf.core.spi.UnreadRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Plans a new run: its kind and what it reads.
 *
 * <p>A run that follows an abandoned one (stopped under other settings or another field catalog) is
 * a full reconciliation: the abandoned run may have written any contact.
 *
 * <p>An incremental run reads the contacts Merge changed since the previous successful run's start
 * less the overlap, up to this run's start, both on Merge's clock when the source tells it.
 * Accounts changed since then are re-read through Merge's {@code account_id} filter, one slice
 * each, when the state knows contacts of theirs. Merge cannot filter contacts by owner, so the
 * contacts of changed owners are found in the state and read one by one by Salesforce id, as are
 * the records the previous run could not read. Each of those costs requests; when together they
 * would cost more requests than one full pass (known contacts / page size), the run becomes a full
 * reconciliation instead.
 */
final class Planner {
  private final ContactSource source;
  private final StateView view;
  private final Duration overlap;
  private final int pageSize;
  private final Optional<Duration> fullEvery;
  private Optional<List<SourceAccount>> accountsRead = Optional.empty();

  Planner(
      ContactSource source,
      StateView view,
      Duration overlap,
      int pageSize,
      Optional<Duration> fullEvery) {
    this.source = source;
    this.view = view;
    this.overlap = overlap;
    this.pageSize = pageSize;
    this.fullEvery = fullEvery;
  }

  /**
   * The plan of run {@code state.runsStarted() + 1}; for a {@link RunKind#HELD_DECISION}, the
   * approval of {@code approvedRun}'s held changes. {@code abandoned} is the checkpoint of a run
   * that stopped under other settings or another catalog and was given up for this one. {@code now}
   * is the worker's clock, {@code sourceNow} the source's when it tells: what the run reads ends
   * there.
   */
  SyncCheckpoint plan(
      RunState state,
      RunKind requested,
      Optional<Long> approvedRun,
      Optional<SyncCheckpoint> abandoned,
      String settings,
      Instant workerNow,
      Optional<Instant> sourceNow) {
    long known = view.count(ContactStateQuery.builder().status(ContactStatus.ACTIVE).build());
    SyncCheckpoint.Builder plan =
        SyncCheckpoint.builder()
            .runNumber(state.runsStarted() + 1)
            .requestedKind(requested)
            .startedAt(workerNow)
            .sourceStartedAt(sourceNow)
            .settingsFingerprint(settings)
            .knownAtStart(known);
    Instant now = sourceNow.orElse(workerNow);
    if (requested == RunKind.HELD_DECISION) {
      return plan.kind(RunKind.HELD_DECISION)
          .approvedRun(approvedRun)
          .phase(RunPhase.RELEASE)
          .build();
    }
    Optional<SourceSyncStatus> status = source.contactSyncStatus();
    plan.mergeSyncState(status.map(SourceSyncStatus::status))
        .mergeSyncIncomplete(status.map(SourceSyncStatus::incomplete).orElse(false));

    Optional<SyncWatermark> watermark = state.watermark();
    if (watermark.isEmpty()) {
      return full(
          plan,
          RunKind.INITIAL,
          "No run of this account has completed yet, so every contact is read.",
          now);
    }
    if (requested == RunKind.FULL_RECONCILIATION) {
      return full(plan, RunKind.FULL_RECONCILIATION, null, now);
    }
    if (abandoned.isPresent()) {
      // Its pages reached Levitate under settings that no longer apply, and an incremental run
      // would re-read only what Merge changed: the rest would keep the abandoned settings' shape.
      return full(
          plan,
          RunKind.FULL_RECONCILIATION,
          abandoned.get().runId()
              + " stopped under"
              + " other settings or another field catalog and was abandoned, so every contact is read"
              + " again.",
          now);
    }
    if (!watermark.get().settingsFingerprint().equals(settings)) {
      return full(
          plan,
          RunKind.FULL_RECONCILIATION,
          "The settings or the field catalog changed since the last run, so every contact is read"
              + " again.",
          now);
    }
    Optional<String> due = fullPassDue(watermark.get(), workerNow);
    if (due.isPresent()) {
      return full(plan, RunKind.FULL_RECONCILIATION, due.get(), now);
    }
    if (watermark.get().unread().overflowed()) {
      return full(
          plan,
          RunKind.FULL_RECONCILIATION,
          "More than "
              + UnreadRecords.MAX_IDS
              + " records of run-"
              + watermark.get().runNumber()
              + " could not be read, so every"
              + " contact is read again rather than each of them.",
          now);
    }
    return incremental(plan, watermark.get(), now);
  }

  private SyncCheckpoint incremental(
      SyncCheckpoint.Builder plan, SyncWatermark watermark, Instant now) {
    Instant since = watermark.windowStart().minus(overlap);
    List<ReadPosition> positions = new ArrayList<>();
    positions.add(
        ReadPosition.of(
            ReadPosition.Purpose.MODIFIED,
            query().modifiedAfter(since).modifiedBefore(now).build()));
    long all = view.count(ContactStateQuery.builder().build());
    long budget = Math.max(1, ceilDiv(all, pageSize));
    // What reading apart costs, in requests: a page per hundred contacts of a changed account, a
    // request per contact of a changed owner and per record the last run could not read.
    long accountPages = 0;
    long ownerContacts = 0;

    TreeSet<String> accounts = new TreeSet<>();
    List<SourceAccount> changed = source.accountsModifiedAfter(since);
    accountsRead = Optional.of(changed);
    for (SourceAccount account : changed) {
      accounts.add(account.mergeId());
    }
    for (String account : accounts) {
      long contacts = view.count(ContactStateQuery.builder().accountMergeId(account).build());
      if (contacts == 0) {
        continue;
      }
      accountPages += ceilDiv(contacts, pageSize);
      if (accountPages > budget) {
        return tooCostly(plan, now, budget, accountPages, ownerContacts, 0);
      }
      positions.add(
          ReadPosition.of(
              ReadPosition.Purpose.ACCOUNT,
              query().accountId(account).modifiedBefore(now).build()));
    }

    TreeSet<String> owners = new TreeSet<>();
    for (SourceUser user : source.usersModifiedAfter(since)) {
      owners.add(user.mergeId());
    }
    List<String> ids = new ArrayList<>();
    for (String owner : owners) {
      Optional<String> after = Optional.empty();
      while (true) {
        List<ContactState> page =
            view.contacts(
                ContactStateQuery.builder()
                    .ownerMergeId(owner)
                    .after(after)
                    .limit(pageSize)
                    .build());
        if (page.isEmpty()) {
          break;
        }
        for (ContactState state : page) {
          ids.add(state.salesforceId());
        }
        ownerContacts += page.size();
        if (accountPages + ownerContacts > budget) {
          return tooCostly(plan, now, budget, accountPages, ownerContacts, 0);
        }
        after = Optional.of(page.get(page.size() - 1).salesforceId());
      }
    }
    // Records the last run could not read, though Merge may not have changed them since.
    long unread = 0;
    for (String id : watermark.unread().salesforceIds()) {
      if (!ids.contains(id)) {
        ids.add(id);
        unread++;
      }
    }
    List<String> mergeIds = watermark.unread().mergeIds();
    unread += mergeIds.size();
    if (accountPages + ownerContacts + unread > budget) {
      return tooCostly(plan, now, budget, accountPages, ownerContacts, unread);
    }
    if (!ids.isEmpty()) {
      positions.add(
          ReadPosition.builder()
              .purpose(ReadPosition.Purpose.BY_ID)
              .query(ContactQuery.builder().pageSize(1).build())
              .remoteIds(ids)
              .build());
    }
    if (!mergeIds.isEmpty()) {
      positions.add(
          ReadPosition.builder()
              .purpose(ReadPosition.Purpose.BY_MERGE_ID)
              .query(ContactQuery.builder().pageSize(1).build())
              .remoteIds(mergeIds)
              .build());
    }
    return plan.kind(RunKind.INCREMENTAL).positions(positions).build();
  }

  /**
   * The accounts Merge changed that an incremental plan read, with their remote fields, for the run
   * to complete its contacts' accounts from; empty for other plans.
   */
  Optional<List<SourceAccount>> accountsRead() {
    return accountsRead;
  }

  /**
   * Why a full pass is due, when one is: formula fields change in Salesforce without Merge marking
   * the contact changed, so only reading every contact now and then catches them.
   */
  private Optional<String> fullPassDue(SyncWatermark watermark, Instant now) {
    if (fullEvery.isEmpty()) {
      return Optional.empty();
    }
    Optional<Instant> last = watermark.lastFullPassFinishedAt();
    String why =
        " ago, so every contact is read again: formula fields change without Merge"
            + " marking their contacts changed.";
    if (last.isEmpty()) {
      return Optional.of("No full pass of this account is on record" + why.substring(4));
    }
    if (last.get().plus(fullEvery.get()).isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of("The last full pass finished more than " + describe(fullEvery.get()) + why);
  }

  /** {@code 7 days}, {@code 12 hours}, {@code 90 minutes}, or the ISO form of an odd duration. */
  static String describe(Duration duration) {
    long seconds = duration.getSeconds();
    if (duration.getNano() == 0 && seconds % 86_400 == 0) {
      return plural(seconds / 86_400, "day");
    } else if (duration.getNano() == 0 && seconds % 3_600 == 0) {
      return plural(seconds / 3_600, "hour");
    } else if (duration.getNano() == 0 && seconds % 60 == 0) {
      return plural(seconds / 60, "minute");
    }
    return duration.toString();
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  /**
   * A full pass, because reading apart what changed would cost more requests than reading every
   * contact; the reason names what the cost came from (counted until it passed the budget), so that
   * an admin sees, say, records Merge keeps sending unreadable rather than changed accounts.
   */
  private SyncCheckpoint tooCostly(
      SyncCheckpoint.Builder plan,
      Instant now,
      long budget,
      long accountPages,
      long ownerContacts,
      long unread) {
    List<String> parts = new ArrayList<>();
    if (accountPages > 0) {
      parts.add(plural(accountPages, "page") + " of contacts of changed accounts");
    }
    if (ownerContacts > 0) {
      parts.add(plural(ownerContacts, "contact") + " of changed owners, one request each");
    }
    if (unread > 0) {
      parts.add(
          plural(unread, "record")
              + " the last run could not read (see its UNREADABLE_RECORD skips), one request"
              + " each");
    }
    return full(
        plan,
        RunKind.FULL_RECONCILIATION,
        "Reading apart what changed would cost more Merge requests than reading every contact ("
            + plural(budget, "page")
            + "): "
            + String.join("; ", parts)
            + ".",
        now);
  }

  private SyncCheckpoint full(
      SyncCheckpoint.Builder plan, RunKind kind, String reason, Instant now) {
    if (kind == RunKind.FULL_RECONCILIATION) {
      plan.expectedContacts(view.count(ContactStateQuery.builder().build()));
    }
    return plan.kind(kind)
        .kindReason(Optional.ofNullable(reason))
        .positions(
            List.of(ReadPosition.of(ReadPosition.Purpose.ALL, query().modifiedBefore(now).build())))
        .build();
  }

  private ContactQuery.Builder query() {
    return ContactQuery.builder().pageSize(pageSize);
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
