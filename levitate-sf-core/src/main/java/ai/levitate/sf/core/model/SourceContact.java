package ai.levitate.sf.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Salesforce Contact as Merge returned it: common-model fields, the expanded account and owner,
 * and every readable Contact field keyed by its Salesforce API name.
 *
 * <pre>{@code
 * SourceContact contact = SourceContact.builder()
 *     .mergeId("9f0c...").remoteId("0035e00000Abc12AAA")
 *     .firstName("Ada").lastName("Lovelace")
 *     .putFields("Birthdate", FieldValue.date(LocalDate.of(1815, 12, 10)))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class SourceContact {
  SourceContact() {}

  /** Merge's id of the contact: notes attach to it. */
  public abstract String mergeId();

  /** The Salesforce Contact id; a contact without one cannot be synced. */
  public abstract Optional<String> remoteId();

  public abstract Optional<String> firstName();

  public abstract Optional<String> lastName();

  public abstract List<SourceAddress> addresses();

  public abstract List<SourceEmail> emails();

  public abstract List<SourcePhone> phones();

  public abstract Optional<SourceAccount> account();

  public abstract Optional<SourceUser> owner();

  /** Whether Salesforce deleted the contact (Merge's {@code remote_was_deleted}). */
  @Value.Default
  public boolean remoteWasDeleted() {
    return false;
  }

  /**
   * Whether Merge sent a shell record: only ids and metadata, everything else empty. A shell must
   * never blank out what Levitate already holds.
   */
  @Value.Default
  public boolean shell() {
    return false;
  }

  /** When Merge first stored the contact; never changes. */
  public abstract Optional<Instant> createdAt();

  /** When Merge last changed its copy (not Salesforce's LastModifiedDate). */
  public abstract Optional<Instant> modifiedAt();

  /** When the contact was created in Salesforce. */
  public abstract Optional<Instant> remoteCreatedAt();

  /**
   * Every readable Contact field by Salesforce API name, from Merge's remote fields (falling back
   * to remote data). Iteration order is not meaningful: the transform reads fields in catalog and
   * settings order.
   */
  public abstract Map<String, FieldValue> fields();

  /** The value of a field, or empty when the connected user cannot read it. */
  public Optional<FieldValue> field(String apiName) {
    return Optional.ofNullable(fields().get(apiName));
  }

  @Value.Check
  protected void check() {
    if (mergeId().isBlank()) {
      throw new IllegalArgumentException("mergeId must not be blank");
    }
  }

  /**
   * Builds a {@link SourceContact}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableSourceContact.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  /** This contact in a builder, to derive a variant. */
  public Builder newBuilder() {
    return builder().from(this);
  }

  /**
   * This contact with {@code account} in place of its account; its other values are shared with
   * this one, not copied, so it costs far less than a builder's copy.
   */
  public SourceContact withAccount(SourceAccount account) {
    return ImmutableSourceContact.copyOf(this).withAccount(account);
  }
}
