package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.ContactStatus;
import ai.levitate.sf.core.model.Email;
import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.KeyFact;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.MailingAddress;
import ai.levitate.sf.core.model.Owner;
import ai.levitate.sf.core.model.Phone;
import ai.levitate.sf.core.model.PicklistChoice;
import ai.levitate.sf.core.model.StatusReason;
import ai.levitate.sf.core.model.Tag;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactField;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Digests that tell the engine whether, and what, changed. A contact fingerprint holds one short
 * digest per {@link ContactField}, so two fingerprints say which parts differ without the old
 * contact. Provenance is left out: a contact whose values are the same emits nothing.
 */
final class Fingerprints {
  /**
   * Bump when a change to the transform or to the fingerprint format must reach every contact at
   * once: every account then starts a full pass. While a fleet is upgraded one worker at a time,
   * workers of the two versions disagree on the settings digest and each abandons the other's full
   * pass, so a correction that concerns few contacts (the {@code OwnerId} fallback, Merge's
   * multi-line {@code street_1}) is not bumped for: it reaches them as they are read again, at the
   * latest by the periodic full pass. For the same reason {@code OwnerId}'s catalog entry is not
   * part of the digest.
   */
  static final String ENGINE_VERSION = "3";

  private static final String CONTACT_PREFIX = "f1:";
  private static final int PART_BYTES = 6;
  private static final int PART_CHARS = 8;
  private static final ContactField[] FIELDS = ContactField.values();
  private static final Base64.Encoder PART_ENCODER = Base64.getUrlEncoder().withoutPadding();

  private Fingerprints() {}

  static String contact(LevitateContact c) {
    // One digester for the contact's parts: looking one up costs more than a part's digest.
    MessageDigest sha256 = sha256();
    StringBuilder out = new StringBuilder(CONTACT_PREFIX);
    for (ContactField field : FIELDS) {
      out.append(part(sha256, canonical(c, field)));
    }
    return out.toString();
  }

  /** The parts that differ; every part when either fingerprint is of another format. */
  static Set<ContactField> differences(String before, String after) {
    if (!wellFormed(before) || !wellFormed(after)) {
      return EnumSet.allOf(ContactField.class);
    }
    Set<ContactField> changed = EnumSet.noneOf(ContactField.class);
    for (ContactField field : FIELDS) {
      int start = CONTACT_PREFIX.length() + field.ordinal() * PART_CHARS;
      if (!before.regionMatches(start, after, start, PART_CHARS)) {
        changed.add(field);
      }
    }
    return changed;
  }

  /** The fingerprint with its status part replaced, for a status set without a fresh contact. */
  static String withStatus(
      String fingerprint, ContactStatus status, Optional<StatusReason> reason) {
    if (!wellFormed(fingerprint)) {
      return fingerprint;
    }
    int start = CONTACT_PREFIX.length() + ContactField.STATUS.ordinal() * PART_CHARS;
    return fingerprint.substring(0, start)
        + part(sha256(), status(status, reason))
        + fingerprint.substring(start + PART_CHARS);
  }

  /** Catalog fields the transform reads by name whatever the settings say. */
  private static final List<String> STANDARD_FIELDS =
      List.of(
          "Title",
          "MailingStreet",
          "MailingCity",
          "MailingState",
          "MailingPostalCode",
          "MailingCountry",
          "MailingCountryCode",
          "FirstName",
          "LastName");

