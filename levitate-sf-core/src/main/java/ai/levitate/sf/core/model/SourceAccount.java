package ai.levitate.sf.core.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Salesforce Account as Merge knows it; its name becomes the company of its contacts, unless it
 * is a household (by its {@code Type}) or deleted.
 *
 * <p>Merge sends an account in three forms, and each says how much is known: read from Merge's
 * accounts list with its remote fields ({@link #fieldsRead()}: name, {@code Type} and deletion all
 * known); expanded inside a contact (name and deletion known, remote fields not: Merge leaves them
 * out there); or as its id alone ({@link #idOnly()}: nothing known but the id).
 */
@Value.Immutable
public abstract class SourceAccount {
  SourceAccount() {}

  /** The Salesforce Account field whose value marks a household, e.g. {@code Household}. */
  public static final String TYPE_FIELD = "Type";

  /** Merge's id of the account. */
  public abstract String mergeId();

  /** The Salesforce Account id. */
  public abstract Optional<String> remoteId();

  public abstract Optional<String> name();

  /** When Merge last changed its copy; drives incremental reads of renamed accounts. */
  public abstract Optional<Instant> modifiedAt();

  /**
   * When Merge first stored the account (its {@code created_at}, which never changes), when the
   * source told: a full pass splits the accounts list by it to read parts of it side by side.
   */
  public abstract Optional<Instant> createdAt();

  /** Whether Salesforce deleted the account (Merge's {@code remote_was_deleted}). */
  @Value.Default
  public boolean remoteWasDeleted() {
    return false;
  }

  /**
   * Whether Merge sent only the account's id: its name and everything else are unknown, not empty,
   * so the sync looks the account up rather than blank the company.
   */
  @Value.Default
  public boolean idOnly() {
    return false;
  }

  /**
   * Whether the account's remote fields were read ({@link #fields()}): true for an account from
   * Merge's accounts list, false for one expanded inside a contact, whose {@code Type} is unknown.
   */
  @Value.Default
  public boolean fieldsRead() {
    return false;
  }

  /**
   * The account's remote fields by Salesforce API name ({@code Type}, {@code IsPersonAccount},
   * custom fields), when {@link #fieldsRead()}; empty otherwise.
   */
  public abstract Map<String, FieldValue> fields();

  /** The account's {@code Type}, trimmed, when its fields were read and it has one. */
  public Optional<String> type() {
    FieldValue value = fields().get(TYPE_FIELD);
    if (value instanceof FieldValue.Text text && !text.value().isBlank()) {
      return Optional.of(text.value().strip());
    }
    return Optional.empty();
  }

  /**
   * Whether the account's {@code Type} is one of {@code types}, compared trimmed and ignoring case.
   */
  public boolean typeIn(Iterable<String> types) {
    Optional<String> type = type().map(t -> t.toLowerCase(Locale.ROOT));
    if (type.isEmpty()) {
      return false;
    }
    for (String candidate : types) {
      if (candidate.strip().toLowerCase(Locale.ROOT).equals(type.get())) {
        return true;
      }
    }
    return false;
  }

  @Value.Check
  protected void check() {
    if (mergeId().isBlank()) {
      throw new IllegalArgumentException("mergeId must not be blank");
    }
  }

  /**
   * Builds a {@link SourceAccount}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableSourceAccount.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
