package ai.levitate.sf.testkit;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One request the fake server received and what it did with it. Credentials are never kept: the
 * linked account is named by its Merge id.
 */
@Value.Immutable
public abstract class ServedRequest {
  ServedRequest() {}

  /** The request's number, from 1, in the order the server received them. */
  public abstract long sequence();

  public abstract String method();

  /** The path and query as sent, e.g. {@code /api/crm/v1/contacts?page_size=100}. */
  public abstract String target();

  /** The endpoint as fault rules name it, e.g. {@code /contacts/{id}}; empty when unknown. */
  public abstract Optional<String> endpoint();

  /** The Merge id of the linked account the token named, when it named one. */
  public abstract Optional<String> linkedAccountId();

  /** The status answered, or 0 when no answer was sent (timeouts, dropped connections). */
  public abstract int status();

  /** The fault injected into the answer, if any. */
  public abstract Optional<FaultKind> fault();

  /**
   * Builds a {@link ServedRequest}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableServedRequest.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
