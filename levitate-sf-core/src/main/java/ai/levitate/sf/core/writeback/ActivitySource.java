package ai.levitate.sf.core.writeback;

/**
 * The host's Levitate activity for one account that may still need writing back. Handing over an
 * activity that was already written is harmless: the ledger says it is done.
 */
@FunctionalInterface
public interface ActivitySource {
  /** Activities to consider in this run, oldest first. */
  Iterable<? extends Activity> pendingActivities();
}
