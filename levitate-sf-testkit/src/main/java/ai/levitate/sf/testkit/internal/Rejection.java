package ai.levitate.sf.testkit.internal;

/**
 * A request the fake answers with an error status. A loud rejection is one a correct client never
 * causes (an unknown path or parameter, a malformed value): the server also records it as a test
 * failure, so it cannot pass unnoticed as a 4xx the client shrugged off.
 */
public final class Rejection extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final boolean loud;

  public Rejection(int status, String detail, boolean loud) {
    super(detail, null, false, false);
    this.status = status;
    this.loud = loud;
  }

  /** A request no correct client sends: 400 and a recorded failure. */
  public static Rejection misunderstood(String detail) {
    return new Rejection(400, detail, true);
  }

  public int status() {
    return status;
  }

  public boolean loud() {
    return loud;
  }
}
