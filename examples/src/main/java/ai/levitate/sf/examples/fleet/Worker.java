package ai.levitate.sf.examples.fleet;

import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.RunOutcome;
import ai.levitate.sf.core.spi.SyncListener;
import ai.levitate.sf.core.spi.SyncLockedException;
import ai.levitate.sf.core.spi.SyncProgress;
import ai.levitate.sf.core.spi.SyncReport;
import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.core.writeback.Activity;
import ai.levitate.sf.core.writeback.ContactDirectory;
import ai.levitate.sf.core.writeback.WritebackEngine;
import ai.levitate.sf.core.writeback.WritebackReport;
import ai.levitate.sf.examples.internal.Activities;
import ai.levitate.sf.examples.jdbc.JdbcStorage;
import ai.levitate.sf.examples.jdbc.JdbcSyncStore;
import ai.levitate.sf.merge.LevitateJson;
import ai.levitate.sf.merge.MergeContactSource;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.MergeNoteWriter;
import ai.levitate.sf.merge.RateLimit;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one worker JVM shares across the accounts its Quartz threads run: one connection pool for
 * the sync state, one {@code OkHttpClient} (connections and dispatcher) for every account's Merge
 * client, and the fleet's timing. Each execution builds the account's own Merge client (its token,
 * its rate limit) and engines over the shared parts.
 */
final class Worker implements AutoCloseable {
  /** Where a worker keeps itself in the Quartz scheduler's context. */
  static final String KEY = "levitate-sf-fleet-worker";

  /** Failed attempts in one round after which an account is given up. */
  static final int MAX_FAILURES = 20;

  static final String RETRY_GROUP = "fleet-retries";

  private static final Logger log = LoggerFactory.getLogger(Worker.class);

  private final String name;
  private final HikariDataSource pool;
  private final JdbcStorage storage;
  private final FleetTables tables;
  private final OkHttpClient http = new OkHttpClient();
  private final String mergeBaseUrl;
  private final String apiKey;
  private final RateLimit rateLimit;
  private final FleetOptions.Timing timing;

  Worker(
      String name,
      Database.Url url,
      int threads,
      String mergeBaseUrl,
      String apiKey,
      int rateLimit,
      FleetOptions.Timing timing) {
    this.name = name;
    this.pool = url.pool(name + "-state", threads + 2);
    this.storage = JdbcStorage.create(pool);
    this.tables = new FleetTables(pool);
    this.mergeBaseUrl = mergeBaseUrl;
    this.apiKey = apiKey;
    this.rateLimit = RateLimit.perMinute(rateLimit);
    this.timing = timing;
  }

  /**
   * Runs the round the account is due for, or nothing when it is up to date (a recovery or retry
   * trigger after the work was done). A lease held elsewhere or a failure schedules another try.
   */
  void runAccount(String key, JobExecutionContext context) {
    Optional<FleetTables.Account> account;
    try {
      account = tables.account(key);
    } catch (SQLException e) {
      log.warn("{}: reading the account failed: {}", key, e.getMessage());
      retryLater(context, key, timing.retry());
      return;
    }
    if (account.isEmpty() || !account.get().due()) {
      log.info("{}: nothing due", key);
      return;
    }
    int round = account.get().targetRound();
    log.info(
        "{}: round {} starts on trigger {}{}",
        key,
        round,
        context.getTrigger().getKey(),
        context.isRecovering() ? ", recovering a run whose worker died" : "");
    try {
      long contacts = syncAndWriteBack(account.get());
      tables.done(key, name, round, contacts);
      log.info("{}: round {} done", key, round);
    } catch (SyncLockedException e) {
      log.info("{}: round {}: {}", key, round, e.getMessage());
      record(key, FleetTables.LEASE_BUSY, 0);
      retryLater(context, key, timing.retry());
    } catch (Exception e) {
      int failures;
      try {
        failures = tables.failed(key, name, FleetTables.RETRY, oneLine(e));
      } catch (SQLException f) {
        e.addSuppressed(f);
        failures = 1;
      }
      if (failures >= MAX_FAILURES) {
        log.error("{}: round {} failed {} times, giving up: {}", key, round, failures, oneLine(e));
        record(key, FleetTables.FAILED, 0);
        return;
      }
      log.warn(
          "{}: round {} failed (attempt {}), will try again: {}", key, round, failures, oneLine(e));
      retryLater(context, key, timing.retry().multipliedBy(Math.min(failures, 5)));
    }
  }

