package ai.levitate.sf.core.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Stops a run early: when {@link #cancel()} is called, from any thread, or at a deadline on the
 * engine's clock. The run stops at its next page boundary, with that page and its checkpoint
 * committed, and reports {@link ai.levitate.sf.core.spi.RunOutcome#CANCELLED}; reads in flight on
 * the executor are cancelled (their threads interrupted), not awaited. The next run of the account
 * resumes where it stopped. A run that starts past its deadline reads nothing. A full pass reads
 * its accounts list again on every call before its first page: a cancel stops that read, while a
 * deadline that passes during it still lets the call read one page, so that a run always moves on.
 *
 * <pre>{@code
 * RunControl control = RunControl.deadline(clock.instant().plus(Duration.ofMinutes(15)));
 * scheduler.onShutdown(control::cancel);
 * SyncReport report = engine.run(control);   // CANCELLED, or how the run ended
 * }</pre>
 */
public final class RunControl {
  private final Optional<Instant> deadline;
  private volatile boolean cancelled;

  private RunControl(Optional<Instant> deadline) {
    this.deadline = deadline;
  }

  /** A control without a deadline, which stops the run only when cancelled. */
  public static RunControl create() {
    return new RunControl(Optional.empty());
  }

  /** A control that stops the run at {@code deadline} on the engine's clock, or when cancelled. */
  public static RunControl deadline(Instant deadline) {
    return new RunControl(Optional.of(Objects.requireNonNull(deadline, "deadline == null")));
  }

  /** Asks the run to stop at its next page boundary; safe from any thread, and more than once. */
  public void cancel() {
    cancelled = true;
  }

  public boolean cancelled() {
    return cancelled;
  }

  public Optional<Instant> deadline() {
    return deadline;
  }

  /** Why a run stops at {@code now}: cancelled, or past its deadline; empty while it goes on. */
  Optional<String> stopReason(Instant now) {
    if (cancelled) {
      return Optional.of("it was cancelled");
    }
    return deadline.filter(d -> !now.isBefore(d)).map(d -> "its deadline " + d + " passed");
  }

  @Override
  public String toString() {
    return "RunControl{deadline="
        + deadline.map(Instant::toString).orElse("none")
        + ", cancelled="
        + cancelled
        + "}";
  }
}
