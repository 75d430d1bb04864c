package ai.levitate.sf.testkit;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One misbehaviour of the fake server, injected by a {@link FaultRule}.
 *
 * <pre>{@code
 * server.inject(FaultRule.on("GET", "/contacts").nth(3).inject(Fault.serverError(503)));
 * server.inject(FaultRule.on("POST", "/notes").nth(1).inject(Fault.answerLost()));
 * }</pre>
 */
public final class Fault {
  private final FaultKind kind;
  private final int status;
  private final Duration retryAfter;
  private final String problemType;

  private Fault(FaultKind kind, int status, Duration retryAfter) {
    this(kind, status, retryAfter, null);
  }

  private Fault(FaultKind kind, int status, Duration retryAfter, String problemType) {
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
    this.problemType = problemType;
  }

  /** A 5xx answer with a short plain error body, as Merge's load balancer sends. */
  public static Fault serverError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("status must be between 500 and 599, was " + status);
    }
    return new Fault(FaultKind.SERVER_ERROR, status, null);
  }

  /** 429 with {@code Retry-After} in whole seconds (rounded up). */
  public static Fault rateLimited(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter == null");
    if (retryAfter.isNegative() || retryAfter.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException(
          "retryAfter must be between 0 and 1 hour, was " + retryAfter);
    }
    return new Fault(FaultKind.RATE_LIMITED, 429, retryAfter);
  }

  public static Fault rateLimitedWithoutRetryAfter() {
    return new Fault(FaultKind.RATE_LIMITED_WITHOUT_RETRY_AFTER, 429, null);
  }

  /** No answer at all until the server closes; the client's read timeout must fire. */
  public static Fault timeout() {
    return new Fault(FaultKind.TIMEOUT, 0, null);
  }

  /** The connection closes before the request is processed: nothing is stored. */
  public static Fault droppedConnection() {
    return new Fault(FaultKind.DROPPED_CONNECTION, 0, null);
  }

  public static Fault truncatedBody() {
    return new Fault(FaultKind.TRUNCATED_BODY, 0, null);
  }

  public static Fault malformedJson() {
    return new Fault(FaultKind.MALFORMED_JSON, 0, null);
  }

  /** The request is processed, then the connection closes: a POST is stored, its answer lost. */
  public static Fault answerLost() {
    return new Fault(FaultKind.ANSWER_LOST, 0, null);
  }

  /** On a list endpoint: {@code next} points at the page just served. */
  public static Fault repeatedCursor() {
    return new Fault(FaultKind.REPEATED_CURSOR, 0, null);
  }

  /** On a list endpoint: the page's last record comes again first on the next page. */
  public static Fault duplicateRecord() {
    return new Fault(FaultKind.DUPLICATE_RECORD, 0, null);
  }

  /** On a list endpoint: the page's first record comes as a shell (ids and timestamps only). */
  public static Fault shellRecord() {
    return new Fault(FaultKind.SHELL_RECORD, 0, null);
  }

  /** 401, as when the linked account's token is revoked mid-run. */
  public static Fault unauthorized() {
    return new Fault(FaultKind.UNAUTHORIZED, 401, null);
  }

  /**
   * A write answered {@code 201} whose {@code errors} list holds one problem of this type (e.g.
   * {@code INVALID_REFERENCE}); nothing is stored. Merge fails some writes this way.
   */
  public static Fault writeErrors(String problemType) {
    Objects.requireNonNull(problemType, "problemType == null");
    if (problemType.isBlank()) {
      throw new IllegalArgumentException("problemType must not be blank");
    }
    return new Fault(FaultKind.WRITE_ERRORS, 201, null, problemType);
  }

  public FaultKind kind() {
    return kind;
  }

  /**
   * The HTTP status this fault answers with, or 0 when it changes a normal answer or sends none.
   */
  public int status() {
    return status;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /** The problem type of a {@link FaultKind#WRITE_ERRORS} fault. */
  public Optional<String> problemType() {
    return Optional.ofNullable(problemType);
  }

  @Override
  public String toString() {
    return "Fault["
        + kind
        + (status != 0 ? " " + status : "")
        + (retryAfter != null ? " retryAfter=" + retryAfter : "")
        + (problemType != null ? " " + problemType : "")
        + "]";
  }
}
