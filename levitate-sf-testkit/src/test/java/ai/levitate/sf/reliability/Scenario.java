package ai.levitate.sf.reliability;

import ai.levitate.sf.core.LevitateSfException;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.writeback.Activity;
import ai.levitate.sf.core.writeback.ActivitySkipReason;
import ai.levitate.sf.core.writeback.LedgerEntry;
import ai.levitate.sf.core.writeback.NoteActivity;
import ai.levitate.sf.core.writeback.PhoneCallActivity;
import ai.levitate.sf.core.writeback.TextMessageActivity;
import ai.levitate.sf.core.writeback.WritebackReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The life of an account, as the suites replay it with and without faults: an initial sync; a day's
 * changes in Salesforce (edits, a deletion, a death, an opt-out, a renamed company and owner, a new
 * contact); an incremental sync; and notes written back. Every step runs in processes that are
 * restarted, as a host's scheduler would, whenever one stops with a typed error or is killed, until
 * the step is done.
 */
final class Scenario {
  /** More restarts than any case needs; reaching it means the account never recovers. */
  static final int MAX_PROCESSES = 40;

  /** What the steps went through on the way. */
  static final class Tally {
    long typedStops;
    long kills;
    long processes;
    final List<String> typedErrors = new ArrayList<>();
  }

  private final Org org;
  private final LongFunction<KillSwitch> kills;
  private final Tally tally = new Tally();

  /** {@code kills} gives each new process its kill switch, by the process's number from 0. */
  Scenario(Org org, LongFunction<KillSwitch> kills) {
    this.org = org;
    this.kills = kills;
  }

  Scenario(Org org) {
    this(org, n -> KillSwitch.never());
  }

  Tally tally() {
    return tally;
  }

  /** The whole life: both syncs and the write-back. */
  void play() {
    initial();
    changeSalesforce();
    incremental();
    writeBack();
  }

  void initial() {
    sync(p -> p.sync.run());
  }

  void incremental() {
    org.clock.advance(Duration.ofHours(1));
    sync(p -> p.sync.run());
  }

  /** A person approves the archives the last run's brake held, as soon as the run ends. */
  void approveHeld() {
    long braked = org.store.runState().watermark().orElseThrow().runNumber();
    sync(p -> p.sync.approveHeld(braked));
  }

  /** A day's edits in Salesforce, picked by the org's seed; Merge stamps each as it happens. */
  void changeSalesforce() {
    Random random = new Random(org.seed ^ 0x5eed);
    int n = org.data.contactCount();
    org.clock.advance(Duration.ofHours(6));
    org.data.editContact(id(random, n), c -> c.set("Title", "Chief of Staff"));
    org.data.editContact(id(random, n), c -> c.set("Interests__c", List.of("Golf", "Wine")));
    org.data.editContact(id(random, n), c -> c.set("Nickname__c", "Sunny"));
    org.clock.advance(Duration.ofMinutes(3));
    org.data.deleteContact(id(random, n));
    org.data.markDeceased(id(random, n));
    org.data.markOptedOut(id(random, n));
    org.clock.advance(Duration.ofMinutes(3));
    org.data
        .contact(id(random, n))
        .flatMap(SourceContact::account)
        .ifPresent(a -> org.data.renameAccount(a.mergeId(), "Renamed Holdings " + org.seed));
    SourceUser owner = org.data.users().get(2);
    org.data.renameOwner(owner.mergeId(), "Renamed Owner " + org.seed);
    org.data.addContact(
        c ->
            c.set("FirstName", "Nova")
                .set("LastName", "Quinn")
                .set("Email", "nova.quinn" + org.seed + "@example.com")
                .owner(owner.mergeId()));
    org.clock.advance(Duration.ofMinutes(30));
  }

  /**
   * Notes, calls and a disabled text message for a few contacts, handed over until a run goes
   * through them all and leaves nothing for a later run.
   */
  void writeBack() {
    org.clock.advance(Duration.ofMinutes(10));
    List<Activity> activities = activities();
    for (int process = 0; process < MAX_PROCESSES; process++) {
      HostProcess p = start();
      try {
        WritebackReport report = p.writeback.run(() -> activities);
        if (settled(report, activities)) {
          return;
        }
      } catch (LevitateSfException e) {
        stopped(e);
      } catch (KillSwitch.Killed killed) {
        tally.kills++;
      }
    }
    throw new AssertionError(
        org.name
            + ": write-back did not settle in "
            + MAX_PROCESSES
            + " processes; last errors "
            + last(tally.typedErrors));
  }

