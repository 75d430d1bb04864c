package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.RunPhase;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import ai.levitate.sf.core.spi.SyncProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Progress events. A run says how many contacts it will read only when it can tell: a full
 * reconciliation expects the contacts the sync knew at its start; an initial run has nothing to go
 * by, and says nothing rather than a total that only ever equals what it read.
 */
final class Progress {
  private Progress() {}

  static SyncProgress of(SyncCheckpoint checkpoint, Counter counter, Instant now, int readers) {
    boolean reading = checkpoint.phase() == RunPhase.READ;
    Optional<Long> total =
        reading
            ? checkpoint.expectedContacts().filter(expected -> expected >= counter.read)
            : Optional.of(counter.read);
    Duration elapsed = Duration.between(checkpoint.startedAt(), now);
    if (elapsed.isNegative()) {
      elapsed = Duration.ZERO;
    }
    Duration spent = elapsed;
    Optional<Duration> left =
        total
            .filter(t -> reading && counter.read > 0)
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
        .readers(reading ? readers : 1)
        .build();
  }
}
