package ai.levitate.sf.merge;

/** Merge failed with HTTP 5xx on every attempt. */
public final class MergeServerException extends MergeException {
  private static final long serialVersionUID = 1L;

  public MergeServerException(String message, MergeExchange exchange, Throwable cause) {
    super(message, exchange, cause);
  }
}
