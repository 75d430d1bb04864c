package ai.levitate.sf.merge;

/**
 * No answer came: the connection failed, a timeout ran out (HTTP 408 included) or the thread was
 * interrupted.
 */
public final class MergeConnectionException extends MergeException {
  private static final long serialVersionUID = 1L;

  public MergeConnectionException(String message, MergeExchange exchange, Throwable cause) {
    super(message, exchange, cause);
  }
}
