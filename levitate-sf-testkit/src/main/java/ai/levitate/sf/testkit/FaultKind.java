package ai.levitate.sf.testkit;

/** The ways the fake server can misbehave; see {@link Fault} for what each does on the wire. */
public enum FaultKind {
  /** A 5xx status with a short error body. */
  SERVER_ERROR,
  /** 429 with a {@code Retry-After} header. */
  RATE_LIMITED,
  /** 429 without {@code Retry-After}. */
  RATE_LIMITED_WITHOUT_RETRY_AFTER,
  /** The request is read and never answered; the client's read timeout fires. */
  TIMEOUT,
  /** The connection closes before the request is processed. */
  DROPPED_CONNECTION,
  /** The answer's body stops half way; its declared length is never reached. */
  TRUNCATED_BODY,
  /** A complete answer whose body is not valid JSON. */
  MALFORMED_JSON,
  /**
   * The request is processed (a POST stored) and then the connection closes: the answer is lost.
   */
  ANSWER_LOST,
  /** A list page whose {@code next} cursor points at the same page again. */
  REPEATED_CURSOR,
  /** A list page whose last record comes again at the start of the next page. */
  DUPLICATE_RECORD,
  /** A list page whose first record comes as a shell: ids and metadata only. */
  SHELL_RECORD,
  /** 401, as when a linked account's token is revoked mid-run. */
  UNAUTHORIZED,
  /** A write answered 201 with a non-empty {@code errors} list and nothing stored. */
  WRITE_ERRORS
}
