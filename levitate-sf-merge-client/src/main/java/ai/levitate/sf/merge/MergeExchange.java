package ai.levitate.sf.merge;

import ai.levitate.sf.core.internal.Texts;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a failed call sent and got back, for diagnosis: the request line (never a header), the
 * status, how many attempts were made, Merge's request id and the start of the body.
 */
@Value.Immutable
public abstract class MergeExchange {
  MergeExchange() {}

  /** The longest body kept, in characters. */
  public static final int MAX_BODY_CHARS = 4096;

  /** Method and path with query, e.g. {@code GET /api/crm/v1/contacts?page_size=100}. */
  public abstract String request();

  /** The HTTP status of the last attempt; empty when no answer arrived. */
  public abstract Optional<Integer> status();

  /** Attempts made, retries included; 0 when the failure came before any request. */
  @Value.Default
  public int attempts() {
    return 0;
  }

  /** The {@code X-Request-Id} Merge sent, to quote to Merge's support. */
  public abstract Optional<String> requestId();

  /** The start of the answer's body as text, at most {@link #MAX_BODY_CHARS}; empty when none. */
  @Value.Default
  public String body() {
    return "";
  }

  /** The errors Merge listed in the body, when it listed any. */
  public abstract List<MergeProblem> problems();

  @Value.Check
  protected MergeExchange normalize() {
    String body = Texts.cutChars(body(), MAX_BODY_CHARS);
    return body.equals(body()) ? this : builder().from(this).body(body).build();
  }

  /**
   * Builds a {@link MergeExchange}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableMergeExchange.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
