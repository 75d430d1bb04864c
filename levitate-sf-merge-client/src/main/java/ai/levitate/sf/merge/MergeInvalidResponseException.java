package ai.levitate.sf.merge;

/**
 * Merge answered with something the client cannot use: unreadable JSON, a body larger than the
 * client accepts, a redirect, or paging that would never end.
 */
public final class MergeInvalidResponseException extends MergeException {
  private static final long serialVersionUID = 1L;

  public MergeInvalidResponseException(String message, MergeExchange exchange, Throwable cause) {
    super(message, exchange, cause);
  }
}
