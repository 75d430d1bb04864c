package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.spi.BrakeDecision;
import ai.levitate.sf.core.spi.ContactPage;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.ContactStateQuery;
import ai.levitate.sf.core.spi.CursorRejectedException;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.ReadPosition;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.RunPhase;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import ai.levitate.sf.core.spi.SyncProgress;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.transform.ContactTransformer;
import ai.levitate.sf.core.transform.TransformResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one planned or resumed run to its end, a page at a time: each page is read, decided and
 * committed with the next checkpoint in one batch, so a run stopped anywhere resumes from its last
 * commit and emits exactly what an unstopped run would.
 *
 * <p>Phases: {@code READ} pages the planned positions (a full pass that leaves contacts unseen then
 * reads those Merge changed since the run began); a full pass then {@code SWEEP}s the contacts the
 * sync wrote that the read did not see; {@code RELEASE} emits the archives and removals held until
 * their number was known, unless the brake tripped.
 */
final class RunDriver {
  private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);

  private final RunContext ctx;
  private final Reconciler reconciler;
  private final Counter counter;
  private final long requestBase;

  /**
   * The cursors the checkpoint held when this call began: the ones a source may have let expire.
   */
  private final Set<String> storedCursors = new HashSet<>();

  /** The accounts the planner read for this run, when it planned it in this call. */
  private final Optional<List<SourceAccount>> planned;

  /** Accounts looked up one by one in this call, by Merge id; empty when the source had none. */
  private final Map<String, Optional<SourceAccount>> lookedUp = new HashMap<>();

  private AccountBook book = AccountBook.EMPTY;
  private RunState runState;
  private SyncCheckpoint checkpoint;

  RunDriver(
      RunContext ctx,
      Reconciler reconciler,
      RunState runState,
      long requestsAtStart,
      Optional<List<SourceAccount>> planned) {
    this.ctx = ctx;
    this.reconciler = reconciler;
    this.planned = planned;
    this.runState = runState;
    this.checkpoint = runState.checkpoint().orElseThrow();
    this.counter = new Counter(checkpoint.counts());
    this.requestBase = checkpoint.counts().mergeRequests() - requestsAtStart;
    checkpoint.positions().forEach(p -> p.query().cursor().ifPresent(storedCursors::add));
  }

  /** Commits the plan of a new run before its first read. */
  RunDriver start() {
    commit(work(Map.of()), runState);
    return this;
  }

  SyncReport execute() {
    log.debug(
        "{} {} {} in phase {}",
        checkpoint.resumes() > 0 ? "Resuming" : "Starting",
        checkpoint.kind(),
        checkpoint.runId(),
        checkpoint.phase());
    ctx.tell(l -> l.runStarted(progress()));
    Optional<String> early = ctx.control().stopReason(ctx.clock().instant());
    if (early.isPresent()) {
      return cancelled(early.get());
    }
    // The accounts are read again by every call that resumes a pass, none of them kept: a deadline
    // that passes while they are read still lets this call read a page, or a list longer than the
    // host's time slot would keep the run from ever moving on. A cancel stops it at its next page.
    boolean mayPassDeadline = false;
    if (checkpoint.phase() == RunPhase.READ || checkpoint.phase() == RunPhase.SWEEP) {
      Optional<String> stopped = readBook();
      if (stopped.isPresent()) {
        // The requests the list cost count for the run, although nothing else is kept.
        commit(work(Map.of()), checkpoint);
        return cancelled(stopped.get());
      }
      mayPassDeadline = true;
    }
    while (true) {
      Optional<String> stop = ctx.control().stopReason(ctx.clock().instant());
      if (stop.isPresent() && (!mayPassDeadline || ctx.control().cancelled())) {
        return cancelled(stop.get());
      }
      mayPassDeadline = false;
      switch (checkpoint.phase()) {
        case READ -> read();
        case SWEEP -> sweep();
        case RELEASE -> {
          if (!release()) {
            return finish();
          }
        }
      }
    }
  }

  private void read() {
    List<ReadPosition> positions = checkpoint.positions();
    int index = 0;
    while (index < positions.size() && positions.get(index).done()) {
      index++;
    }
    if (index == positions.size()) {
      afterRead();
      return;
    }
    ReadPosition position = positions.get(index);
    if (ctx.pace().partitions()
        && Windows.splittable(position)
        && ctx.source().listsByCreatedAt()) {
      new WindowReader(ctx, this).read();
      return;
    }
    new SliceReader(ctx, this).read(index);
  }

  /**
   * Fills the book with the accounts whose {@code Type} the run knows; the reason the run's control
   * stopped it meanwhile, if it was cancelled (then the book stays unfilled, or filled but unused).
   * A full pass that reads its pages side by side over a source that pages its accounts list by
   * {@code created_at} reads that list in windows side by side too ({@link AccountReader});
   * otherwise the list comes from {@link #accounts()}, the cancel looked at before each account:
   * before each page of a list the source reads lazily.
   */
  private Optional<String> readBook() {
    if (fullPass() && ctx.pace().partitions() && ctx.source().listsByCreatedAt()) {
      Optional<AccountReader.Read> read = AccountReader.readAll(ctx, checkpoint.readsUntil());
      if (read.isPresent()) {
        if (read.get().stopped().isPresent()) {
          return read.get().stopped();
        }
        book = read.get().book().orElseThrow();
        return cancelReason();
      }
    }
    AccountBook.Builder read = new AccountBook.Builder();
    Iterator<SourceAccount> accounts = accounts().iterator();
    while (true) {
      Optional<String> cancelled = cancelReason();
      if (cancelled.isPresent()) {
        return cancelled;
      }
      if (!accounts.hasNext()) {
        break;
      }
      read.add(accounts.next());
    }
    book = read.build();
    return Optional.empty();
  }

  /**
   * Why the run stops now, if it was cancelled: a cancel that came while the accounts list was
   * read, even during its last page, stops the run before its first contact page, with the list's
   * requests kept.
   */
  private Optional<String> cancelReason() {
    return ctx.control().cancelled()
        ? ctx.control().stopReason(ctx.clock().instant())
        : Optional.empty();
  }

  /**
   * The accounts whose {@code Type} the run knows: every account for a full pass, page after page;
   * for an incremental run those Merge changed since the run reads contacts from (the planner's
   * list, or read again on a resume), the others' types coming from each contact's state.
   */
  private Iterable<SourceAccount> accounts() {
    if (fullPass()) {
      return ctx.source().accounts();
    }
    if (planned.isPresent()) {
      return planned.get();
    }
    for (ReadPosition position : checkpoint.positions()) {
      if (position.purpose() == ReadPosition.Purpose.MODIFIED
          && position.query().modifiedAfter().isPresent()) {
        return ctx.source().accountsModifiedAfter(position.query().modifiedAfter().get());
      }
    }
    return List.of();
  }

  /** Fails a page that names its own cursor as the next: paging would never end. */
  static void checkCursor(ReadPosition position, ContactPage page) {
    if (page.next().isPresent() && page.next().equals(position.query().cursor())) {
      throw new InconsistentSourceException(
          "The source answered cursor "
              + page.next().get()
              + " with the same cursor as the next page's; paging would not end.");
    }
  }

  /**
   * Syncs what one read brought (contacts with their transforms, in order, and unreadable records)
   * and commits it with {@code positions} as the checkpoint's read positions.
   */
  void commitRead(
      List<ReadPosition> positions,
      List<SourceContact> contacts,
      List<Completed> results,
      List<ContactProblem> unreadable) {
    Set<String> ids = new LinkedHashSet<>();
    contacts.forEach(c -> salesforceId(c).ifPresent(ids::add));
    unreadable.forEach(p -> p.salesforceId().ifPresent(ids::add));
    Conflicts.retrying(
        counter,
        checkpoint.runId(),
        () -> {
          PageWork work = work(ctx.view().contacts(ids));
          process(contacts, results, unreadable, work);
          commitPage(work, SyncCheckpoint.builder().from(checkpoint).positions(positions).build());
          return null;
        });
  }

  SyncCheckpoint checkpoint() {
    return checkpoint;
  }

  /**
   * Whether {@code failure}, met reading {@code query}, is the source refusing a cursor this call
   * found in the checkpoint: Merge's cursors may expire while a run is stopped. A fresh cursor
   * refused is a failure of the source, and stops the run; the next call then restarts the slice.
   */
  boolean restartable(Throwable failure, ContactQuery query) {
    return failure instanceof CursorRejectedException
        && query.cursor().filter(storedCursors::contains).isPresent();
  }

  /**
   * Reads the slice at {@code index} again from its start, its cursor no longer accepted. Contacts
   * read twice in a run are synced once; the checkpoint is committed without a page.
   */
  void restart(int index) {
    List<ReadPosition> positions = new ArrayList<>(checkpoint.positions());
    ReadPosition position = positions.get(index);
    storedCursors.remove(position.query().cursor().orElseThrow());
    positions.set(
        index,
        ReadPosition.builder()
            .from(position)
            .query(ContactQuery.builder().from(position.query()).cursor(Optional.empty()).build())
            .build());
    log.warn(
        "The source no longer accepts a cursor {} stored; its {} slice is read again from"
            + " its start.",
        checkpoint.runId(),
        position.purpose());
    commit(work(Map.of()), SyncCheckpoint.builder().from(checkpoint).positions(positions).build());
  }

  private void afterRead() {
    SyncCheckpoint.Builder next = SyncCheckpoint.builder().from(checkpoint);
    if (fullPass()) {
      long unseen = ctx.view().count(unseen().build());
      if (unseen > 0 && lateRead(next)) {
        commit(work(Map.of()), next.build());
        return;
      }
      boolean empty = counter.read == 0 && checkpoint.knownAtStart() > 0;
      boolean lookups =
          !empty
              && !checkpoint.mergeSyncIncomplete()
              && !ctx.brake().trips(counter.held + unseen, checkpoint.knownAtStart());
      next.phase(RunPhase.SWEEP).sourceEmpty(empty).sweepLookups(lookups);
      if (unseen == 0) {
        // Nothing to sweep: skip to where the sweep's first, empty, page would lead, without
        // asking the store for it (in a store without statistics, a scan of every state).
        SyncCheckpoint sweep = next.build();
        next =
            SyncCheckpoint.builder()
                .from(sweep)
                .phase(RunPhase.RELEASE)
                .brake(RunEnd.brake(sweep, counter, ctx.brake()));
      }
    } else {
      next.phase(RunPhase.RELEASE).brake(brake());
    }
    commit(work(Map.of()), next.build());
  }

  /**
   * Plans, once, the read of contacts Merge changed while the full pass read its snapshot (which
   * ends at the run's start), so that none of them is counted missing: a contact edited during the
   * run is read, not held as an archive the brake weighs and a person may approve. Begins at the
   * run's start less the overlap, and 1 µs before that, since Merge's bounds are exclusive.
   *
   * @return false when it was planned before: the sweep is next
   */
  private boolean lateRead(SyncCheckpoint.Builder next) {
    for (ReadPosition position : checkpoint.positions()) {
      if (position.purpose() == ReadPosition.Purpose.MODIFIED) {
        return false;
      }
    }
    Instant since = checkpoint.readsUntil().minus(ctx.overlap()).minus(1, ChronoUnit.MICROS);
    next.addPositions(
        ReadPosition.of(
            ReadPosition.Purpose.MODIFIED,
            ContactQuery.builder().pageSize(ctx.pageSize()).modifiedAfter(since).build()));
    return true;
  }

  private void sweep() {
    Conflicts.retrying(
        counter,
        checkpoint.runId(),
        () -> {
          sweepPage();
          return null;
        });
  }

  private void sweepPage() {
    List<ContactState> states =
        ctx.view().contacts(unseen().after(checkpoint.sweepAfter()).limit(ctx.pageSize()).build());
    if (states.isEmpty()) {
      commit(
          work(Map.of()),
          SyncCheckpoint.builder().from(checkpoint).phase(RunPhase.RELEASE).brake(brake()).build());
      return;
    }
    Map<String, ContactState> previous = new HashMap<>();
    states.forEach(s -> previous.put(s.salesforceId(), s));
    PageWork work = work(previous);
    for (ContactState state : states) {
      if (checkpoint.sweepLookups()) {
        ContactPage page =
            ctx.source().readContacts(byId(ContactQuery.all(), state.salesforceId()));
        if (!page.contacts().isEmpty() || !page.unreadable().isEmpty()) {
          process(page.contacts(), transform(page.contacts()), page.unreadable(), work);
          continue;
        }
      }
      work.apply(Optional.of(state.salesforceId()), reconciler.missing(state, run()));
    }
    String last = states.get(states.size() - 1).salesforceId();
    commitPage(work, SyncCheckpoint.builder().from(checkpoint).sweepAfter(last).build());
  }

  /**
   * Emits (or, for a held decision, drops when stale) one page of held changes; false when done.
   */
  private boolean release() {
    return Conflicts.retrying(counter, checkpoint.runId(), this::releasePage);
  }

  private boolean releasePage() {
    boolean decision = checkpoint.kind() == RunKind.HELD_DECISION;
    if (!decision && checkpoint.brake().map(BrakeDecision::tripped).orElse(false)) {
      return false;
    }
    List<HeldChange> held =
        ctx.view()
            .heldChanges(
                HeldChangeQuery.builder()
                    .heldInRun(decision ? checkpoint.approvedRun() : Optional.of(run()))
                    .after(checkpoint.releaseAfter())
                    .limit(ctx.pageSize())
                    .build());
    if (held.isEmpty()) {
      return false;
    }
    Set<String> ids = new LinkedHashSet<>();
    held.forEach(h -> ids.add(h.salesforceId()));
    Map<String, ContactState> states = ctx.view().contacts(ids);
    PageWork work = work(states);
    for (HeldChange change : held) {
      work.release(change, Optional.ofNullable(states.get(change.salesforceId())), !decision);
    }
    String last = held.get(held.size() - 1).salesforceId();
    commitPage(work, SyncCheckpoint.builder().from(checkpoint).releaseAfter(last).build());
    return true;
  }

  private SyncReport finish() {
    Instant now = ctx.clock().instant();
    boolean braked =
        checkpoint.brake().map(BrakeDecision::tripped).orElse(false) && counter.held > 0;
    RunOutcome outcome = braked ? RunOutcome.BRAKED : RunOutcome.COMPLETED;
    RunState.Builder next = RunState.builder().from(runState).checkpoint(Optional.empty());
    if (checkpoint.kind() != RunKind.HELD_DECISION) {
      next.watermark(RunEnd.watermark(checkpoint, outcome, now, runState.watermark()));
    }
    SyncCheckpoint last = checkpoint;
    commit(work(Map.of()), next.build());
    SyncReport report =
        RunEnd.report(
            last, outcome, now, counter, ctx.dryRun(), ctx.sourceClockTolerance(), noFields());
    log.debug(
        "{} ended {}: {} changes, {} held, {} pages, {} Merge requests",
        report.runId(),
        outcome,
        report.counts().changes(),
        report.counts().held(),
        report.counts().pages(),
        report.counts().mergeRequests());
    ctx.tell(l -> l.runFinished(report));
    return report;
  }

  /** Whether the run's field catalog is empty: only the common model syncs. */
  private boolean noFields() {
    return ctx.transformer().catalog().fields().isEmpty();
  }

  /**
   * Ends the call at a page boundary: the last page and its checkpoint are committed, so the next
   * call resumes from there; the watermark stays where it was.
   */
  private SyncReport cancelled(String why) {
    counter.requests = requestBase + ctx.source().requestCount();
    SyncReport report =
        RunEnd.report(
            checkpoint,
            RunOutcome.CANCELLED,
            ctx.clock().instant(),
            counter,
            ctx.dryRun(),
            ctx.sourceClockTolerance(),
            noFields());
    log.info(
        "{} stopped at a page boundary because {}: {} pages so far; the next run resumes it",
        report.runId(),
        why,
        report.counts().pages());
    ctx.tell(l -> l.runFinished(report));
    return report;
  }

  /**
   * A contact with its account completed as far as the run could, its transform, and the
   * transformed contact's fingerprint when it has one.
   */
  record Completed(SourceContact contact, TransformResult result, Optional<String> fingerprint) {
    /** Transforms the contact and works out the fingerprint: CPU spent off the run's thread. */
    static Completed of(SourceContact contact, ContactTransformer transformer) {
      TransformResult result = transformer.transform(contact);
      return new Completed(
          contact,
          result,
          result instanceof TransformResult.Transformed transformed
              ? Optional.of(Fingerprints.contact(transformed.contact()))
              : Optional.empty());
    }
  }

  /**
   * {@code contacts} with their accounts completed from the run's accounts, and their transforms,
   * in order; safe on the executor's threads.
   */
  List<Completed> transform(List<SourceContact> contacts) {
    List<Completed> results = new ArrayList<>(contacts.size());
    for (SourceContact contact : contacts) {
      SourceContact completed = book.complete(contact);
      results.add(Completed.of(completed, ctx.transformer()));
    }
    return results;
  }

  /**
   * The contact with its account completed, and its transform: from the run's accounts (done by
   * {@link #transform}), else from what the contact's state recorded of the same account, else by
   * looking the account up (once a call); transformed again only when that adds anything.
   */
  private Completed completed(Completed done, Optional<ContactState> state) {
    SourceContact contact = done.contact();
    if (!AccountBook.incomplete(contact)) {
      return done;
    }
    SourceContact better = book.fromState(contact, state);
    if (AccountBook.incomplete(better)) {
      String id = contact.account().orElseThrow().mergeId();
      Optional<SourceAccount> found =
          lookedUp.computeIfAbsent(
              id, k -> ctx.source().account(k).filter(a -> a.mergeId().equals(k)));
      if (found.isPresent()) {
        better = AccountBook.withAccount(contact, found.get());
      }
    }
    return better == contact ? done : Completed.of(better, ctx.transformer());
  }

  private void process(
      List<SourceContact> contacts,
      List<Completed> results,
      List<ContactProblem> unreadable,
      PageWork work) {
    for (ContactProblem problem : unreadable) {
      counter.read++;
      work.unreadable(problem);
      Optional<String> id = problem.salesforceId();
      work.apply(id, reconciler.unreadable(problem, id.flatMap(work::current), run()));
    }
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < contacts.size(); i++) {
      SourceContact contact = contacts.get(i);
      counter.read++;
      Optional<String> id = salesforceId(contact);
      if (id.isPresent()) {
        String kept = seen.putIfAbsent(id.get(), contact.mergeId());
        if (kept != null) {
          work.apply(id, reconciler.duplicate(contact, id.get(), kept));
          continue;
        }
      }
      Optional<ContactState> state = id.flatMap(work::current);
      Completed done = completed(results.get(i), state);
      TransformResult result = done.result();
      Decision decision =
          reconciler.decide(done.contact(), result, done.fingerprint(), state, run());
      work.apply(id, decision);
      work.fieldProblems(result.fieldProblems(), decision);
    }
  }

  private SyncProgress progress() {
    return Progress.of(checkpoint, counter, ctx.clock().instant(), ctx.pace().readers());
  }

  private BrakeDecision brake() {
    return RunEnd.brake(checkpoint, counter, ctx.brake());
  }

  /** Commits a page and tells the listener; phase changes commit quietly. */
  private void commitPage(PageWork work, SyncCheckpoint next) {
    counter.pages++;
    commit(work, next);
    ctx.tell(l -> l.pageCommitted(progress()));
  }

  private void commit(PageWork work, SyncCheckpoint next) {
    commit(work, RunState.builder().from(runState).checkpoint(next).build());
  }

  /** One batch: the page's changes and states with the run state that follows them. */
  private void commit(PageWork work, RunState next) {
    counter.requests = requestBase + ctx.source().requestCount();
    RunState.Builder state = RunState.builder().from(next);
    next.checkpoint()
        .ifPresent(
            cp ->
                state.checkpoint(
                    SyncCheckpoint.builder()
                        .from(cp)
                        .counts(counter.snapshot())
                        .changesEmitted(work.nextPosition())
                        .unread(cp.unread().plus(work.unreadable()))
                        .build()));
    RunState committed = state.build();
    ctx.commit(work.batch(ctx.fencingToken(), committed), checkpoint.runId());
    runState = committed;
    committed.checkpoint().ifPresent(cp -> checkpoint = cp);
    String runId = checkpoint.runId();
    for (ContactProblem problem : work.problems()) {
      ctx.tell(l -> l.contactSkipped(runId, problem));
    }
    for (FieldProblem problem : work.fieldProblems()) {
      ctx.tell(l -> l.fieldProblem(runId, problem));
    }
  }

  private PageWork work(Map<String, ContactState> previous) {
    return new PageWork(checkpoint.runId(), run(), checkpoint.changesEmitted(), counter, previous);
  }

  /**
   * Active contacts the run did not read: the sync's own, and those a person restored, whose
   * restore may hold against another reason than Merge no longer returning them.
   */
  private ContactStateQuery.Builder unseen() {
    return ContactStateQuery.builder().status(ContactStatus.ACTIVE).seenBeforeRun(run());
  }

  private boolean fullPass() {
    return RunEnd.fullPass(checkpoint);
  }

  private long run() {
    return checkpoint.runNumber();
  }

  static ContactQuery byId(ContactQuery template, String salesforceId) {
    return ContactQuery.builder()
        .from(template)
        .remoteId(salesforceId)
        .cursor(Optional.empty())
        .build();
  }

  static Optional<String> salesforceId(SourceContact contact) {
    return Texts.trimmed(contact.remoteId());
  }
}
