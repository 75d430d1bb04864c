package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldRole;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceAddress;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceEmail;
import ai.levitate.sf.core.model.SourcePhone;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.settings.DeceasedAction;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded generator of awkward contacts and valid settings over a catalog, for property tests. */
final class RandomContacts {
  private static final String[] PIECES = {
    "a",
    "Z",
    "é",
    "ß",
    "'",
    "-",
    " ",
    "  ",
    "\t",
    "\n",
    "\u00A0",
    ";",
    ":",
    "0",
    "9",
    "\uD83C\uDFC4",
    "\uD83D\uDC4D\uD83C\uDFFD",
    "\u200D",
    "e\u0301",
    "\u0000",
    "中文",
    "Ørsted",
    "O'Neill",
    "...",
    // NFD text, which NFC composes
    "Zoe\u0308",
    "Mu\u0308ller",
    "\u1112\u1161\u11AB",
    // format characters and other invisible ones
    "\u200B",
    "\uFEFF",
    "\u2060",
    "\u200E",
    "\u00AD",
    "\u202F",
    "\u3164",
    "\u200C",
    // characters of several code points: flags, a lone regional indicator, jamo with no composed
    // form, an Indic conjunct, a ZWJ family, a keycap
    "\uD83C\uDDFA\uD83C\uDDF8",
    "\uD83C\uDDEC\uD83C\uDDE7",
    "\uD83C\uDDEB",
    "\u1107\u1176\u11AF",
    "\u0915\u094D\u0937",
    "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
    "1\uFE0F\u20E3",
    // full-width digits
    "\uFF10\uFF15",
  };

  /** Spellings of a few numbers: national, international, full-width, Arabic-Indic, vanity. */
  private static final String[][] PHONES = {
    {
      "(503) 555-0100",
      "+1 503-555-0100",
      "503.555.0100",
      "\uFF08\uFF15\uFF10\uFF13\uFF09\uFF15\uFF15\uFF15\uFF0D\uFF10\uFF11\uFF10\uFF10"
    },
    {"1-800-FLOWERS", "+1 800 356 9377", "1 (800) 356-9377"},
    {"020 7946 0000", "+44 20 7946 0000", "0044 20 7946 0000"},
    {"\u0665\u0660\u0663 \u0665\u0665\u0665 \u0660\u0661\u0669\u0669", "503-555-0199"},
    {"555-CALL", "ext. 12"},
  };

  private final Random random;
  private final FieldCatalog catalog;

  RandomContacts(long seed, FieldCatalog catalog) {
    this.random = new Random(seed);
    this.catalog = catalog;
  }

  SyncSettings settings() {
    SyncSettings.Builder settings = SyncSettings.builder();
    pick(FieldRole.NICKNAME).ifPresent(settings::nicknameField);
    pick(FieldRole.OPT_OUT).ifPresent(settings::optOutField);
    pick(FieldRole.DECEASED)
        .ifPresent(
            f ->
                settings.deceased(
                    DeceasedSetting.of(
                        f, random.nextBoolean() ? DeceasedAction.ARCHIVE : DeceasedAction.REMOVE)));
    List<KeyFactSetting> keyFacts = new ArrayList<>();
    for (FieldDescriptor field : catalog.candidates(FieldRole.KEY_FACT)) {
      if (random.nextBoolean()) {
        keyFacts.add(
            random.nextBoolean()
                ? KeyFactSetting.of(field.apiName())
                : KeyFactSetting.of(
                    field.apiName(), text(1, 30).strip().isEmpty() ? "Label" : "Custom label"));
      }
    }
    settings.keyFacts(keyFacts).birthdateKeyFact(random.nextBoolean());
    for (FieldDescriptor field : catalog.candidates(FieldRole.TAG)) {
      if (random.nextInt(3) > 0) {
        settings.addTagFields(field.apiName());
      }
    }
    if (random.nextBoolean()) {
      settings.putOwners("0055e000001AbcD", "lev-1");
    }
    if (random.nextBoolean()) {
      settings.defaultOwner("lev-default");
    }
    settings.defaultPhoneRegion(random.nextBoolean() ? "US" : "GB");
    return settings.build();
  }

