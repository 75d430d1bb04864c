package ai.levitate.sf.testkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/** The users and accounts of a generated org, each computed from the seed and its index. */
public final class OrgGenerator {
  private static final long ACCOUNT_SALT = 0x61636374L;
  private static final long USER_SALT = 0x75736572L;
  private static final List<String> USER_FIRST =
      List.of(
          "Avery", "Jordan", "Casey", "Riley", "Quinn", "Morgan", "Harper", "Rowan", "Emerson",
          "Dakota", "Skyler", "Reese");
  private static final List<String> USER_LAST =
      List.of(
          "Nakamura",
          "Okafor",
          "Lindqvist",
          "Moreau",
          "Castillo",
          "Ivanova",
          "Fitzgerald",
          "Haddad",
          "Kowalski",
          "Bianchi");

  private OrgGenerator() {}

  /** Users created in the first quarter of the history; one in ten inactive. */
  public static List<UserRecord> users(long seed, int count, long start, long end) {
    List<UserRecord> out = new ArrayList<>(count);
    for (int j = 0; j < count; j++) {
      SplittableRandom random = new SplittableRandom(Ids.mix(seed, USER_SALT, j));
      String first = Pools.pick(random, USER_FIRST);
      String last = Pools.pick(random, USER_LAST);
      long created = start + random.nextLong(Math.max(1, (end - start) / 4));
      long modified = created + random.nextLong(Math.max(1, end - created));
      String email = (first + "." + last + j).toLowerCase(Locale.ROOT) + "@advisors.example";
      out.add(
          new UserRecord(
              Ids.uuid(seed, USER_SALT, j),
              Ids.salesforceId("005", seed, j),
              first + " " + last,
              email,
              random.nextInt(10) != 0,
              created,
              modified,
              false));
    }
    return out;
  }

  /**
   * The accounts of an advisor's org and who is a person account: {@code personContacts} maps the
   * index of each person account's one contact to the account's index.
   */
  public record Accounts(List<AccountRecord> records, Map<Integer, Integer> personContacts) {}

  /**
   * Accounts created in the first half of the history, each owned by one of {@code owners}: three
   * in ten person accounts, named after their one contact ({@code names} gives contact {@code i}'s
   * first and last name); two in ten households ({@code Type} {@code Household}, a few written
   * {@code household} with spaces as hand-kept orgs have them) named {@code The <Last> Household};
   * the rest businesses of the standard types, some without one.
   */
  public static Accounts accounts(
      long seed,
      int count,
      long start,
      long end,
      List<UserRecord> owners,
      int contacts,
      IntFunction<String[]> names) {
    List<AccountRecord> out = new ArrayList<>(count);
    Map<Integer, Integer> persons = new HashMap<>();
    int distinct = Pools.COMPANY_FIRST.size() * Pools.COMPANY_LAST.size();
    for (int j = 0; j < count; j++) {
      SplittableRandom random = new SplittableRandom(Ids.mix(seed, ACCOUNT_SALT, j));
      String first = Pools.pick(random, Pools.COMPANY_FIRST);
      String name =
          first + " " + Pools.pick(random, Pools.COMPANY_LAST) + (j >= distinct ? " " + j : "");
      long created = start + random.nextLong(Math.max(1, (end - start) / 2));
      long modified = created + random.nextLong(Math.max(1, end - created));
      String owner = owners.isEmpty() ? null : owners.get(random.nextInt(owners.size())).id();
      String site = "https://www." + ContactGenerator.ascii(first) + ".example";
      String industry = Pools.pick(random, Pools.INDUSTRIES);
      Integer employees = 1 + random.nextInt(5_000);
      long remoteCreated = created - random.nextLong(Math.max(1, created - start) + 1);
      // Drawn after the draws above, so every account keeps the values it had before kinds came.
      int kind = random.nextInt(100);
      int person = contacts == 0 ? -1 : random.nextInt(contacts);
      Map<String, Object> fields = new HashMap<>();
      if (kind < 30 && person >= 0 && !persons.containsKey(person)) {
        persons.put(person, j);
        String[] personName = names.apply(person);
        name = personName[0] + " " + personName[1];
        fields.put(StandardAccountFields.IS_PERSON_ACCOUNT, true);
        site = null;
        industry = null;
        employees = null;
      } else if (kind >= 30 && kind < 50) {
        name = "The " + Pools.pick(random, Pools.LAST_NAMES) + " Household";
        fields.put(
            StandardAccountFields.TYPE, random.nextInt(10) == 0 ? " household " : "Household");
        site = null;
        industry = null;
        employees = null;
      } else if (kind % 5 != 0) {
        List<String> types = StandardAccountFields.TYPES;
        fields.put(StandardAccountFields.TYPE, types.get(random.nextInt(types.size() - 1)));
      }
      out.add(
          new AccountRecord(
              Ids.uuid(seed, ACCOUNT_SALT, j),
              Ids.salesforceId("001", seed, j),
              name,
              owner,
              industry,
              site,
              employees,
              null,
              created,
              modified,
              remoteCreated,
              false,
              fields));
    }
    return new Accounts(out, persons);
  }
}