  List<Activity> activities() {
    Random random = new Random(org.seed ^ 0xac7);
    int n = org.data.contactCount();
    Instant at = org.clock.instant();
    List<Activity> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      SourceContact contact = org.data.contact(org.data.contactId(random.nextInt(n))).orElseThrow();
      String sf = contact.remoteId().orElseThrow();
      out.add(
          NoteActivity.builder()
              .id("note-" + i)
              .levitateContactId("lev-" + sf)
              .salesforceContactId(sf)
              .levitateUserId(i % 2 == 0 ? "lev-user-" + (i / 2) : "nobody")
              .time(at.minusSeconds(60L * i))
              .body("Talked about the portfolio, round " + i)
              .build());
    }
    String sf =
        org.data
            .contact(org.data.contactId(random.nextInt(n)))
            .orElseThrow()
            .remoteId()
            .orElseThrow();
    out.add(
        PhoneCallActivity.builder()
            .id("call")
            .levitateContactId("lev-" + sf)
            .salesforceContactId(sf)
            .time(at)
            .duration(Duration.ofSeconds(313))
            .outcome("Left voicemail")
            .build());
    out.add(
        TextMessageActivity.builder()
            .id("text")
            .levitateContactId("lev-" + sf)
            .salesforceContactId(sf)
            .direction(TextMessageActivity.Direction.SENT)
            .time(at)
            .message("Running late")
            .build());
    return out;
  }

  /**
   * Whether a run left nothing for a later one: no activity failed in it (the engine goes on past a
   * failed lookup and counts it, leaving the activity for the next run), none waited for its
   * contact, and no outcome is unknown.
   */
  private boolean settled(WritebackReport report, List<Activity> activities) {
    return report.failed().getOrDefault(WritebackReport.Failure.FAILED, 0L) == 0
        && report.failed().getOrDefault(WritebackReport.Failure.UNCERTAIN, 0L) == 0
        && !report.skipped().containsKey(ActivitySkipReason.CONTACT_NOT_FOUND)
        && activities.stream()
            .noneMatch(
                a ->
                    org.ledger
                        .find(a.id(), a.version())
                        .filter(e -> e.state() == LedgerEntry.State.SENDING)
                        .isPresent());
  }

  /**
   * Runs a sync step in processes until one finishes it. A process that stops leaves a checkpoint
   * the next resumes from; one killed right after its run's last commit has finished the step,
   * although it never reported so.
   */
  private void sync(Function<HostProcess, SyncReport> step) {
    long started = org.store.runState().runsStarted();
    for (int process = 0; process < MAX_PROCESSES; process++) {
      RunState before = org.store.runState();
      HostProcess p = start();
      try {
        step.apply(p);
        return;
      } catch (LevitateSfException e) {
        stopped(e);
      } catch (KillSwitch.Killed killed) {
        tally.kills++;
      }
      RunState after = org.store.runState();
      checkResumable(before, after);
      if (after.runsStarted() > started && after.checkpoint().isEmpty()) {
        return;
      }
    }
    throw new AssertionError(
        org.name
            + ": a sync did not finish in "
            + MAX_PROCESSES
            + " processes; last errors "
            + last(tally.typedErrors));
  }

  /**
   * A stopped run leaves what it found (it stopped before committing its plan), a checkpoint of the
   * run in progress, or a finished run; never anything else.
   */
  private void checkResumable(RunState before, RunState after) {
    boolean untouched = after.equals(before);
    boolean resumable = after.checkpoint().isPresent();
    boolean finished =
        after.checkpoint().isEmpty()
            && (after.runsStarted() > before.runsStarted() || before.checkpoint().isPresent());
    if (!untouched && !resumable && !finished) {
      throw new AssertionError(
          org.name + ": a stopped run left " + after + ", which no rerun can resume");
    }
  }

  private HostProcess start() {
    tally.processes++;
    return org.start(kills.apply(tally.processes - 1));
  }

  private void stopped(LevitateSfException e) {
    tally.typedStops++;
    tally.typedErrors.add(e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  private String id(Random random, int contacts) {
    return org.data.contactId(random.nextInt(contacts));
  }

  private static List<String> last(List<String> errors) {
    return errors.subList(Math.max(0, errors.size() - 3), errors.size());
  }
}
