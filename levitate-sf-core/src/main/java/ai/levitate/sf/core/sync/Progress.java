package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.RunKind;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import ai.levitate.sf.core.spi.SyncProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Progress events: a full pass estimates its total from the contacts the sync knows. */
final class Progress {
  private Progress() {}

  static SyncProgress of(SyncCheckpoint checkpoint, Counter counter, Instant now) {
    boolean full = checkpoint.kind() == RunKind.INITIAL
        || checkpoint.kind() == RunKind.FULL_RECONCILIATION;
    Optional<Long> total = full
        ? Optional.of(Math.max(checkpoint.knownAtStart(), counter.read)) : Optional.empty();
    Duration elapsed = Duration.between(checkpoint.startedAt(), now);
    if (elapsed.isNegative()) {
      elapsed = Duration.ZERO;
    }
    Duration spent = elapsed;
    Optional<Duration> left = total.filter(t -> counter.read > 0)
        .map(t -> spent.multipliedBy(t - counter.read).dividedBy(counter.read));
    return SyncProgress.builder()
        .runId(checkpoint.runId())
        .kind(checkpoint.kind())
        .phase(checkpoint.phase())
        .pages(counter.pages)
        .contactsRead(counter.read)
        .changesEmitted(checkpoint.changesEmitted())
        .estimatedTotal(total)
        .elapsed(elapsed)
        .estimatedTimeLeft(left)
        .build();
  }
}
