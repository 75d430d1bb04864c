package ai.levitate.sf.testkit.internal;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Contact {@code i} of a generated org, computed from the seed and {@code i} alone. Ids,
 * timestamps, account and owner are cheap to compute without the rest, so filters can be answered
 * over a million contacts without building them.
 */
public final class ContactGenerator {
  static final long CONTACT_SALT = 0x636f6e74L;
  private static final long TIME_SALT = 0x74696d65L;
  private static final long LINK_SALT = 0x6c696e6bL;
  private static final long BODY_SALT = 0x626f6479L;

  private final long seed;
  private final int count;
  private final FieldSchema schema;
  private final List<AccountRecord> accounts;

  /** Contact index to the index of its person account. */
  private final Map<Integer, Integer> personContacts;

  /** The indices of the accounts that are not person accounts, which other contacts belong to. */
  private final int[] shared;

  private final int personAccountField;
  private final List<UserRecord> users;
  private final long startMicros;
  private final long step;
  private final long endMicros;

  public ContactGenerator(
      long seed,
      int count,
      FieldSchema schema,
      List<AccountRecord> accounts,
      Map<Integer, Integer> personContacts,
      List<UserRecord> users,
      long startMicros,
      long endMicros) {
    if (endMicros - startMicros < 2L * Math.max(1, count)) {
      throw new IllegalArgumentException(
          "the history must hold at least two microseconds a contact");
    }
    this.seed = seed;
    this.count = count;
    this.schema = schema;
    this.accounts = List.copyOf(accounts);
    this.personContacts = Map.copyOf(personContacts);
    Set<Integer> persons = new HashSet<>(personContacts.values());
    this.shared = IntStream.range(0, accounts.size()).filter(j -> !persons.contains(j)).toArray();
    this.personAccountField = schema.indexOf(StandardAccountFields.IS_PERSON_ACCOUNT);
    this.users = List.copyOf(users);
    this.startMicros = startMicros;
    this.endMicros = endMicros;
    this.step = (endMicros - startMicros) / Math.max(1, count) / 2;
  }

  public int count() {
    return count;
  }

  public long seed() {
    return seed;
  }

  public String id(int i) {
    return Ids.uuid(seed, CONTACT_SALT, i);
  }

  public int indexOfId(String id) {
    return Ids.indexOf(id, seed, CONTACT_SALT, count);
  }

  public String remoteId(int i) {
    return Ids.salesforceId("003", seed, i);
  }

  public int indexOfRemoteId(String remoteId) {
    long serial = Ids.serialOf(remoteId, "003", seed);
    return serial >= 0 && serial < count ? (int) serial : -1;
  }

  /** Strictly increasing in {@code i}: the list order is the order Merge first stored contacts. */
  public long createdMicros(int i) {
    return startMicros + 2 * step * i + Math.floorMod(Ids.mix(seed, TIME_SALT, i), step);
  }

  /** Between creation and the end of the history, skewed towards recent changes. */
  public long modifiedMicros(int i) {
    long created = createdMicros(i);
    long span = endMicros - created;
    double u = (Ids.mix(seed, TIME_SALT + 1, i) >>> 11) * 0x1.0p-53;
    return created + (long) (span * Math.sqrt(u));
  }

  /**
   * The Merge id of the contact's account, or null for the few contacts without one: its person
   * account when it has one, else a business or household account, which several contacts share.
   */
  public String accountId(int i) {
    Integer person = personContacts.get(i);
    if (person != null) {
      return accounts.get(person).id();
    }
    long h = Ids.mix(seed, LINK_SALT, i) & Long.MAX_VALUE;
    if (shared.length == 0 || h % 100 < 4) {
      return null;
    }
    int index = (int) ((h / 100) % accounts.size());
    if (personContacts.isEmpty() || Arrays.binarySearch(shared, index) >= 0) {
      return accounts.get(index).id();
    }
    return accounts.get(shared[(int) ((h / 100) % shared.length)]).id();
  }

  /**
   * The first and last name contact {@code i} gets, drawn as {@link #contact} draws them, without
   * the rest of it; independent of the accounts.
   */
  public String[] names(int i) {
    SplittableRandom random = new SplittableRandom(Ids.mix(seed, BODY_SALT, i));
    long created = createdMicros(i);
    random.nextLong(Math.max(1, created - startMicros) + 1);
    String first = firstName(random);
    return new String[] {first, lastName(random)};
  }

  public String ownerId(int i) {
    long h = Ids.mix(seed, LINK_SALT + 1, i) & Long.MAX_VALUE;
    return users.isEmpty() ? null : users.get((int) (h % users.size())).id();
  }

  public ContactRecord contact(int i) {
    SplittableRandom random = new SplittableRandom(Ids.mix(seed, BODY_SALT, i));
    long created = createdMicros(i);
    long remoteCreated = created - random.nextLong(Math.max(1, created - startMicros) + 1);
    Object[] values = new Object[schema.size()];
    new Body(random, values).fill(i);
    if (personAccountField >= 0) {
      // Salesforce marks the contact behind a person account too.
      values[personAccountField] = personContacts.containsKey(i);
    }
    return new ContactRecord(
        id(i),
        remoteId(i),
        created,
        modifiedMicros(i),
        remoteCreated,
        accountId(i),
        ownerId(i),
        false,
        false,
        values);
  }

