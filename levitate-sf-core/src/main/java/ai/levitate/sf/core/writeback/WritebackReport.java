package ai.levitate.sf.core.writeback;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What one write-back run did: notes written, activities skipped and failed by reason, calls used.
 */
@Value.Immutable
public abstract class WritebackReport {
  WritebackReport() {}

  /** How an activity failed in this run. */
  public enum Failure {
    /** Merge refused it for good (recorded; not retried). */
    REJECTED,
    /** It failed before Merge stored it; retried on a later run. */
    FAILED,
    /** No answer came; looked up by reference and retried on a later run. */
    UNCERTAIN
  }

  /** Notes created in this run. */
  public abstract long written();

  /** Notes found by their reference after an uncertain earlier attempt, so not sent again. */
  public abstract long recovered();

  /** Activities the ledger already records as written. */
  public abstract long alreadyWritten();

  public abstract Map<ActivitySkipReason, Long> skipped();

  public abstract Map<Failure, Long> failed();

  /** The first failures with their reasons, for an admin; at most 50. */
  public abstract List<String> failures();

  /** Merge requests made, retries included. */
  public abstract long calls();

  public abstract Duration duration();

  public long skippedTotal() {
    return skipped().values().stream().mapToLong(Long::longValue).sum();
  }

  public long failedTotal() {
    return failed().values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Builds a {@link WritebackReport}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableWritebackReport.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
