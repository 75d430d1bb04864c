package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.ContactProblem;
import ai.levitate.sf.core.model.SourceContact;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of contacts in Merge's order, the records that could not be read (each with its reason),
 * and the cursor of the next page.
 */
@Value.Immutable
public abstract class ContactPage {
  ContactPage() {}

  public abstract List<SourceContact> contacts();

  /** Records on this page that could not be read; their neighbours are in {@link #contacts()}. */
  public abstract List<ContactProblem> unreadable();

  /** The cursor of the next page; empty on the last page. */
  public abstract Optional<String> next();

  /**
   * How long reading this page was held back by the source's own limits (its rate limiter, the
   * backoff between retries) rather than working; zero by default. The engine leaves it out of the
   * time a page takes when it sizes its readers: more readers would only wait longer.
   */
  @Value.Default
  public Duration waited() {
    return Duration.ZERO;
  }

  /**
   * Builds a {@link ContactPage}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableContactPage.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