  SourceContact contact() {
    SourceContact.Builder contact =
        SourceContact.builder()
            .mergeId("m-" + random.nextInt(1_000_000))
            .remoteId(random.nextInt(50) == 0 ? "" : "0035e" + random.nextInt(1_000_000_000))
            .remoteWasDeleted(random.nextInt(10) == 0);
    if (random.nextInt(4) > 0) {
      contact.firstName(text(0, 50));
    }
    if (random.nextInt(4) > 0) {
      contact.lastName(text(0, 90));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      contact.addPhones(
          SourcePhone.of(
              random.nextBoolean() ? phone() : text(0, 20),
              random.nextBoolean() ? text(0, 8) : null));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      contact.addEmails(SourceEmail.of(text(0, 20), random.nextBoolean() ? "Work" : null));
    }
    if (random.nextBoolean()) {
      contact.addAddresses(SourceAddress.builder().street1(text(0, 30)).city(text(0, 10)).build());
    }
    if (random.nextBoolean()) {
      contact.account(SourceAccount.builder().mergeId("a").name(text(0, 40)).build());
    }
    if (random.nextBoolean()) {
      contact.owner(
          SourceUser.builder()
              .mergeId("u")
              .remoteId("0055e000001AbcDAAS")
              .name(text(0, 20))
              .build());
    }
    for (FieldDescriptor field : catalog.fields()) {
      if (random.nextInt(5) > 0) {
        contact.putFields(field.apiName(), value(field));
      }
    }
    return contact.build();
  }

  private FieldValue value(FieldDescriptor field) {
    if (random.nextInt(8) == 0) {
      return FieldValue.empty();
    }
    if (random.nextInt(40) == 0) {
      return FieldValue.invalid(text(0, 10), "generated nonsense");
    }
    switch (field.type()) {
      case CHECKBOX:
        return FieldValue.bool(random.nextBoolean());
      case DATE:
        return FieldValue.date(
            LocalDate.of(1900 + random.nextInt(200), 1 + random.nextInt(12), 1)
                .plusDays(random.nextInt(31)));
      case DATETIME:
        return FieldValue.dateTime(Instant.ofEpochSecond(random.nextInt()));
      case NUMBER:
        return FieldValue.number(BigDecimal.valueOf(random.nextInt(), random.nextInt(4)));
      case MULTIPICKLIST:
        if (random.nextBoolean()) {
          List<String> values = new ArrayList<>();
          for (int i = random.nextInt(4); i > 0; i--) {
            values.add(choiceOrText(field));
          }
          return FieldValue.multi(values);
        }
        return FieldValue.text(choiceOrText(field) + ";" + choiceOrText(field) + " ; ");
      case PICKLIST:
        return FieldValue.text(choiceOrText(field));
      case PHONE:
        return FieldValue.text(random.nextInt(4) > 0 ? phone() : text(0, 20));
      default:
        if (field.apiName().equals("MailingCountry") && random.nextBoolean()) {
          return FieldValue.text(random.nextBoolean() ? "United Kingdom" : "USA");
        }
        return FieldValue.text(text(0, random.nextInt(10) == 0 ? 300 : 40));
    }
  }

  private String phone() {
    String[] spellings = PHONES[random.nextInt(PHONES.length)];
    return spellings[random.nextInt(spellings.length)];
  }

  private String choiceOrText(FieldDescriptor field) {
    if (!field.choices().isEmpty() && random.nextBoolean()) {
      return field.choices().get(random.nextInt(field.choices().size())).value();
    }
    return text(0, 80);
  }

  private String text(int min, int max) {
    StringBuilder text = new StringBuilder();
    int length = min + random.nextInt(max - min + 1);
    while (text.codePointCount(0, text.length()) < length) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private java.util.Optional<String> pick(FieldRole role) {
    List<FieldDescriptor> candidates = catalog.candidates(role);
    if (candidates.isEmpty() || random.nextInt(3) == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(candidates.get(random.nextInt(candidates.size())).apiName());
  }
}
