package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.HeldChangeQuery;
import ai.levitate.sf.core.spi.RunState;
import ai.levitate.sf.core.spi.SyncCheckpoint;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives up a stopped run whose settings or field catalog no longer apply: the archives and removals
 * it held are deleted, none emitted, and its contacts' states no longer name it. A person could
 * otherwise approve them later under another run's decision, though no brake ever weighed them.
 *
 * <p>Each page is committed with the abandoned checkpoint still in place, so a stop part-way leaves
 * the same run to abandon on the next call; the caller then commits the new run's plan over it.
 */
final class Abandonment {
  private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);

  private Abandonment() {}

  /** Drops every change the checkpoint's run holds, a page a commit; returns how many. */
  static long discard(RunContext ctx, RunState state) {
    SyncCheckpoint abandoned = state.checkpoint().orElseThrow();
    long dropped = 0;
    while (true) {
      // Each commit deletes the page it read, so the first page is always the next one.
      List<HeldChange> held =
          ctx.view()
              .heldChanges(
                  HeldChangeQuery.builder()
                      .heldInRun(abandoned.runNumber())
                      .limit(ctx.pageSize())
                      .build());
      if (held.isEmpty()) {
        if (dropped > 0) {
          log.warn(
              "{} stopped under other settings or another field catalog; it was abandoned and"
                  + " the {} archives and removals it held were dropped.",
              abandoned.runId(),
              dropped);
        }
        return dropped;
      }
      Set<String> ids = new LinkedHashSet<>();
      held.forEach(h -> ids.add(h.salesforceId()));
      Counter counter = new Counter(abandoned.counts());
      Conflicts.retrying(
          counter,
          abandoned.runId(),
          () -> {
            Map<String, ContactState> states = ctx.view().contacts(ids);
            PageWork work =
                new PageWork(
                    abandoned.runId(),
                    abandoned.runNumber(),
                    abandoned.changesEmitted(),
                    counter,
                    states);
            for (HeldChange change : held) {
              work.discard(change, Optional.ofNullable(states.get(change.salesforceId())));
            }
            ctx.commit(work.batch(ctx.fencingToken(), state), abandoned.runId());
            return null;
          });
      dropped += held.size();
    }
  }
}