  /** The account's sync (initial, incremental or a resumed run), then the round's write-back. */
  private long syncAndWriteBack(FleetTables.Account account) throws SQLException {
    String key = account.key();
    tables.phase(key, name, FleetTables.STARTING, 0);
    MergeCrmClient client =
        MergeCrmClient.builder()
            .baseUrl(mergeBaseUrl)
            .apiKey(apiKey)
            .accountToken(account.token())
            .rateLimit(rateLimit)
            .okHttpClient(http)
            .build();
    SyncSettings settings = LevitateJson.readSettings(account.settingsJson());
    JdbcSyncStore store = storage.store(key);
    SyncReport report =
        SyncEngine.builder()
            .source(MergeContactSource.create(client))
            .storage(store)
            .lock(storage.lock(key))
            .settings(settings)
            .holder(name)
            .leaseDuration(timing.lease())
            .listener(new Progress(key))
            .build()
            .run();
    if (report.outcome() != RunOutcome.COMPLETED) {
      throw new IllegalStateException(
          report.runId()
              + " ended "
              + report.outcome()
              + report.brake().map(b -> ": " + b.summary()).orElse(""));
    }
    long contacts = report.counts().contactsRead();
    tables.phase(key, name, FleetTables.WRITEBACK, contacts);
    List<Activity> activities = Activities.of(store, account.targetRound(), account.roundAt());
    WritebackReport written =
        WritebackEngine.builder()
            .noteWriter(MergeNoteWriter.create(client))
            .ledger(storage.ledger(key))
            .directory(ContactDirectory.of(store))
            .lock(storage.lock(key))
            .holder(name)
            .leaseDuration(timing.lease())
            .settings(settings)
            .build()
            .run(() -> activities);
    if (written.failedTotal() > 0) {
      throw new IllegalStateException(
          "write-back failed for "
              + written.failedTotal()
              + " activities: "
              + String.join("; ", written.failures()));
    }
    return contacts;
  }

  /** Another execution of the account's job, {@code delay} from now, late or not. */
  private void retryLater(JobExecutionContext context, String key, Duration delay) {
    Trigger retry =
        TriggerBuilder.newTrigger()
            .withIdentity(key + "-retry-" + UUID.randomUUID(), RETRY_GROUP)
            .forJob(context.getJobDetail().getKey())
            .startAt(Date.from(Instant.now().plus(delay)))
            .withSchedule(
                SimpleScheduleBuilder.simpleSchedule()
                    .withMisfireHandlingInstructionIgnoreMisfires())
            .build();
    try {
      context.getScheduler().scheduleJob(retry);
    } catch (SchedulerException e) {
      log.error("{}: scheduling another try failed: {}", key, e.getMessage());
    }
  }

  private void record(String key, String phase, long contacts) {
    try {
      tables.phase(key, name, phase, contacts);
    } catch (SQLException e) {
      log.warn("{}: recording phase {} failed: {}", key, phase, e.getMessage());
    }
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage();
    String text =
        message == null || message.isBlank()
            ? e.getClass().getSimpleName()
            : e.getClass().getSimpleName() + ": " + message.strip();
    return text.lines().findFirst().orElse(text);
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    pool.close();
  }

  /** Shows the run's pages in the coordinator's table. */
  private final class Progress implements SyncListener {
    private final String key;

    Progress(String key) {
      this.key = key;
    }

    @Override
    public void runStarted(SyncProgress progress) {
      record(key, FleetTables.SYNC, progress.contactsRead());
    }

    @Override
    public void pageCommitted(SyncProgress progress) {
      record(key, FleetTables.SYNC, progress.contactsRead());
    }
  }
}
