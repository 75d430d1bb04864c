package ai.levitate.sf.core.settings;

import ai.levitate.sf.core.model.ActivityType;
import ai.levitate.sf.core.model.FieldCatalog;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a Levitate admin chose for one account. Immutable; check it against the account's {@link
 * FieldCatalog} with {@link #validate} before a sync uses it.
 *
 * <pre>{@code
 * SyncSettings settings = SyncSettings.builder()
 *     .nicknameField("Nickname__c")
 *     .deceased(DeceasedSetting.archive("Deceased__c"))
 *     .optOutField("HasOptedOutOfEmail")
 *     .addKeyFacts(KeyFactSetting.of("Birthdate"), KeyFactSetting.of("Anniversary__c", "Anniversary"))
 *     .addTagFields("Interests__c", "VIP__c")
 *     .householdTag(true)
 *     .putOwners("0055e000001AbcD", "lev-user-1")
 *     .defaultOwner("lev-user-9")
 *     .addWriteback(ActivityType.NOTE, ActivityType.EMAIL)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class SyncSettings {
  SyncSettings() {}

  /** Salesforce's standard birthday field. */
  public static final String BIRTHDATE = "Birthdate";

  /** The account {@code Type} of a household in Financial Services Cloud orgs. */
  public static final String HOUSEHOLD = "Household";

  /** The Salesforce field holding the nickname; Salesforce has no standard one. */
  public abstract Optional<String> nicknameField();

  public abstract Optional<DeceasedSetting> deceased();

  /** A date, datetime or checkbox field; {@code HasOptedOutOfEmail} is the usual one. */
  public abstract Optional<String> optOutField();

  /**
   * Date fields that become key facts, besides {@code Birthdate} (see {@link #birthdateKeyFact()}).
   * Listing {@code Birthdate} here too gives it a label of its own.
   */
  public abstract List<KeyFactSetting> keyFacts();

  /**
   * Whether {@code Birthdate} is a key fact even when {@link #keyFacts()} does not list it; on by
   * default.
   */
  @Value.Default
  public boolean birthdateKeyFact() {
    return true;
  }

  /**
   * The key facts in effect: {@code Birthdate} first when {@link #birthdateKeyFact()} is on and
   * {@link #keyFacts()} does not list it, then {@link #keyFacts()}.
   */
  public List<KeyFactSetting> effectiveKeyFacts() {
    boolean listed = keyFacts().stream().anyMatch(k -> k.field().equalsIgnoreCase(BIRTHDATE));
    if (!birthdateKeyFact() || listed) {
      return keyFacts();
    }
    List<KeyFactSetting> all = new ArrayList<>(keyFacts().size() + 1);
    all.add(KeyFactSetting.of(BIRTHDATE));
    all.addAll(keyFacts());
    return List.copyOf(all);
  }

  /**
   * Picklist, multipicklist, checkbox and string fields whose values become tags, in this order.
   */
  public abstract List<String> tagFields();

  /**
   * Account {@code Type} values that mark a household (compared trimmed and ignoring case):
   * contacts of a household account get no company. {@code Household} by default, as Financial
   * Services Cloud orgs set it; empty turns households off.
   */
  @Value.Default
  public List<String> householdAccountTypes() {
    return List.of(HOUSEHOLD);
  }

  /**
   * Whether a household's members get the sync-owned tag {@code Household: <account name>}, so an
   * advisor can find them together. Off by default.
   */
  @Value.Default
  public boolean householdTag() {
    return false;
  }

  /** Levitate user id by Salesforce user id (15 or 18 characters, either matches). */
  public abstract Map<String, String> owners();

  /** The Levitate user for contacts whose Salesforce owner is not mapped. */
  public abstract Optional<String> defaultOwner();

  /** Activity types written back to Salesforce as notes; empty writes nothing. */
  public abstract Set<ActivityType> writeback();

  /**
   * Whether the sync may take the {@code Unsubscribe} tag away when the opt-out clears in
   * Salesforce. Off by default: an opt-out is sticky.
   */
  @Value.Default
  public boolean allowUnsubscribeRemoval() {
    return false;
  }

  /**
   * The region whose dialling rules national phone numbers follow when the contact's mailing
   * country does not say (a two-letter ISO 3166 code, e.g. {@code US} or {@code GB}); two spellings
   * of one number are one phone. {@code US} by default.
   */
  @Value.Default
  public String defaultPhoneRegion() {
    return "US";
  }

  @Value.Default
  public MassArchiveBrake brake() {
    return MassArchiveBrake.defaults();
  }

  /**
   * Every problem with these settings against the catalog, errors and warnings, in settings order.
   * Empty when the settings are fine.
   */
  public List<SettingsProblem> validate(FieldCatalog catalog) {
    return SettingsValidator.validate(this, catalog);
  }

  /**
   * Throws {@link InvalidSettingsException} listing every error when the settings do not fit the
   * catalog; warnings alone pass.
   */
  public SyncSettings requireValid(FieldCatalog catalog) {
    List<SettingsProblem> errors =
        validate(catalog).stream().filter(SettingsProblem::isError).toList();
    if (!errors.isEmpty()) {
      throw new InvalidSettingsException(errors);
    }
    return this;
  }

  @Value.Check
  protected void check() {
    nicknameField().ifPresent(f -> Checks.notBlank(f, "nicknameField"));
    optOutField().ifPresent(f -> Checks.notBlank(f, "optOutField"));
    defaultOwner().ifPresent(f -> Checks.notBlank(f, "defaultOwner"));
    if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(defaultPhoneRegion())) {
      throw new IllegalArgumentException(
          "defaultPhoneRegion must be the two-letter ISO 3166 code"
              + " of a region with phone numbers, in capitals, such as US or GB; \""
              + defaultPhoneRegion()
              + "\" is not one");
    }
    for (int i = 0; i < tagFields().size(); i++) {
      Checks.notBlank(tagFields().get(i), "tagFields[" + i + "]");
    }
    for (int i = 0; i < householdAccountTypes().size(); i++) {
      Checks.notBlank(householdAccountTypes().get(i), "householdAccountTypes[" + i + "]");
    }
    owners()
        .forEach(
            (sf, lev) -> {
              Checks.notBlank(sf, "owners key");
              Checks.notBlank(lev, "owners[" + sf + "]");
            });
  }

  /**
   * Builds a {@link SyncSettings}; {@code build()} throws {@link IllegalStateException} naming any
   * required attribute left unset.
   */
  public static final class Builder extends ImmutableSyncSettings.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * These settings in a builder, to derive a variant: {@code
   * settings.newBuilder().optOutField("Opt_Out__c").build()}.
   */
  public Builder newBuilder() {
    return builder().from(this);
  }

  /** {@code Birthdate} as a key fact and nothing else. */
  public static SyncSettings defaults() {
    return builder().build();
  }
}
