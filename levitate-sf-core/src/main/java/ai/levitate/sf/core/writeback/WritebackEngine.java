package ai.levitate.sf.core.writeback;

import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ActivitySource;
import ai.levitate.sf.core.spi.ContactDirectory;
import ai.levitate.sf.core.spi.NoteWriter;
import ai.levitate.sf.core.spi.WritebackLedger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
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
 *     .noteWriter(mergeNoteWriter).ledger(ledger).directory(directory)
 *     .settings(settings).zone(ZoneId.of("America/New_York"))
 *     .build();
 * WritebackReport report = engine.run(activitySource);
 * }</pre>
 *
 * <p>Exactly once rests on three things: a ledger entry saved before each call and after it; an
 * idempotency key derived from the activity version, the same on every attempt; and a reference in
 * the note's body, looked for on the contact before an activity whose last attempt had no certain
 * outcome is sent again.
 */
public final class WritebackEngine {
  private static final Logger log = LoggerFactory.getLogger(WritebackEngine.class);
  private static final int MAX_FAILURES_LISTED = 50;

  private final NoteWriter noteWriter;
  private final WritebackLedger ledger;
  private final ContactDirectory directory;
  private final SyncSettings settings;
  private final NoteFormatter formatter;
  private final Clock clock;
  private final Map<String, String> salesforceUserByLevitateUser = new HashMap<>();

