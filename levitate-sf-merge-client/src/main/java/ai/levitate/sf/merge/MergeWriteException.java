package ai.levitate.sf.merge;

/**
 * Merge accepted a write with a 2xx status but listed errors in the answer, so nothing can be
 * assumed written; {@link #problems()} holds Merge's errors (e.g. {@code RELINK_NEEDED}).
 */
public final class MergeWriteException extends MergeException {
  private static final long serialVersionUID = 1L;

  public MergeWriteException(String message, MergeExchange exchange) {
    super(message, exchange, null);
  }
}
