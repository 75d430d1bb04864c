package ai.levitate.sf.merge;

import ai.levitate.sf.core.LevitateSfException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call to Merge that failed; the subclass says how. Every one carries the request line, the
 * status (when an answer came), the attempts made and the start of Merge's answer, and never the
 * API key or the account token.
 *
 * <pre>{@code
 * try {
 *   client.createNote(request);
 * } catch (MergeRateLimitedException e) {
 *   scheduleLater(e.retryAfter().orElse(Duration.ofMinutes(1)));
 * } catch (MergeException e) {
 *   log.warn("note not written: {} ({} attempts)", e.getMessage(), e.attempts());
 * }
 * }</pre>
 */
public class MergeException extends LevitateSfException {
  private static final long serialVersionUID = 1L;

  private final transient MergeExchange exchange;

  public MergeException(String message, MergeExchange exchange, Throwable cause) {
    super(message, cause);
    this.exchange = Objects.requireNonNull(exchange, "exchange == null");
  }

  public MergeExchange exchange() {
    return exchange;
  }

  /** Method and path with query, e.g. {@code GET /api/crm/v1/contacts?page_size=100}. */
  public String request() {
    return exchange.request();
  }

  public OptionalInt status() {
    return exchange.status().map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  public int attempts() {
    return exchange.attempts();
  }

  public Optional<String> requestId() {
    return exchange.requestId();
  }

  /** The start of Merge's answer, as text. */
  public String body() {
    return exchange.body();
  }

  /** The errors Merge listed in its answer. */
  public List<MergeProblem> problems() {
    return exchange.problems();
  }
}
