package ai.levitate.sf.merge;

/**
 * Merge refused the request as sent (HTTP 400, 409, 422 and other 4xx not covered by a more
 * specific type).
 */
public final class MergeRequestException extends MergeException {
  private static final long serialVersionUID = 1L;

  public MergeRequestException(String message, MergeExchange exchange, Throwable cause) {
    super(message, exchange, cause);
  }
}
