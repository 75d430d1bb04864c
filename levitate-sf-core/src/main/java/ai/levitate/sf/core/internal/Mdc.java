package ai.levitate.sf.core.internal;

import ai.levitate.sf.core.LogContext;
import java.util.Map;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * Puts {@link LogContext}'s keys in the SLF4J MDC for the length of a run, and carries them to the
 * executor's threads; what the keys held before is put back.
 */
public final class Mdc implements AutoCloseable {
  private final Optional<String> account;
  private final String previousAccount;
  private final String previousRun;

  private Mdc(Optional<String> account) {
    this.account = account;
    this.previousAccount = MDC.get(LogContext.ACCOUNT_KEY);
    this.previousRun = MDC.get(LogContext.RUN_ID);
    account.ifPresent(key -> MDC.put(LogContext.ACCOUNT_KEY, key));
  }

  /** Puts the account key, if any, on this thread's MDC until {@link #close()}. */
  public static Mdc open(Optional<String> account) {
    return new Mdc(account);
  }

  /** Names the run, e.g. {@code run-3}, prefixed with the account key when there is one. */
  public void run(String runId) {
    MDC.put(LogContext.RUN_ID, account.map(key -> key + "/" + runId).orElse(runId));
  }

  @Override
  public void close() {
    restore(LogContext.ACCOUNT_KEY, previousAccount);
    restore(LogContext.RUN_ID, previousRun);
  }

  /** {@code task}, run with the MDC of the thread that calls this, on whatever thread runs it. */
  public static Runnable carry(Runnable task) {
    Map<String, String> context = MDC.getCopyOfContextMap();
    return () -> {
      Map<String, String> before = MDC.getCopyOfContextMap();
      set(context);
      try {
        task.run();
      } finally {
        set(before);
      }
    };
  }

  private static void set(Map<String, String> context) {
    if (context == null) {
      MDC.clear();
    } else {
      MDC.setContextMap(context);
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, value);
    }
  }
}
