package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.LogContext;
import ai.levitate.sf.core.internal.Mdc;
import ai.levitate.sf.core.internal.SalesforceIds;
import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.LeaseLostException;
import ai.levitate.sf.core.spi.SyncLease;
import ai.levitate.sf.core.spi.SyncLock;
import ai.levitate.sf.core.spi.SyncLockedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes Levitate activity back to Salesforce as notes, each activity version once.
 *
 * <pre>{@code
 * WritebackEngine engine = WritebackEngine.builder()
 *     .noteWriter(MergeNoteWriter.create(client)).ledger(ledger)
 *     .directory(ContactDirectory.of(syncStore)).lock(writebackLock)
 *     .settings(settings).zone(ZoneId.of("America/New_York"))
 *     .build();
 * WritebackReport report = engine.run(activitySource);
 * }</pre>
 *
 * <p>Exactly once rests on four things: a lease, so two workers never write for one account at
 * once; a ledger entry saved before each call and after it; an idempotency key derived from the
 * activity version, sent with the very same title and body on every attempt; and a reference in the
 * note's body, looked for on the contact before an activity whose last attempt had no certain
 * outcome is sent again, and before a rejection is recorded for good.
 *
 * <p>A lookup that fails (Merge unavailable past the client's retries) fails that activity for this
 * run and the run goes on; after {@value #MAX_FAILURES_IN_A_ROW} such failures in a row the run
 * stops with the last one, since Merge is evidently not answering.
 */
public final class WritebackEngine {
  /** Lookup failures in a row after which a run stops. */
  public static final int MAX_FAILURES_IN_A_ROW = 5;

  private static final Logger log = LoggerFactory.getLogger(WritebackEngine.class);

  private final NoteWriter noteWriter;
  private final WritebackLedger ledger;
  private final ContactDirectory directory;
  private final Optional<SyncLock> lock;
  private final String holder;
  private final Duration leaseDuration;
  private final SyncSettings settings;
  private final NoteFormatter formatter;
  private final Clock clock;
  private final Optional<String> accountKey;
  private final Map<String, String> salesforceUserByLevitateUser = new HashMap<>();

  private WritebackEngine(Builder builder) {
    this.noteWriter = builder.noteWriter;
    this.ledger = builder.ledger;
    this.settings = builder.settings;
    this.directory = builder.directory;
    this.lock = Optional.ofNullable(builder.lock);
    this.holder = builder.holder;
    this.leaseDuration = builder.leaseDuration;
    this.formatter = NoteFormatter.create(builder.zone);
    this.clock = builder.clock;
    this.accountKey = Optional.ofNullable(builder.accountKey);
    // Reverse owner mapping; when several Salesforce users map to one Levitate user, the lowest id
    // wins.
    new TreeMap<>(settings.owners())
        .forEach(
            (salesforceUser, levitateUser) ->
                salesforceUserByLevitateUser.putIfAbsent(levitateUser, salesforceUser));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Considers every activity the source hands over and writes those that are due.
   *
   * @throws SyncLockedException when another worker holds the write-back lease
   * @throws LeaseLostException when the lease lapsed during the run (the worker paused longer than
   *     it lasts): the run stopped before its next write, as the sync does
   */
  public WritebackReport run(ActivitySource source) {
    Objects.requireNonNull(source, "source == null");
    try (Mdc mdc = Mdc.open(accountKey)) {
      mdc.run("writeback-" + clock.instant().truncatedTo(ChronoUnit.SECONDS));
      return runWithLease(source);
    }
  }

  private WritebackReport runWithLease(ActivitySource source) {
    Optional<SyncLease> lease =
        lock.map(
            l ->
                l.tryAcquire(holder, leaseDuration)
                    .orElseThrow(
                        () ->
                            new SyncLockedException(
                                "Another worker holds the write-back lease of this account;"
                                    + " nothing was written.")));
    try {
      return new WritebackRun(this, lease).run(source);
    } finally {
      lease.ifPresent(SyncLease::close);
    }
  }

  /** One activity, from the ledger's view to a new entry; throws when a lookup fails. */
  void process(Activity activity, WritebackRun run) {
    if (!settings.writeback().contains(activity.type())) {
      run.skip(ActivitySkipReason.TYPE_DISABLED);
      return;
    }
    Optional<String> salesforceId =
        Texts.trimmed(activity.salesforceContactId()).map(SalesforceIds::longForm);
    if (salesforceId.isEmpty()) {
      run.skip(ActivitySkipReason.NOT_FROM_SALESFORCE);
      return;
    }
    Optional<LedgerEntry> previous = ledger.find(activity.id(), activity.version());
    if (previous.isPresent() && previous.get().state() == LedgerEntry.State.WRITTEN) {
      run.alreadyWritten();
      return;
    }
    if (previous.isPresent() && previous.get().state() == LedgerEntry.State.REJECTED) {
      run.skip(ActivitySkipReason.ALREADY_REJECTED);
      return;
    }
    if (previous.isPresent() && previous.get().state() == LedgerEntry.State.SKIPPED) {
      run.skip(ActivitySkipReason.CONTACT_GONE);
      return;
    }
    Optional<ContactDirectory.SyncedContact> synced = directory.find(salesforceId.get());
    if (synced.isPresent() && synced.get().salesforceRecordGone()) {
      if (previous.isPresent()) {
        // An attempt whose outcome is unknown stays on record as it is: its note may exist.
        run.skip(ActivitySkipReason.CONTACT_GONE);
        return;
      }
      // Recorded, so that the activity is not weighed again on every run for ever.
      NoteContent content = formatter.format(activity);
      ledger.save(
          new Attempt(activity, content, synced.get().mergeId(), 0)
              .entry(clock.instant())
              .state(LedgerEntry.State.SKIPPED)
              .addProblems(
                  "Salesforce contact "
                      + salesforceId.get()
                      + " is gone (deleted, or no"
                      + " longer returned by Merge); the note was not written.")
              .build());
      run.skip(ActivitySkipReason.CONTACT_GONE);
      return;
    }
    Optional<String> mergeContactId =
        previous
            .map(LedgerEntry::mergeContactId)
            .or(() -> synced.map(ContactDirectory.SyncedContact::mergeId))
            .or(() -> noteWriter.mergeContactId(salesforceId.get()));
    if (mergeContactId.isEmpty()) {
      run.skip(ActivitySkipReason.CONTACT_NOT_FOUND);
      return;
    }
    // A retry sends what was sent before, byte for byte, even if formatting has changed since.
    NoteContent content =
        previous.map(LedgerEntry::content).orElseGet(() -> formatter.format(activity));
    Attempt attempt =
        new Attempt(
            activity, content, mergeContactId.get(), previous.map(LedgerEntry::attempts).orElse(0));
    if (previous.isPresent() && recovered(attempt, run)) {
      return;
    }
    NoteWriteResult result = send(attempt);
    if (result instanceof NoteWriteResult.Rejected && recovered(attempt, run)) {
      // The writer may have retried after an attempt whose answer was lost: the note can exist
      // even though the last answer refused it.
      return;
    }
    if (result instanceof NoteWriteResult.Rejected) {
      // The contact may have a new Merge id (a relink): ask Merge once more by Salesforce id.
      Optional<String> current = noteWriter.mergeContactId(salesforceId.get());
      if (current.isPresent() && !current.get().equals(attempt.mergeContactId)) {
        attempt = new Attempt(activity, content, current.get(), attempt.attempts);
        result = send(attempt);
      }
    }
    record(attempt, result, run);
  }

  /** Whether the note of this attempt already exists; if so the ledger says written. */
  private boolean recovered(Attempt attempt, WritebackRun run) {
    Optional<String> found =
        noteWriter.findNote(attempt.mergeContactId, attempt.content.reference());
    if (found.isEmpty()) {
      return false;
    }
    ledger.save(
        attempt
            .entry(clock.instant())
            .state(LedgerEntry.State.WRITTEN)
            .noteId(found.get())
            .build());
    run.recovered();
    return true;
  }

  private NoteWriteResult send(Attempt attempt) {
    attempt.attempts++;
    ledger.save(attempt.entry(clock.instant()).state(LedgerEntry.State.SENDING).build());
    return noteWriter.write(
        NoteRequest.of(attempt.mergeContactId, owner(attempt.activity), attempt.content));
  }

  private void record(Attempt attempt, NoteWriteResult result, WritebackRun run) {
    Activity activity = attempt.activity;
    LedgerEntry.Builder entry = attempt.entry(clock.instant());
    if (result instanceof NoteWriteResult.Written written) {
      ledger.save(
          entry
              .state(LedgerEntry.State.WRITTEN)
              .noteId(written.noteId())
              .problems(written.warnings())
              .build());
      run.written();
    } else if (result instanceof NoteWriteResult.Rejected rejected) {
      ledger.save(entry.state(LedgerEntry.State.REJECTED).problems(rejected.problems()).build());
      run.fail(WritebackReport.Failure.REJECTED, activity, String.join("; ", rejected.problems()));
    } else {
      boolean uncertain = result instanceof NoteWriteResult.Uncertain;
      String reason =
          uncertain
              ? ((NoteWriteResult.Uncertain) result).reason()
              : ((NoteWriteResult.Failed) result).reason();
      ledger.save(entry.state(LedgerEntry.State.SENDING).addProblems(reason).build());
      run.fail(
          uncertain ? WritebackReport.Failure.UNCERTAIN : WritebackReport.Failure.FAILED,
          activity,
          reason);
      log.warn(
          "Write-back of activity {} v{} will be retried: {}",
          activity.id(),
          activity.version(),
          reason);
    }
  }

  private Optional<String> owner(Activity activity) {
    return activity
        .levitateUserId()
        .map(salesforceUserByLevitateUser::get)
        .flatMap(noteWriter::mergeUserId);
  }

  NoteWriter noteWriter() {
    return noteWriter;
  }

  Clock clock() {
    return clock;
  }

  Duration leaseDuration() {
    return leaseDuration;
  }

  /** Renews the lease, or stops the run when it lapsed: another worker may be writing now. */
  void renew(SyncLease lease) {
    if (!lease.renew(leaseDuration)) {
      throw new LeaseLostException(
          "The write-back lease of this account lapsed; the run stopped"
              + " so that another worker's writes are not duplicated.");
    }
  }

  /** One activity version being written: its content, the contact, and the calls made so far. */
  private static final class Attempt {
    final Activity activity;
    final NoteContent content;
    final String mergeContactId;
    int attempts;

    Attempt(Activity activity, NoteContent content, String mergeContactId, int attempts) {
      this.activity = activity;
      this.content = content;
      this.mergeContactId = mergeContactId;
      this.attempts = attempts;
    }

    LedgerEntry.Builder entry(Instant now) {
      return LedgerEntry.builder()
          .activityId(activity.id())
          .version(activity.version())
          .type(activity.type())
          .idempotencyKey(content.idempotencyKey())
          .reference(content.reference())
          .title(content.title())
          .body(content.body())
          .mergeContactId(mergeContactId)
          .attempts(attempts)
          .updatedAt(now);
    }
  }

  /** Builds a {@link WritebackEngine}; note writer, ledger and settings are required. */
  public static final class Builder {
    private NoteWriter noteWriter;
    private WritebackLedger ledger;
    private ContactDirectory directory = ContactDirectory.empty();
    private SyncLock lock;
    private String holder = "levitate-sf-writeback";
    private Duration leaseDuration = Duration.ofMinutes(10);
    private SyncSettings settings;
    private ZoneId zone = ZoneOffset.UTC;
    private Clock clock = Clock.systemUTC();
    private String accountKey;

    private Builder() {}

    /**
     * The host's key for this linked account: every line the run logs carries it in the SLF4J MDC
     * under {@link LogContext#ACCOUNT_KEY}, and the run's id, {@code <key>/writeback-<start>},
     * under {@link LogContext#RUN_ID}. Never sent anywhere.
     */
    public Builder accountKey(String accountKey) {
      Objects.requireNonNull(accountKey, "accountKey == null");
      if (accountKey.isBlank()) {
        throw new IllegalArgumentException("accountKey must not be blank");
      }
      this.accountKey = accountKey;
      return this;
    }

    public Builder noteWriter(NoteWriter noteWriter) {
      this.noteWriter = Objects.requireNonNull(noteWriter, "noteWriter == null");
      return this;
    }

    public Builder ledger(WritebackLedger ledger) {
      this.ledger = Objects.requireNonNull(ledger, "ledger == null");
      return this;
    }

    /** Where Merge ids and archive states of synced contacts come from; by default none. */
    public Builder directory(ContactDirectory directory) {
      this.directory = Objects.requireNonNull(directory, "directory == null");
      return this;
    }

    /**
     * The account's write-back lock, so two workers never write for one account at once. Without
     * one, the host must make sure of that itself.
     */
    public Builder lock(SyncLock lock) {
      this.lock = Objects.requireNonNull(lock, "lock == null");
      return this;
    }

    /** Who holds the lease, for the host's diagnostics. */
    public Builder holder(String holder) {
      Objects.requireNonNull(holder, "holder == null");
      if (holder.isBlank()) {
        throw new IllegalArgumentException("holder must not be blank");
      }
      this.holder = holder;
      return this;
    }

    /** How long a lease lasts before it must be renewed; renewed after each activity. */
    public Builder leaseDuration(Duration leaseDuration) {
      Objects.requireNonNull(leaseDuration, "leaseDuration == null");
      if (leaseDuration.isNegative() || leaseDuration.isZero()) {
        throw new IllegalArgumentException("leaseDuration must be positive, was " + leaseDuration);
      }
      this.leaseDuration = leaseDuration;
      return this;
    }

    /** The account's settings: which activity types to write, and owner mapping. */
    public Builder settings(SyncSettings settings) {
      this.settings = Objects.requireNonNull(settings, "settings == null");
      return this;
    }

    /** The account's time zone for times in notes; UTC by default. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone == null");
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The engine.
     *
     * @throws IllegalStateException naming the first of note writer, ledger and settings that was
     *     not set
     */
    public WritebackEngine build() {
      require(noteWriter, "noteWriter must be set to the account's NoteWriter.");
      require(ledger, "ledger must be set to the account's WritebackLedger.");
      require(settings, "settings must be set to the account's SyncSettings.");
      return new WritebackEngine(this);
    }

    private static void require(Object value, String message) {
      if (value == null) {
        throw new IllegalStateException(message);
      }
    }
  }
}