  private WritebackEngine(Builder builder) {
    this.noteWriter = Objects.requireNonNull(builder.noteWriter, "noteWriter == null");
    this.ledger = Objects.requireNonNull(builder.ledger, "ledger == null");
    this.directory = builder.directory;
    this.settings = Objects.requireNonNull(builder.settings, "settings == null");
    this.formatter = NoteFormatter.create(builder.zone);
    this.clock = builder.clock;
    // Reverse owner mapping; when several Salesforce users map to one Levitate user, the lowest id wins.
    new TreeMap<>(settings.owners()).forEach(
        (salesforceUser, levitateUser) -> salesforceUserByLevitateUser.putIfAbsent(levitateUser, salesforceUser));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Considers every activity the source hands over and writes those that are due. */
  public WritebackReport run(ActivitySource source) {
    Objects.requireNonNull(source, "source == null");
    Instant start = clock.instant();
    long callsBefore = noteWriter.requestCount();
    Run run = new Run();
    for (Activity activity : source.pendingActivities()) {
      process(activity, run);
    }
    return WritebackReport.builder()
        .written(run.written)
        .recovered(run.recovered)
        .alreadyWritten(run.alreadyWritten)
        .skipped(run.skipped)
        .failed(run.failed)
        .failures(run.failures)
        .calls(noteWriter.requestCount() - callsBefore)
        .duration(Duration.between(start, clock.instant()))
        .build();
  }

  private void process(Activity activity, Run run) {
    if (!settings.writeback().contains(activity.type())) {
      run.skip(SkipReason.TYPE_DISABLED);
      return;
    }
    Optional<String> salesforceId = activity.salesforceContactId().filter(id -> !id.isBlank());
    if (salesforceId.isEmpty()) {
      run.skip(SkipReason.NOT_FROM_SALESFORCE);
      return;
    }
    Optional<LedgerEntry> previous = ledger.find(activity.id(), activity.version());
    if (previous.isPresent() && previous.get().state() == LedgerEntry.State.WRITTEN) {
      run.alreadyWritten++;
      return;
    }
    if (previous.isPresent() && previous.get().state() == LedgerEntry.State.REJECTED) {
      run.skip(SkipReason.ALREADY_REJECTED);
      return;
    }
    Optional<ContactDirectory.SyncedContact> synced = directory.find(salesforceId.get());
    if (synced.isPresent() && synced.get().archivedBySync()) {
      run.skip(SkipReason.CONTACT_ARCHIVED);
      return;
    }
    Optional<String> mergeContactId = previous.map(LedgerEntry::mergeContactId)
        .or(() -> synced.map(ContactDirectory.SyncedContact::mergeId))
        .or(() -> noteWriter.mergeContactId(salesforceId.get()));
    if (mergeContactId.isEmpty()) {
      run.skip(SkipReason.CONTACT_NOT_FOUND);
      return;
    }
    NoteContent content = formatter.format(activity);
    if (previous.isPresent()) {
      // The last attempt has no known outcome: the note may exist already.
      Optional<String> found = noteWriter.findNote(mergeContactId.get(), content.reference());
      if (found.isPresent()) {
        ledger.save(entry(activity, content, mergeContactId.get(), previous.get().attempts())
            .state(LedgerEntry.State.WRITTEN).noteId(found.get()).build());
        run.recovered++;
        return;
      }
    }
    int attempts = previous.map(LedgerEntry::attempts).orElse(0) + 1;
    ledger.save(entry(activity, content, mergeContactId.get(), attempts)
        .state(LedgerEntry.State.SENDING).build());
    NoteWriteResult result = noteWriter.write(NoteRequest.builder()
        .mergeContactId(mergeContactId.get())
        .ownerMergeUserId(owner(activity))
        .content(content)
        .build());
    record(activity, content, mergeContactId.get(), attempts, result, run);
  }

  private void record(Activity activity, NoteContent content, String mergeContactId, int attempts,
      NoteWriteResult result, Run run) {
    if (result instanceof NoteWriteResult.Written written) {
      ledger.save(entry(activity, content, mergeContactId, attempts)
          .state(LedgerEntry.State.WRITTEN).noteId(written.noteId()).problems(written.warnings()).build());
      run.written++;
    } else if (result instanceof NoteWriteResult.Rejected rejected) {
      // A writer may have retried after an attempt whose answer was lost: the note can exist even
      // though the last answer refused it. Look before recording a rejection for good.
      Optional<String> found = noteWriter.findNote(mergeContactId, content.reference());
      if (found.isPresent()) {
        ledger.save(entry(activity, content, mergeContactId, attempts)
            .state(LedgerEntry.State.WRITTEN).noteId(found.get()).build());
        run.recovered++;
        return;
      }
      ledger.save(entry(activity, content, mergeContactId, attempts)
          .state(LedgerEntry.State.REJECTED).problems(rejected.problems()).build());
      run.fail(WritebackReport.Failure.REJECTED, activity, String.join("; ", rejected.problems()));
    } else {
      boolean uncertain = result instanceof NoteWriteResult.Uncertain;
      String reason = uncertain ? ((NoteWriteResult.Uncertain) result).reason()
          : ((NoteWriteResult.Failed) result).reason();
      ledger.save(entry(activity, content, mergeContactId, attempts)
          .state(LedgerEntry.State.SENDING).addProblems(reason).build());
      run.fail(uncertain ? WritebackReport.Failure.UNCERTAIN : WritebackReport.Failure.FAILED, activity, reason);
      log.warn("Write-back of activity {} v{} will be retried: {}", activity.id(), activity.version(), reason);
    }
  }

  private Optional<String> owner(Activity activity) {
    return activity.levitateUserId()
        .map(salesforceUserByLevitateUser::get)
        .flatMap(noteWriter::mergeUserId);
  }

  private ImmutableLedgerEntry.Builder entry(
      Activity activity, NoteContent content, String mergeContactId, int attempts) {
    return LedgerEntry.builder()
        .activityId(activity.id())
        .version(activity.version())
        .type(activity.type())
        .idempotencyKey(content.idempotencyKey())
        .reference(content.reference())
        .mergeContactId(mergeContactId)
        .attempts(attempts)
        .updatedAt(clock.instant());
  }

  /** Counts for one run. */
  private static final class Run {
    long written;
    long recovered;
    long alreadyWritten;
    final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    final Map<WritebackReport.Failure, Long> failed = new EnumMap<>(WritebackReport.Failure.class);
    final List<String> failures = new ArrayList<>();

    void skip(SkipReason reason) {
      skipped.merge(reason, 1L, Long::sum);
    }

    void fail(WritebackReport.Failure failure, Activity activity, String reason) {
      failed.merge(failure, 1L, Long::sum);
      if (failures.size() < MAX_FAILURES_LISTED) {
        failures.add(activity.type() + " " + activity.id() + " v" + activity.version() + ": " + reason);
      }
    }
  }

  /** Builds a {@link WritebackEngine}; note writer, ledger and settings are required. */
  public static final class Builder {
    private NoteWriter noteWriter;
    private WritebackLedger ledger;
    private ContactDirectory directory = ContactDirectory.empty();
    private SyncSettings settings;
    private ZoneId zone = ZoneOffset.UTC;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

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

    public WritebackEngine build() {
      return new WritebackEngine(this);
    }
  }
}