  /**
   * A digest of everything in the settings and catalog that shapes the transform's output: the
   * settings, the catalog's entries for the fields they name, {@code Title}, the names (whose
   * lengths cut them) and the {@code Mailing*} fields, and every {@code PHONE} and {@code EMAIL}
   * field (the transform reads them all, in catalog order). Other fields are left out, so editing a
   * field or picklist the sync does not read forces no full pass.
   */
  static String settings(SyncSettings settings, FieldCatalog catalog) {
    Canon canon =
        new Canon()
            .add(ENGINE_VERSION)
            .add(settings.nicknameField())
            .add(settings.deceased().map(d -> d.field() + "=" + d.action()))
            .add(settings.optOutField())
            .add(settings.effectiveKeyFacts().size());
    for (KeyFactSetting fact : settings.effectiveKeyFacts()) {
      canon.add(fact.field()).add(fact.label());
    }
    canon.add(settings.tagFields().size());
    settings.tagFields().forEach(canon::add);
    TreeSet<String> households = new TreeSet<>();
    settings
        .householdAccountTypes()
        .forEach(t -> households.add(t.strip().toLowerCase(Locale.ROOT)));
    canon.add(households.size());
    households.forEach(canon::add);
    canon.add(settings.householdTag());
    TreeMap<String, String> owners = new TreeMap<>(settings.owners());
    canon.add(owners.size());
    owners.forEach((sf, lev) -> canon.add(sf).add(lev));
    canon
        .add(settings.defaultOwner())
        .add(settings.allowUnsubscribeRemoval())
        .add(settings.defaultPhoneRegion());
    Set<String> named = new LinkedHashSet<>();
    settings.nicknameField().ifPresent(named::add);
    settings.deceased().ifPresent(d -> named.add(d.field()));
    settings.optOutField().ifPresent(named::add);
    settings.effectiveKeyFacts().forEach(fact -> named.add(fact.field()));
    named.addAll(settings.tagFields());
    named.addAll(STANDARD_FIELDS);
    for (String name : named) {
      canon.add(name);
      describe(canon, catalog.field(name));
    }
    for (FieldDescriptor field : catalog.fields()) {
      if (field.type() == FieldType.PHONE || field.type() == FieldType.EMAIL) {
        describe(canon, Optional.of(field));
      }
    }
    byte[] digest = sha256().digest(canon.toString().getBytes(StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder("s1:");
    for (int i = 0; i < 16; i++) {
      hex.append(Character.forDigit((digest[i] >> 4) & 0xF, 16))
          .append(Character.forDigit(digest[i] & 0xF, 16));
    }
    return hex.toString();
  }

  private static void describe(Canon canon, Optional<FieldDescriptor> descriptor) {
    canon.add(descriptor.isPresent());
    descriptor.ifPresent(
        field -> {
          canon
              .add(field.apiName())
              .add(field.label())
              .add(field.type())
              .add(field.custom())
              .add(field.formula())
              .add(field.length())
              .add(field.choices().size());
          for (PicklistChoice choice : field.choices()) {
            canon.add(choice.value()).add(choice.label()).add(choice.active());
          }
        });
  }

  private static boolean wellFormed(String fingerprint) {
    return fingerprint.startsWith(CONTACT_PREFIX)
        && fingerprint.length() == CONTACT_PREFIX.length() + FIELDS.length * PART_CHARS;
  }

  private static String canonical(LevitateContact c, ContactField field) {
    Canon canon = new Canon();
    switch (field) {
      case MERGE_ID -> canon.add(c.mergeId());
      case FIRST_NAME -> canon.add(c.firstName());
      case LAST_NAME -> canon.add(c.lastName());
      case NICKNAME -> canon.add(c.nickname());
      case GREETING_NAME -> canon.add(c.greetingName());
      case JOB_TITLE -> canon.add(c.jobTitle());
      case COMPANY_NAME -> canon.add(c.companyName());
      case ADDRESS -> address(canon, c.address());
      case PHONES -> c.phones().forEach((Phone p) -> canon.add(p.number()).add(p.label()));
      case EMAILS -> c.emails().forEach((Email e) -> canon.add(e.address()).add(e.label()));
      case KEY_FACTS -> c.keyFacts().forEach((KeyFact f) -> canon.add(f.label()).add(f.date()));
      case TAGS -> c.tags().forEach((Tag t) -> canon.add(t.name()));
      case OWNER -> owner(canon, c.owner());
      case STATUS -> {
        return status(c.status(), c.statusReason());
      }
    }
    return canon.toString();
  }

  private static void address(Canon canon, Optional<MailingAddress> address) {
    canon.add(address.isPresent());
    address.ifPresent(
        a ->
            canon
                .add(a.street1())
                .add(a.street2())
                .add(a.city())
                .add(a.state())
                .add(a.postalCode())
                .add(a.country()));
  }

  private static void owner(Canon canon, Owner owner) {
    canon.add(owner.salesforceUserId()).add(owner.salesforceUserName()).add(owner.levitateUserId());
  }

  private static String status(ContactStatus status, Optional<StatusReason> reason) {
    return new Canon().add(status).add(reason.map(Enum::name)).toString();
  }

  private static String part(MessageDigest sha256, String canonical) {
    byte[] digest = sha256.digest(canonical.getBytes(StandardCharsets.UTF_8));
    return PART_ENCODER.encodeToString(Arrays.copyOf(digest, PART_BYTES));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** An unambiguous text form: each value is written with its length, absent values as "-". */
  private static final class Canon {
    private final StringBuilder out = new StringBuilder();

    Canon add(Object value) {
      String text = String.valueOf(value);
      out.append(text.length()).append(':').append(text).append(';');
      return this;
    }

    Canon add(Optional<?> value) {
      if (value.isEmpty()) {
        out.append("-;");
        return this;
      }
      return add(value.get());
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
