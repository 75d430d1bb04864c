package ai.levitate.sf.merge.internal.http;

/**
 * A response converter's verdict on a 2xx body: it cannot be read as the endpoint's type, or it is
 * a write Merge answered with errors. {@link MergeCalls} turns it into the client's exception for
 * the answer, which it alone knows in full.
 */
public final class UnusableBodyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean mergeErrors;

  private UnusableBodyException(String why, boolean mergeErrors) {
    super(why, null, false, false);
    this.mergeErrors = mergeErrors;
  }

  /**
   * A body that is not what the endpoint answers; {@code why} completes "answered HTTP 200 with".
   */
  public static UnusableBodyException invalid(String why) {
    return new UnusableBodyException(why, false);
  }

  /** A write Merge accepted with a 2xx status while listing errors in the body. */
  public static UnusableBodyException listingErrors() {
    return new UnusableBodyException("errors", true);
  }

  boolean mergeErrors() {
    return mergeErrors;
  }
}
