package ai.levitate.sf.core.spi;

/** Where a run is: its phases run in this order. */
public enum RunPhase {
  /** Reading pages of contacts from the source. */
  READ,
  /** A full pass looks for contacts the sync wrote that the source no longer returned. */
  SWEEP,
  /** Archives and removals, held back until the run knew their number, are emitted. */
  RELEASE
}
