package ai.levitate.sf.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A contact as Levitate receives it from the sync: names, address, phones, emails, job, key facts,
 * tags, owner and status, each tag, key fact, phone and email with the field it came from.
 */
@Value.Immutable
public abstract class LevitateContact {
  LevitateContact() {}

  /** The tag every synced contact carries. */
  public static final String SALESFORCE_TAG = "Salesforce";

  /** The tag an email opt-out adds. */
  public static final String UNSUBSCRIBE_TAG = "Unsubscribe";

  /** Tags longer than this many code points are cut and end with {@code ...}. */
  public static final int MAX_TAG_LENGTH = 60;

  /** The Salesforce Contact id, the key Levitate keeps the contact under. */
  public abstract String salesforceId();

  /** Merge's id of the contact, which notes attach to. */
  public abstract String mergeId();

  public abstract Optional<String> firstName();

  public abstract Optional<String> lastName();

  public abstract Optional<String> nickname();

  /** The name to greet the contact by: the nickname when there is one, else the first name. */
  public abstract Optional<String> greetingName();

  public abstract Optional<String> jobTitle();

  public abstract Optional<String> companyName();

  public abstract Optional<MailingAddress> address();

  public abstract List<Phone> phones();

  public abstract List<Email> emails();

  public abstract List<KeyFact> keyFacts();

  /** {@code Salesforce} first, then tag fields in settings order, then {@code Unsubscribe}. */
  public abstract List<Tag> tags();

  @Value.Default
  public Owner owner() {
    return Owner.none();
  }

  @Value.Default
  public ContactStatus status() {
    return ContactStatus.ACTIVE;
  }

  /** Why the contact is archived or removed; empty when active. */
  public abstract Optional<StatusReason> statusReason();

  /** The field that set the status, e.g. {@code Deceased__c = true}. */
  public abstract Optional<Provenance> statusSource();

  /** The tag names in order. */
  public List<String> tagNames() {
    return tags().stream().map(Tag::name).collect(Collectors.toUnmodifiableList());
  }

  @Value.Check
  protected void check() {
    if (salesforceId().isBlank() || mergeId().isBlank()) {
      throw new IllegalArgumentException("salesforceId and mergeId must not be blank");
    }
    if ((status() == ContactStatus.ACTIVE) != statusReason().isEmpty()) {
      throw new IllegalArgumentException(
          "status "
              + status()
              + " "
              + (statusReason().isEmpty() ? "needs" : "takes no")
              + " reason");
    }
    Set<String> seen = new HashSet<>();
    for (Tag tag : tags()) {
      String name = tag.name();
      if (name.codePointCount(0, name.length()) > MAX_TAG_LENGTH) {
        throw new IllegalArgumentException("tag longer than " + MAX_TAG_LENGTH + ": " + name);
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException("tag listed twice: " + name);
      }
    }
  }

  /**
   * Builds a {@link LevitateContact}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutableLevitateContact.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  /** This contact in a builder, to derive a variant. */
  public Builder newBuilder() {
    return builder().from(this);
  }
}
