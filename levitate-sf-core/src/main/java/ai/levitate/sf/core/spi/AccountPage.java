package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.SourceAccount;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of Merge's accounts list, in Merge's order, each account with its remote fields and its
 * {@linkplain SourceAccount#createdAt() created_at}, and the cursor of the next page. Records that
 * could not be read are left out, as {@link ContactSource#accounts()} leaves them out.
 */
@Value.Immutable
public abstract class AccountPage {
  AccountPage() {}

  public abstract List<SourceAccount> accounts();

  /** The cursor of the next page; empty on the last page. */
  public abstract Optional<String> next();

  /**
   * How long reading this page was held back by the source's own limits (its rate limiter, the
   * backoff between retries) rather than working; zero by default. Left out of the page's time, as
   * {@link ContactPage#waited()} is.
   */
  @Value.Default
  public Duration waited() {
    return Duration.ZERO;
  }

  /**
   * Builds an {@link AccountPage}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableAccountPage.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