  /** Fills one contact's values, drawing in a fixed order so each index always gives the same. */
  private final class Body {
    private final SplittableRandom random;
    private final Object[] values;

    Body(SplittableRandom random, Object[] values) {
      this.random = random;
      this.values = values;
    }

    void fill(int i) {
      String first = firstName(random);
      String last = lastName(random);
      set("FirstName", first);
      set("LastName", last);
      if (chance(60)) {
        set("Salutation", choice("Salutation"));
      }
      String nickname = Pools.NICKNAMES.get(first);
      if (nickname != null && chance(40)) {
        set("Nickname__c", chance(10) ? "  " + nickname + " " : nickname);
      }
      if (chance(75)) {
        set("Title", chance(2) ? longTitle() : Pools.pick(random, Pools.TITLES));
      }
      if (chance(30)) {
        set("Department", Pools.pick(random, Pools.DEPARTMENTS));
      }
      if (chance(65)) {
        set("Birthdate", date(1935, 2003, 3));
      }
      if (chance(92)) {
        set("Email", email(first, last, i));
      }
      set("HasOptedOutOfEmail", chance(6));
      set("HasOptedOutOfFax", chance(2));
      set("DoNotCall", chance(3));
      phones();
      if (chance(5)) {
        set(
            "AssistantName",
            Pools.pick(random, Pools.SPOUSES) + " " + Pools.pick(random, Pools.LAST_NAMES));
      }
      if (chance(85)) {
        mailingAddress();
      }
      if (chance(40)) {
        set("LeadSource", choice("LeadSource"));
      }
      if (chance(8)) {
        set(
            "Description",
            "Met at the "
                + Pools.pick(random, Pools.REFERRALS).trim()
                + ".\nPrefers calls after 5pm.\nFollow up quarterly.");
      }
      if (chance(1)) {
        set("DeceasedDate", instant(2015, 2025));
      }
      set("Deceased__c", chance(1));
      if (chance(25)) {
        set("Anniversary__c", date(1960, 2024, 2));
      }
      if (chance(50)) {
        set("Interests__c", multi("Interests__c", 3));
      }
      set("VIP__c", chance(10));
      if (chance(35)) {
        set("Review_Date__c", date(2019, 2027, 0));
      }
      if (chance(45)) {
        set("Client_Tier__c", chance(3) ? "Legacy" : choiceOf("Client_Tier__c", 4));
      }
      if (chance(40)) {
        set("Preferred_Contact_Method__c", choice("Preferred_Contact_Method__c"));
      }
      if (chance(20)) {
        set("Hobbies__c", multi("Hobbies__c", 4));
      }
      if (chance(25)) {
        set("Spouse_Name__c", Pools.pick(random, Pools.SPOUSES));
      }
      if (chance(20)) {
        set("Net_Worth__c", BigDecimal.valueOf(random.nextLong(10_000_000_000L), 2));
      }
      if (chance(30)) {
        set("Last_Meeting__c", instant(2022, 2026));
      }
      if (chance(15)) {
        set("Referral_Source__c", Pools.pick(random, Pools.REFERRALS));
      }
      if (chance(5)) {
        set("Assistant_Email__c", "assistant" + i + "@" + Pools.pick(random, Pools.EMAIL_DOMAINS));
      }
      if (chance(8)) {
        set("Second_Phone__c", phone());
      }
      if (chance(50)) {
        set("Customer_Since__c", date(1995, 2025, 0));
      }
      if (chance(3)) {
        set("Newsletter_Opt_Out__c", date(2020, 2025, 0));
      }
    }

    private boolean chance(int percent) {
      return random.nextInt(100) < percent;
    }

    private void set(String apiName, Object value) {
      int index = schema.indexOf(apiName);
      if (index >= 0) {
        values[index] = value;
      }
    }

    private String longTitle() {
      String title =
          "Senior Vice President, Global Head of Private Client Relationship Management"
              + " and Strategic Philanthropic Advisory Services for the Americas Region";
      return title.substring(0, Math.min(128, title.length()));
    }

    private String email(String first, String last, int i) {
      String local = ascii(first) + "." + ascii(last);
      if (local.length() > 40 || local.length() < 3) {
        local = "contact" + i;
      }
      String domain = Pools.pick(random, Pools.EMAIL_DOMAINS);
      return (chance(10) ? local.toUpperCase(Locale.ROOT) : local) + (i % 7) + "@" + domain;
    }

    private void phones() {
      String office = null;
      if (chance(70)) {
        office = phone();
        set("Phone", office);
      }
      if (chance(55)) {
        set("MobilePhone", office != null && chance(5) ? reformat(office) : phone());
      }
      if (chance(25)) {
        set("HomePhone", phone());
      }
      if (chance(8)) {
        set("OtherPhone", phone());
      }
      if (chance(5)) {
        set("AssistantPhone", phone());
      }
      if (chance(10)) {
        set("Fax", phone());
      }
    }

