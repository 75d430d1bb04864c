package ai.levitate.sf.merge.internal.convert;

/** A record the client cannot read; its page goes on without it. */
public final class RecordException extends Exception {
  private static final long serialVersionUID = 1L;

  public RecordException(String message) {
    super(message, null, false, false);
  }
}
