package ai.levitate.sf.examples.internal;

/** A mistake in the harness's arguments or settings: exit code 2, nothing changed. */
public final class UsageException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
