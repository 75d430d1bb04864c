package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.LogContext;
import ai.levitate.sf.core.NanoClock;
import ai.levitate.sf.core.internal.Mdc;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactSink;
import ai.levitate.sf.core.spi.ContactSource;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import ai.levitate.sf.core.spi.SyncLease;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncLock;
import ai.levitate.sf.core.spi.SyncLockedException;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.spi.SyncStore;
import ai.levitate.sf.core.transform.ContactTransformer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * Keeps one linked account's Levitate contacts in step with Salesforce: reads contacts from the
 * source, transforms them, compares them with what the sync wrote before, and commits only the
 * changes, page by page, each page with its checkpoint in one batch.
 *
 * <pre>{@code
 * SyncEngine engine = SyncEngine.builder()
 *     .source(contactSource)       // Merge, through levitate-sf-merge-client
 *     .storage(store)              // the host's SyncStore
 *     .lock(lock)
 *     .settings(settings)
 *     .listener(progressBar)
 *     .build();
 * SyncReport report = engine.run();                 // initial, then incremental
 * if (report.outcome() == RunOutcome.BRAKED) {
 *   // show report.brake().get().summary() to an admin; after approval of that decision:
 *   engine.approveHeld(report.runNumber());
 * }
 * }</pre>
 *
 * <p>A full pass over a source that {@linkplain ContactSource#listsByCreatedAt() lists by
 * created_at} and {@linkplain ContactSource#readLimits() says its rate limit} (Merge's does) pages
 * several windows of Merge's {@code created_at} at once, with {@code modified_before} fixed at the
 * run's start so the snapshot holds still: as many as keep the rate limit busy at the time a page
 * takes, {@code ceil(1.25 * requests a second * seconds a page)}, at most the source's requests in
 * flight and 16, re-estimated after every page ({@link Builder#readConcurrency(int)} fixes the
 * number instead). It starts with one window; while readers are idle, a window whose page shows
 * more to come is split at even instants of its unread range into one piece per idle reader. Each
 * window's position is in the checkpoint, so a resumed run skips finished windows. Every contact is
 * read once; each window's pages reach the sink in order, one commit at a time, while the order
 * across windows follows the network (so do the windows themselves). An incremental read is split
 * the same way only when it is large: a small one costs exactly its pages. The windows are read on
 * the host's {@link Builder#executor(Executor)}, or else on threads the run starts and stops.
 *
 * <pre>{@code
 * ExecutorService readers = Executors.newFixedThreadPool(16);   // shared by the host's accounts
 * SyncEngine engine = SyncEngine.builder()
 *     ...
 *     .executor(readers)           // no threads of the engine's own
 *     .build();
 * }</pre>
 *
 * <p>A run that stops (a crash, an exception, a lapsed lease) leaves its last checkpoint; the next
 * call resumes that run, whatever kind it asks for, and ends exactly as an unstopped run would. A
 * checkpoint made with other settings or another field catalog is abandoned: the archives and
 * removals it held are dropped, never emitted, and a full reconciliation starts, since the
 * abandoned run may have written any contact under settings that no longer apply. One engine serves
 * one account; it is safe to call from one thread at a time.
 */
public final class SyncEngine {
  private static final int MAX_READ_CONCURRENCY = 32;

  private final ContactSource source;
  private final SyncStore store;
  private final ContactSink sink;
  private final SyncLock lock;
  private final SyncListener listener;
  private final SyncSettings settings;
  private final Clock clock;
  private final Duration overlap;
  private final Duration leaseDuration;
  private final String holder;
  private final int pageSize;
  private final int readConcurrency;
  private final Optional<Executor> executor;
  private final NanoClock nanoClock;
  private final Optional<Duration> fullReconciliationEvery;
  private final Duration sourceClockTolerance;
  private final Optional<String> accountKey;

  /** A copy of the builder this engine was built from, for {@link #newBuilder()}. */
  private final Builder template;

  private SyncEngine(Builder builder) {
    this.template = new Builder(builder);
    this.source = builder.source;
    this.store = builder.store;
    this.sink = builder.sink != null ? builder.sink : builder.store;
    this.lock = builder.lock;
    this.listener = builder.listener;
    this.settings = builder.settings;
    this.clock = builder.clock;
    this.overlap = builder.overlap;
    this.leaseDuration = builder.leaseDuration;
    this.holder = builder.holder;
    this.pageSize = builder.pageSize;
    this.readConcurrency = builder.readConcurrency;
    this.executor = Optional.ofNullable(builder.executor);
    this.nanoClock = builder.nanoClock;
    this.fullReconciliationEvery = Optional.ofNullable(builder.fullReconciliationEvery);
    this.sourceClockTolerance = builder.sourceClockTolerance;
    this.accountKey = Optional.ofNullable(builder.accountKey);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding everything this engine was built with, to derive another for the same
   * account: the settings an admin is editing, previewed with {@code
   * engine.newBuilder().settings(candidate).build().dryRun()}.
   */
  public Builder newBuilder() {
    return new Builder(template);
  }

  /**
   * The run the account needs: the initial sync, or else an incremental one; a run that stopped
   * before it finished is resumed instead, and ends as an unstopped run would.
   *
   * @throws SyncLockedException when another worker holds the account's lease
   * @throws ai.levitate.sf.core.settings.InvalidSettingsException when the settings name fields the
   *     catalog lacks, or fields of the wrong type
   * @throws ai.levitate.sf.core.spi.LeaseLostException when the lease lapsed or was taken over
   *     during the run
   * @throws ai.levitate.sf.core.LevitateSfException when the source fails for good (the Merge
   *     client's {@code MergeException}s, past its retries) or the host's storage refuses a batch;
   *     the run's last checkpoint stays, and the next call resumes from it
   */
  public SyncReport run() {
    return run(RunRequest.INCREMENTAL);
  }

  /**
   * A run as {@code request} asks. An incremental run becomes a full reconciliation when the
   * settings or the catalog changed, when the last full pass is older than {@link
   * Builder#fullReconciliationEvery(Duration)}, or when reading the contacts of changed accounts
   * and owners would cost more than reading everything; an account never synced gets its initial
   * run either way. {@link SyncReport#kind()} is what ran and {@link SyncReport#kindReason()} says
   * why it differs from the request.
   */
  public SyncReport run(RunRequest request) {
    return run(request, RunControl.create());
  }

  /**
   * {@link #run()}, stopped early when {@code control} is cancelled or its deadline passes: the run
   * then ends at its next page boundary with its checkpoint committed, reports {@link
   * RunOutcome#CANCELLED}, and the next run resumes it.
   */
  public SyncReport run(RunControl control) {
    return run(RunRequest.INCREMENTAL, control);
  }

  /** {@link #run(RunRequest)}, stopped early as {@link #run(RunControl)} says. */
  public SyncReport run(RunRequest request, RunControl control) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(control, "control == null");
    return execute(request.kind(), Optional.empty(), false, control).report();
  }

  /** What {@link #run()} would do now, emitting and storing nothing. */
  public DryRun dryRun() {
    return dryRun(RunRequest.INCREMENTAL);
  }

  /** What {@link #run(RunRequest)} would do now, emitting and storing nothing. */
  public DryRun dryRun(RunRequest request) {
    Objects.requireNonNull(request, "request == null");
    return execute(request.kind(), Optional.empty(), true, RunControl.create());
  }

  /**
   * Emits the archives and removals that run {@code runNumber}'s brake held, after a person
   * approved that run's decision ({@link SyncReport#brake()}). Changes other runs hold are left
   * alone: a scheduled run that brakes after the person looked does not ride on their approval. A
   * held change whose contact a later run decided afresh, or a person set the status of, is dropped
   * instead. Approving a decision twice emits nothing the second time.
   *
   * @throws IllegalArgumentException when {@code runNumber} names no run of this account
   * @throws IllegalStateException when a run is in progress ({@link #run()} finishes it first), or
   *     run {@code runNumber} holds nothing to approve (it did not brake, or its held changes were
   *     dropped when it was abandoned)
   */
  public SyncReport approveHeld(long runNumber) {
    return execute(RunKind.HELD_DECISION, Optional.of(runNumber), false, RunControl.create())
        .report();
  }

  private DryRun execute(
      RunKind requested, Optional<Long> approvedRun, boolean dryRun, RunControl control) {
    try (Mdc mdc = Mdc.open(accountKey)) {
      return execute(requested, approvedRun, dryRun, control, mdc);
    }
  }

  private DryRun execute(
      RunKind requested, Optional<Long> approvedRun, boolean dryRun, RunControl control, Mdc mdc) {
    long requestsAtStart = source.requestCount();
    Instant asked = clock.instant();
    long askedNanos = nanoClock.nanoTime();
    Optional<SyncLease> lease =
        dryRun
            ? Optional.empty()
            : Optional.of(
                lock.tryAcquire(holder, leaseDuration)
                    .orElseThrow(
                        () ->
                            new SyncLockedException(
                                "Another worker holds the sync"
                                    + " lease of this account; try again when its run ends or its lease lapses.")));
    ReadPace pace =
        readConcurrency > 0
            ? ReadPace.fixed(readConcurrency)
            : ReadPace.chosen(source.readLimits());
    try (ReaderThreads readers = new ReaderThreads(executor, pace.maxReaders())) {
      StateView view = dryRun ? new DryRunView(store) : StateView.of(store, sink);
      RunState state = view.runState();
      Optional<SyncCheckpoint> open = state.checkpoint();
      // Until the plan is made: the run this call resumes, or the next.
      mdc.run(open.map(SyncCheckpoint::runId).orElse("run-" + (state.runsStarted() + 1)));
      FieldCatalog catalog = source.fieldCatalog();
      ContactTransformer transformer = ContactTransformer.create(catalog, settings);
      String fingerprint = Fingerprints.settings(settings, catalog);
      RunContext ctx =
          new RunContext(
              source,
              view,
              transformer,
              settings.brake(),
              listener,
              clock,
              new LeaseKeeper(lease, leaseDuration, clock, asked, nanoClock, askedNanos),
              overlap,
              pageSize,
              dryRun,
              pace,
              readers,
              nanoClock,
              sourceClockTolerance,
              control);
      if (requested == RunKind.HELD_DECISION) {
        checkApproval(view, state, approvedRun.orElseThrow());
      }
      RunDriver driver;
      if (open.isPresent()
          && (open.get().settingsFingerprint().equals(fingerprint)
              || open.get().kind() == RunKind.HELD_DECISION)) {
        SyncCheckpoint resumed =
            SyncCheckpoint.builder().from(open.get()).resumes(open.get().resumes() + 1).build();
        driver =
            new RunDriver(
                ctx,
                new Reconciler(settings),
                RunState.builder().from(state).checkpoint(resumed).build(),
                requestsAtStart,
                Optional.empty());
      } else {
        if (open.isPresent()) {
          Abandonment.discard(ctx, state);
        }
        Planner planner = new Planner(source, view, overlap, pageSize, fullReconciliationEvery);
        SyncCheckpoint plan =
            planner.plan(
                state,
                requested,
                approvedRun,
                open,
                fingerprint,
                clock.instant(),
                source.sourceNow());
        RunState started =
            RunState.builder().from(state).runsStarted(plan.runNumber()).checkpoint(plan).build();
        mdc.run(plan.runId());
        driver =
            new RunDriver(
                    ctx, new Reconciler(settings), started, requestsAtStart, planner.accountsRead())
                .start();
      }
      SyncReport report = driver.execute();
      DryRun result = DryRun.builder().report(report).build();
      if (view instanceof DryRunView dry) {
        result =
            DryRun.builder()
                .report(report)
                .changes(dry.changes())
                .held(dry.held(report.runNumber()))
                .build();
      }
      return result;
    } finally {
      lease.ifPresent(SyncLease::close);
    }
  }

  /** Refuses an approval that would not emit exactly the decision of run {@code approved}. */
  private static void checkApproval(StateView view, RunState state, long approved) {
    if (approved < 1 || approved > state.runsStarted()) {
      throw new IllegalArgumentException(
          "runNumber must name a run of this account, 1 to "
              + state.runsStarted()
              + ", was "
              + approved
              + ".");
    }
    Optional<SyncCheckpoint> open = state.checkpoint();
    if (open.isPresent() && !open.get().approvedRun().equals(Optional.of(approved))) {
      throw new IllegalStateException(
          open.get().runId()
              + " is in progress; "
              + (open.get().kind() == RunKind.HELD_DECISION
                  ? "approveHeld(" + open.get().approvedRun().orElseThrow() + ")"
                  : "run()")
              + " finishes it before held changes can be approved.");
    }
    boolean lastBraked =
        state
            .watermark()
            .filter(w -> w.runNumber() == approved && w.outcome() == RunOutcome.BRAKED)
            .isPresent();
    if (open.isEmpty()
        && !lastBraked
        && view.heldChanges(HeldChangeQuery.builder().heldInRun(approved).limit(1).build())
            .isEmpty()) {
      throw new IllegalStateException(
          "run-"
              + approved
              + " holds no archives or removals to"
              + " approve: its brake did not trip, or it was abandoned and what it held dropped.");
    }
  }

  /** Configures a {@link SyncEngine}; source, storage, lock and settings are required. */
  public static final class Builder {
    private ContactSource source;
    private SyncStore store;
    private ContactSink sink;
    private SyncLock lock;
    private SyncListener listener = SyncListener.NONE;
    private SyncSettings settings;
    private Clock clock = Clock.systemUTC();
    private Duration overlap = Duration.ofMinutes(5);
    private Duration leaseDuration = Duration.ofMinutes(10);
    private String holder = "levitate-sf";
    private int pageSize = ContactQuery.MAX_PAGE_SIZE;
    private int readConcurrency;
    private Executor executor;
    private NanoClock nanoClock = NanoClock.system();
    private Duration fullReconciliationEvery = Duration.ofDays(7);
    private Duration sourceClockTolerance = Duration.ofMinutes(1);
    private String accountKey;

    private Builder() {}

    private Builder(Builder from) {
      this.source = from.source;
      this.store = from.store;
      this.sink = from.sink;
      this.lock = from.lock;
      this.listener = from.listener;
      this.settings = from.settings;
      this.clock = from.clock;
      this.overlap = from.overlap;
      this.leaseDuration = from.leaseDuration;
      this.holder = from.holder;
      this.pageSize = from.pageSize;
      this.readConcurrency = from.readConcurrency;
      this.executor = from.executor;
      this.nanoClock = from.nanoClock;
      this.fullReconciliationEvery = from.fullReconciliationEvery;
      this.sourceClockTolerance = from.sourceClockTolerance;
      this.accountKey = from.accountKey;
    }

    /**
     * The host's key for this linked account (its own id for the connection, say). Every line the
     * run logs, on its thread and on the executor's, carries it in the SLF4J MDC under {@link
     * LogContext#ACCOUNT_KEY}, and the run's id, {@code <key>/run-<n>}, under {@link
     * LogContext#RUN_ID}: unique across the host's accounts. Unset: no account in the MDC, and run
     * ids {@code run-<n>}. Never sent anywhere.
     */
    public Builder accountKey(String accountKey) {
      Objects.requireNonNull(accountKey, "accountKey == null");
      if (accountKey.isBlank()) {
        throw new IllegalArgumentException("accountKey must not be blank.");
      }
      this.accountKey = accountKey;
      return this;
    }

    public Builder source(ContactSource source) {
      this.source = Objects.requireNonNull(source, "source == null");
      return this;
    }

    /**
     * The account's storage: what the sync remembers, read through {@link SyncStore}, and where
     * each page is committed ({@link ContactSink#commit}), unless {@link #sink(ContactSink)} says
     * otherwise.
     */
    public Builder storage(SyncStore storage) {
      this.store = Objects.requireNonNull(storage, "storage == null");
      return this;
    }

    /**
     * Where pages are committed instead of the storage's own {@link ContactSink#commit}: a host's
     * wrapper around it, say, that also publishes the changes. Unset, the storage commits.
     */
    public Builder sink(ContactSink sink) {
      this.sink = Objects.requireNonNull(sink, "sink == null");
      return this;
    }

    public Builder lock(SyncLock lock) {
      this.lock = Objects.requireNonNull(lock, "lock == null");
      return this;
    }

    public Builder listener(SyncListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    public Builder settings(SyncSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings == null");
      return this;
    }

    /** The clock runs are timed and stamped with; the system's UTC clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * How far before the previous run's start (on Merge's clock when the source tells it) an
     * incremental run reads, for changes Merge stored late; 5 minutes by default.
     */
    public Builder overlap(Duration overlap) {
      Objects.requireNonNull(overlap, "overlap == null");
      if (overlap.isNegative()) {
        throw new IllegalArgumentException("overlap must be zero or more, was " + overlap + ".");
      }
      this.overlap = overlap;
      return this;
    }

    /**
     * How often an incremental run becomes a full reconciliation, counted from the end of the last
     * full pass; 7 days by default. Salesforce formula fields change without Merge marking their
     * contacts changed, so only a full pass catches them (and contacts Merge stopped listing).
     * {@code null} or zero: never, unless the host asks for one.
     */
    public Builder fullReconciliationEvery(@Nullable Duration every) {
      if (every != null && every.isNegative()) {
        throw new IllegalArgumentException(
            "fullReconciliationEvery must be zero or more (zero: never), was " + every + ".");
      }
      this.fullReconciliationEvery = every == null || every.isZero() ? null : every;
      return this;
    }

    /**
     * How far the worker's clock may be from the source's before the run's report warns of it
     * ({@link ai.levitate.sf.core.spi.RunWarning.Kind#SOURCE_CLOCK_SKEW}); 1 minute by default.
     * Runs read up to the source's own time either way, so a skew costs nothing but a warning.
     */
    public Builder sourceClockTolerance(Duration tolerance) {
      Objects.requireNonNull(tolerance, "tolerance == null");
      if (tolerance.isNegative()) {
        throw new IllegalArgumentException(
            "sourceClockTolerance must be zero or more, was " + tolerance + ".");
      }
      this.sourceClockTolerance = tolerance;
      return this;
    }

    /**
     * How long a lease lasts without renewal; renewed before a commit once a third of it has
     * passed. 10 minutes by default.
     */
    public Builder leaseDuration(Duration leaseDuration) {
      Objects.requireNonNull(leaseDuration, "leaseDuration == null");
      if (leaseDuration.isNegative() || leaseDuration.isZero()) {
        throw new IllegalArgumentException(
            "leaseDuration must be more than zero, was " + leaseDuration + ".");
      }
      this.leaseDuration = leaseDuration;
      return this;
    }

    /** Who takes the lease, for the host's lock records; {@code levitate-sf} by default. */
    public Builder holder(String holder) {
      Objects.requireNonNull(holder, "holder == null");
      if (holder.isBlank()) {
        throw new IllegalArgumentException("holder must not be blank.");
      }
      this.holder = holder;
      return this;
    }

    /** Contacts a page; Merge allows at most 100, the default. */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > ContactQuery.MAX_PAGE_SIZE) {
        throw new IllegalArgumentException(
            "pageSize must be between 1 and "
                + ContactQuery.MAX_PAGE_SIZE
                + ", was "
                + pageSize
                + ".");
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Fixes how many windows of Merge's {@code created_at} a full pass (or a large incremental
     * read) pages at once; 1 reads page after page. Unset, the engine chooses the number from the
     * source's {@linkplain ContactSource#readLimits() rate limit} and the time its pages take (see
     * {@link SyncEngine}), and reads page after page from a source that states no limit. Merge
     * pages one cursor at a time, so a lone reader waits a round trip per page; windows read side
     * by side let the account's rate limiter, not the latency, set the pace. Merge's client runs at
     * most 10 requests of one account at once, so more than 10 gains nothing there.
     */
    public Builder readConcurrency(int readConcurrency) {
      if (readConcurrency < 1 || readConcurrency > MAX_READ_CONCURRENCY) {
        throw new IllegalArgumentException(
            "readConcurrency must be between 1 and "
                + MAX_READ_CONCURRENCY
                + ", was "
                + readConcurrency
                + ".");
      }
      this.readConcurrency = readConcurrency;
      return this;
    }

    /**
     * Where windows are read when a run reads more than one page at once: the host's executor,
     * which many accounts may share. Each run keeps at most its concurrency of tasks on it; a task
     * reads and transforms one page (waiting for the account's rate limiter on the executor's
     * thread) and never waits for another task. The run's own thread commits. Unset, a run that
     * reads windows side by side starts daemon threads of its own ({@code levitate-sf-reader-N}, at
     * most its concurrency) and stops them before it returns, so no thread outlives a run.
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor == null");
      return this;
    }

    /**
     * The monotonic clock the engine times its pages on, to choose how many to read at once; {@link
     * NanoClock#system()} by default.
     */
    public Builder nanoClock(NanoClock nanoClock) {
      this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock == null");
      return this;
    }

    /**
     * The engine.
     *
     * @throws IllegalStateException naming the first of source, storage, lock and settings that was
     *     not set
     */
    public SyncEngine build() {
      require(source, "source must be set to the account's ContactSource.");
      require(store, "storage must be set to the account's SyncStore.");
      require(
          lock, "lock must be set to a SyncLock, so two workers never sync one account at once.");
      require(settings, "settings must be set to the account's SyncSettings.");
      return new SyncEngine(this);
    }

    private static void require(Object value, String message) {
      if (value == null) {
        throw new IllegalStateException(message);
      }
    }
  }
}
