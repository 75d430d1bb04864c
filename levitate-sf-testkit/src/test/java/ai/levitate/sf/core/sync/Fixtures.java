package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.FieldValue;
import ai.levitate.sf.core.model.PicklistChoice;
import ai.levitate.sf.core.model.SourceAccount;
import ai.levitate.sf.core.model.SourceContact;
import ai.levitate.sf.core.model.SourceEmail;
import ai.levitate.sf.core.model.SourcePhone;
import ai.levitate.sf.core.model.SourceUser;
import ai.levitate.sf.core.settings.DeceasedSetting;
import ai.levitate.sf.core.settings.KeyFactSetting;
import ai.levitate.sf.core.settings.SyncSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;

/** A seeded, Salesforce-shaped account for engine tests: catalog, settings and contacts. */
final class Fixtures {
  static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");
  static final int ACCOUNTS = 10;
  static final int USERS = 3;

  static final FieldCatalog CATALOG =
      FieldCatalog.of(
          FieldDescriptor.of("Title", "Title", FieldType.STRING),
          FieldDescriptor.of("Birthdate", "Birthdate", FieldType.DATE),
          FieldDescriptor.of("Nickname__c", "Nickname", FieldType.STRING),
          FieldDescriptor.builder()
              .apiName("Interests__c")
              .label("Interests")
              .type(FieldType.MULTIPICKLIST)
              .addChoices(
                  PicklistChoice.of("Golf"),
                  PicklistChoice.of("Sailing"),
                  PicklistChoice.of("Wine"),
                  PicklistChoice.of("Opera"))
              .build(),
          FieldDescriptor.of("VIP__c", "VIP", FieldType.CHECKBOX),
          FieldDescriptor.of("Deceased__c", "Deceased", FieldType.CHECKBOX),
          FieldDescriptor.of("HasOptedOutOfEmail", "Email Opt Out", FieldType.CHECKBOX),
          FieldDescriptor.of("Anniversary__c", "Anniversary", FieldType.DATE),
          FieldDescriptor.of("Region__c", "Region", FieldType.PICKLIST));

  private static final String[] FIRST = {
    "Ada",
    "Grace",
    "Élodie",
    "Seán",
    "Zoë",
    "Mary-Kate",
    "Jürgen",
    "O'Neil",
    "Amara",
    "Kenji",
    "Lucía",
    "Thomas"
  };
  private static final String[] LAST = {
    "Lovelace",
    "Hopper",
    "Dubois",
    "O'Brien",
    "Müller",
    "Nakamura",
    "García",
    "Smith",
    "Okafor",
    "de la Cruz"
  };
  private static final String[] INTERESTS = {"Golf", "Sailing", "Wine", "Opera"};

  private Fixtures() {}

  static SyncSettings settings() {
    return SyncSettings.builder()
        .nicknameField("Nickname__c")
        .deceased(DeceasedSetting.archive("Deceased__c"))
        .optOutField("HasOptedOutOfEmail")
        .addKeyFacts(KeyFactSetting.of("Birthdate"), KeyFactSetting.of("Anniversary__c"))
        .addTagFields("Interests__c", "VIP__c")
        .putOwners(userId(0), "lev-user-0")
        .putOwners(userId(1), "lev-user-1")
        .build();
  }

  static String salesforceId(int i) {
    return String.format(Locale.ROOT, "003%012d", i);
  }

  static String mergeId(int i) {
    return String.format(Locale.ROOT, "mc-%06d", i);
  }

  static String userId(int i) {
    return String.format(Locale.ROOT, "005%012d", i);
  }

  static SourceAccount account(int i, String name, Instant modified) {
    // As Merge's accounts list has them: with their remote fields, here without a Type.
    return SourceAccount.builder()
        .mergeId("ma-" + i)
        .remoteId("001" + i)
        .name(name)
        .modifiedAt(modified)
        .fieldsRead(true)
        .build();
  }

  static SourceUser user(int i, String name, Instant modified) {
    return SourceUser.builder()
        .mergeId("mu-" + i)
        .remoteId(userId(i))
        .name(name)
        .email("user" + i + "@example.com")
        .active(true)
        .modifiedAt(modified)
        .build();
  }

  static List<SourceAccount> accounts() {
    List<SourceAccount> accounts = new ArrayList<>();
    for (int i = 0; i < ACCOUNTS; i++) {
      accounts.add(account(i, "Company " + i, T0.minus(Duration.ofDays(30))));
    }
    return accounts;
  }

  static List<SourceUser> users() {
    List<SourceUser> users = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      users.add(user(i, "Owner " + i, T0.minus(Duration.ofDays(30))));
    }
    return users;
  }

  /** {@code count} active contacts, created a minute apart before {@link #T0}. */
  static List<SourceContact> contacts(long seed, int count) {
    Random random = new Random(seed);
    List<SourceAccount> accounts = accounts();
    List<SourceUser> users = users();
    List<SourceContact> contacts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      contacts.add(
          contact(
              random,
              i,
              T0.minus(Duration.ofMinutes(count - i)),
              accounts.get(random.nextInt(ACCOUNTS)),
              users.get(random.nextInt(USERS))));
    }
    return contacts;
  }

  static SourceContact contact(
      Random random, int i, Instant created, SourceAccount account, SourceUser owner) {
    String first = FIRST[random.nextInt(FIRST.length)];
    SourceContact.Builder c =
        SourceContact.builder()
            .mergeId(mergeId(i))
            .remoteId(salesforceId(i))
            .firstName(first)
            .lastName(LAST[random.nextInt(LAST.length)])
            .account(account)
            .owner(owner)
            .createdAt(created)
            .modifiedAt(created)
            .addEmails(SourceEmail.of(first.toLowerCase(Locale.ROOT) + i + "@example.com", "Work"))
            .addPhones(
                SourcePhone.of(
                    "+1 415 555 " + String.format(Locale.ROOT, "%04d", i % 10000), "Mobile"))
            .putFields("Title", FieldValue.text(random.nextBoolean() ? "Advisor" : "Partner"))
            .putFields(
                "Birthdate",
                FieldValue.date(
                    LocalDate.of(
                        1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28))))
            .putFields(
                "Nickname__c",
                random.nextInt(5) == 0 ? FieldValue.text("Nick" + i) : FieldValue.empty())
            .putFields("Interests__c", FieldValue.text(interests(random)))
            .putFields("VIP__c", FieldValue.bool(random.nextInt(5) == 0))
            .putFields("Deceased__c", FieldValue.bool(false))
            .putFields("HasOptedOutOfEmail", FieldValue.bool(random.nextInt(10) == 0))
            .putFields(
                "Anniversary__c",
                random.nextInt(3) == 0
                    ? FieldValue.date(LocalDate.of(2000 + random.nextInt(20), 6, 1))
                    : FieldValue.empty())
            .putFields("Region__c", FieldValue.text(random.nextBoolean() ? "West" : "East"));
    return c.build();
  }

  private static String interests(Random random) {
    List<String> picked = new ArrayList<>();
    for (String interest : INTERESTS) {
      if (random.nextInt(3) == 0) {
        picked.add(interest);
      }
    }
    return String.join(";", picked);
  }

  /** The contact as Merge holds it after an edit at {@code at}. */
  static SourceContact edit(
      SourceContact contact, Instant at, UnaryOperator<SourceContact.Builder> change) {
    return change.apply(SourceContact.builder().from(contact).modifiedAt(at)).build();
  }
}
