package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.model.SourceAccount;
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
