package ai.levitate.sf.merge;

/**
 * Merge refused the API key or the account token (HTTP 401), or the call is not allowed for them
 * (HTTP 403).
 */
public final class MergeAuthenticationException extends MergeException {
  private static final long serialVersionUID = 1L;

  public MergeAuthenticationException(String message, MergeExchange exchange, Throwable cause) {
    super(message, exchange, cause);
  }
}
