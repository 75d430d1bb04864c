package ai.levitate.sf.merge;

/** Merge knows no such record or endpoint for this linked account (HTTP 404). */
public final class MergeNotFoundException extends MergeException {
  private static final long serialVersionUID = 1L;

  public MergeNotFoundException(String message, MergeExchange exchange, Throwable cause) {
    super(message, exchange, cause);
  }
}
