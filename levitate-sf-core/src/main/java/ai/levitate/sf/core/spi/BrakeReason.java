package ai.levitate.sf.core.spi;

/** Why the mass-archive brake held a run's archives and removals back. */
public enum BrakeReason {
  /** The run would archive or remove more contacts than the brake's share or count allows. */
  TOO_MANY_ARCHIVES,
  /** Merge reports its own contact sync as {@code FAILED} or {@code PARTIALLY_SYNCED}. */
  MERGE_SYNC_INCOMPLETE,
  /** A full pass read no contact at all where the sync had written some. */
  EMPTY_SOURCE
}
