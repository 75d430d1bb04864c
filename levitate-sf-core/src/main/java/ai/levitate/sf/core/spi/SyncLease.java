package ai.levitate.sf.core.spi;

import java.time.Duration;

/** A held {@link SyncLock} lease. */
public interface SyncLease extends AutoCloseable {
  /**
   * A number that grows with each lease granted on the account; the engine puts it on every {@link
   * SyncBatch}, and the sink refuses writes from a worker whose lease was taken over.
   */
  long fencingToken();

  /** Extends the lease; false when it lapsed and another holder may have it. */
  boolean renew(Duration timeToLive);

  /** Gives the lease back. */
  @Override
  void close();
}