    private String phone() {
      int area = 200 + random.nextInt(800);
      int exchange = 200 + random.nextInt(800);
      int line = random.nextInt(10_000);
      StringBuilder out = new StringBuilder(24);
      switch (random.nextInt(6)) {
        case 0:
          return out.append('(')
              .append(area)
              .append(") ")
              .append(exchange)
              .append('-')
              .append(pad4(line))
              .toString();
        case 1:
          return out.append("+1 ")
              .append(area)
              .append('-')
              .append(exchange)
              .append('-')
              .append(pad4(line))
              .toString();
        case 2:
          return out.append(area)
              .append('.')
              .append(exchange)
              .append('.')
              .append(pad4(line))
              .toString();
        case 3:
          return out.append("+44 20 ")
              .append(pad4(exchange * 10 % 10_000))
              .append(' ')
              .append(pad4(line))
              .toString();
        case 4:
          return out.append(area)
              .append('-')
              .append(exchange)
              .append('-')
              .append(pad4(line))
              .append(" ext. ")
              .append(1 + random.nextInt(999))
              .toString();
        default:
          return out.append(area).append(exchange).append(pad4(line)).toString();
      }
    }

    private String pad4(int n) {
      String digits = Integer.toString(n);
      return "0000".substring(digits.length()) + digits;
    }

    private String reformat(String phone) {
      return " " + phone.replaceAll("[^0-9+]", "") + " ";
    }

    private void mailingAddress() {
      String street =
          (1 + random.nextInt(9_999))
              + " "
              + Pools.pick(random, Pools.STREET_NAMES)
              + " "
              + Pools.pick(random, Pools.STREET_TYPES);
      if (chance(20)) {
        street = street + "\n" + Pools.pick(random, Pools.SECOND_LINES);
      }
      String[] place = Pools.pick(random, Pools.PLACES);
      set("MailingStreet", street);
      set("MailingCity", place[0]);
      set("MailingState", place[1].isEmpty() ? null : place[1]);
      set("MailingPostalCode", place[2]);
      set("MailingCountry", place[3]);
    }

    private String choice(String apiName) {
      var choices = schema.get(schema.indexOf(apiName)).descriptor().choices();
      return choices.get(random.nextInt(choices.size())).value();
    }

    private String choiceOf(String apiName, int firstN) {
      var choices = schema.get(schema.indexOf(apiName)).descriptor().choices();
      return choices.get(random.nextInt(Math.min(firstN, choices.size()))).value();
    }

    private String multi(String apiName, int most) {
      var choices = schema.get(schema.indexOf(apiName)).descriptor().choices();
      int wanted = 1 + random.nextInt(most);
      List<String> picked = new ArrayList<>();
      for (var choice : choices) {
        if (picked.size() < wanted && random.nextInt(choices.size()) < wanted) {
          picked.add(choice.value());
        }
      }
      if (picked.isEmpty()) {
        picked.add(choices.get(random.nextInt(choices.size())).value());
      }
      StringJoiner joined = new StringJoiner(";");
      picked.forEach(joined::add);
      return joined.toString();
    }

    /** A calendar date; {@code leapPercent} of them fall on 29 February of a leap year. */
    private LocalDate date(int fromYear, int toYear, int leapPercent) {
      int year = fromYear + random.nextInt(toYear - fromYear);
      if (chance(leapPercent)) {
        while (!Year.isLeap(year)) {
          year++;
        }
        return LocalDate.of(year, 2, 29);
      }
      return LocalDate.ofYearDay(year, 1 + random.nextInt(Year.of(year).length()));
    }

    private Instant instant(int fromYear, int toYear) {
      long from = LocalDate.of(fromYear, 1, 1).toEpochDay() * 86_400L;
      long to = LocalDate.of(toYear, 1, 1).toEpochDay() * 86_400L;
      return Instant.ofEpochSecond(from + random.nextLong(to - from));
    }
  }

  private static String firstName(SplittableRandom random) {
    int roll = random.nextInt(100);
    return roll < 88
        ? Pools.pick(random, Pools.FIRST_NAMES)
        : Pools.pick(random, Pools.UNUSUAL_FIRST_NAMES);
  }

  private static String lastName(SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 2) {
      String name =
          Pools.pick(random, Pools.LONG_NAME_PARTS)
              + "-"
              + Pools.pick(random, Pools.LONG_NAME_PARTS);
      return name.length() > 80 ? name.substring(0, 80) : name;
    }
    return roll < 82
        ? Pools.pick(random, Pools.LAST_NAMES)
        : Pools.pick(random, Pools.UNUSUAL_LAST_NAMES);
  }

  /** Names come from fixed pools, so their ASCII forms are computed once each. */
  private static final Map<String, String> ASCII = new ConcurrentHashMap<>();

  static String ascii(String text) {
    return ASCII.computeIfAbsent(text, ContactGenerator::fold);
  }

  private static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }
}
