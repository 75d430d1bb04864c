package ai.levitate.sf.core;

/**
 * The SLF4J MDC keys levitate-sf puts on every line it logs while an engine runs, on the run's
 * thread and on the executor's threads that read for it, so a host's log shows each line's account
 * and run. Set the account with {@code SyncEngine.Builder.accountKey} and {@code
 * WritebackEngine.Builder.accountKey}; a host's own MDC keys are left as they were.
 *
 * <pre>{@code
 * <pattern>%d %-5level [%X{levitate.account} %X{levitate.run}] %logger{20} - %msg%n</pattern>
 * }</pre>
 */
public final class LogContext {
  /** The host's key for the linked account, as given to the engine's builder. */
  public static final String ACCOUNT_KEY = "levitate.account";

  /**
   * The run: {@code <account key>/run-<n>} for a sync run (the same id when a run is resumed, on
   * any worker), {@code <account key>/writeback-<start>} for a write-back run; without an account
   * key, {@code run-<n>} and {@code writeback-<start>}.
   */
  public static final String RUN_ID = "levitate.run";

  private LogContext() {}
}
