package ai.levitate.sf.merge.internal.http;

import ai.levitate.sf.merge.MergeAuthenticationException;
import ai.levitate.sf.merge.MergeConnectionException;
import ai.levitate.sf.merge.MergeException;
import ai.levitate.sf.merge.MergeExchange;
import ai.levitate.sf.merge.MergeInvalidResponseException;
import ai.levitate.sf.merge.MergeNotFoundException;
import ai.levitate.sf.merge.MergeProblem;
import ai.levitate.sf.merge.MergeRateLimitedException;
import ai.levitate.sf.merge.MergeRequestException;
import ai.levitate.sf.merge.MergeServerException;
import ai.levitate.sf.merge.MergeWriteException;
import ai.levitate.sf.merge.internal.wire.Problems;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Builds the client's exceptions with their exchange, passing every piece of text that came from
 * outside through the redactor first.
 */
public final class Failures {
  private static final int MESSAGE_BODY_CHARS = 200;

  private final Redactor redactor;

  public Failures(Redactor redactor) {
    this.redactor = redactor;
  }

  public Redactor redactor() {
    return redactor;
  }

  /** The exception for an HTTP error status, by status. */
  MergeException forStatus(
      String request, int status, Headers headers, byte[] body, int attempts, Duration retryAfter) {
    MergeExchange exchange = exchange(request, status, headers, body, attempts);
    String message = request + " failed with HTTP " + status + after(attempts) + summary(exchange);
    if (status == 401 || status == 403) {
      return new MergeAuthenticationException(message, exchange, null);
    } else if (status == 404) {
      return new MergeNotFoundException(message, exchange, null);
    } else if (status == 429) {
      return new MergeRateLimitedException(message, exchange, retryAfter, null);
    } else if (status == 408) {
      return new MergeConnectionException(message, exchange, null);
    } else if (status >= 500) {
      return new MergeServerException(message, exchange, null);
    } else if (status >= 300 && status < 400) {
      return new MergeInvalidResponseException(
          request
              + " answered with a redirect (HTTP "
              + status
              + "), which the client does not follow",
          exchange,
          null);
    }
    return new MergeRequestException(message, exchange, null);
  }

  /** The exception for a request that got no usable answer. */
  MergeConnectionException connection(String request, int attempts, Exception cause) {
    MergeExchange exchange = MergeExchange.builder().request(request).attempts(attempts).build();
    return new MergeConnectionException(
        request + " failed" + after(attempts) + ": " + describe(cause), exchange, cause);
  }

  /** {@code SocketTimeoutException: timeout}, redacted: what went wrong, for messages and logs. */
  String describe(Exception cause) {
    String name = cause.getClass().getSimpleName();
    return redactor.redact(cause.getMessage() == null ? name : name + ": " + cause.getMessage());
  }

  MergeInvalidResponseException tooLarge(String request, int status, long limit, int attempts) {
    MergeExchange exchange =
        MergeExchange.builder().request(request).status(status).attempts(attempts).build();
    return new MergeInvalidResponseException(
        request
            + " answered with a body larger than "
            + limit
            + " bytes (HTTP "
            + status
            + "); the client reads no more",
        exchange,
        null);
  }

  /**
   * An answer whose content cannot be used; {@code why} says what is wrong with it. No cause is
   * attached: a parser's message may quote the body, which is redacted here instead.
   */
  public MergeInvalidResponseException invalid(Answer answer, String why) {
    MergeExchange exchange =
        exchange(
            answer.request(), answer.status(), answer.headers(), answer.body(), answer.attempts());
    return new MergeInvalidResponseException(
        answer.request() + " answered HTTP " + answer.status() + " with " + redactor.redact(why),
        exchange,
        null);
  }

  /**
   * A write Merge answered with a 2xx status while listing errors: nothing can be assumed written.
   */
  MergeWriteException writeRefused(Answer answer) {
    MergeExchange exchange =
        exchange(
            answer.request(), answer.status(), answer.headers(), answer.body(), answer.attempts());
    List<MergeProblem> errors = exchange.problems();
    String first = errors.isEmpty() ? "(not readable)" : errors.get(0).describe();
    return new MergeWriteException(
        answer.request()
            + " answered HTTP "
            + answer.status()
            + " with errors: "
            + first
            + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""),
        exchange);
  }

  /** The exchange of an answer, with the problems Merge listed in it. */
  public MergeExchange exchange(
      String request, int status, Headers headers, byte[] body, int attempts) {
    String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
    List<MergeProblem> problems = redact(Problems.fromErrorBody(body));
    return MergeExchange.builder()
        .request(redactor.redact(request))
        .status(status)
        .attempts(attempts)
        .requestId(Optional.ofNullable(headers == null ? null : headers.get("X-Request-Id")))
        .body(redactor.redact(text))
        .problems(problems)
        .build();
  }

  /** The problems with every text passed through the redactor. */
  public List<MergeProblem> redact(List<MergeProblem> problems) {
    return problems.stream()
        .map(
            p ->
                MergeProblem.builder()
                    .problemType(p.problemType().map(redactor::redact))
                    .title(p.title().map(redactor::redact))
                    .detail(p.detail().map(redactor::redact))
                    .pointer(p.pointer().map(redactor::redact))
                    .build())
        .toList();
  }

  private static String after(int attempts) {
    return attempts == 1 ? "" : " after " + attempts + " attempts";
  }

  private static String summary(MergeExchange exchange) {
    if (!exchange.problems().isEmpty()) {
      return ": " + exchange.problems().get(0).describe();
    }
    String body = exchange.body().strip().replaceAll("\\s+", " ");
    if (body.isEmpty()) {
      return "";
    }
    return ": "
        + (body.length() > MESSAGE_BODY_CHARS
            ? body.substring(0, MESSAGE_BODY_CHARS) + "..."
            : body);
  }
}
