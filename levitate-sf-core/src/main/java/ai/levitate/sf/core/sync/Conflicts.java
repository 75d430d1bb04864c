package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.RunCounts;
import ai.levitate.sf.core.spi.StateConflictException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides and commits a page again when the sink refuses it because a person changed one of its
 * contacts meanwhile ({@link StateConflictException}): the page's states are read afresh, so the
 * person's decision is what the page now decides from. The run's counts are put back first, so the
 * page counts once.
 */
final class Conflicts {
  /** A person would have to change a page's contacts this often in a row to stop the run. */
  static final int ATTEMPTS = 3;

  private static final Logger log = LoggerFactory.getLogger(SyncEngine.class);

  private Conflicts() {}

  static <T> T retrying(Counter counter, String runId, Supplier<T> page) {
    for (int attempt = 1; ; attempt++) {
      RunCounts before = counter.snapshot();
      try {
        return page.get();
      } catch (StateConflictException e) {
        counter.reset(before);
        if (attempt == ATTEMPTS) {
          throw e;
        }
        log.debug(
            "{}: {} changed while their page was decided; deciding it again",
            runId,
            e.salesforceIds());
      }
    }
  }
}
