package ai.levitate.sf.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** The users and accounts of a generated org, each computed from the seed and its index. */
public final class OrgGenerator {
  private static final long ACCOUNT_SALT = 0x61636374L;
  private static final long USER_SALT = 0x75736572L;
  private static final List<String> USER_FIRST = List.of("Avery", "Jordan", "Casey", "Riley",
      "Quinn", "Morgan", "Harper", "Rowan", "Emerson", "Dakota", "Skyler", "Reese");
  private static final List<String> USER_LAST = List.of("Nakamura", "Okafor", "Lindqvist",
      "Moreau", "Castillo", "Ivanova", "Fitzgerald", "Haddad", "Kowalski", "Bianchi");

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
      out.add(new UserRecord(Ids.uuid(seed, USER_SALT, j), Ids.salesforceId("005", seed, j),
          first + " " + last, email, random.nextInt(10) != 0, created, modified, false));
    }
    return out;
  }

  /** Accounts created in the first half of the history, each owned by one of {@code owners}. */
  public static List<AccountRecord> accounts(long seed, int count, long start, long end,
      List<UserRecord> owners) {
    List<AccountRecord> out = new ArrayList<>(count);
    int distinct = Pools.COMPANY_FIRST.size() * Pools.COMPANY_LAST.size();
    for (int j = 0; j < count; j++) {
      SplittableRandom random = new SplittableRandom(Ids.mix(seed, ACCOUNT_SALT, j));
      String first = Pools.pick(random, Pools.COMPANY_FIRST);
      String name = first + " " + Pools.pick(random, Pools.COMPANY_LAST) + (j >= distinct ? " " + j : "");
      long created = start + random.nextLong(Math.max(1, (end - start) / 2));
      long modified = created + random.nextLong(Math.max(1, end - created));
      String owner = owners.isEmpty() ? null : owners.get(random.nextInt(owners.size())).id();
      String site = "https://www." + ContactGenerator.ascii(first) + ".example";
      out.add(new AccountRecord(Ids.uuid(seed, ACCOUNT_SALT, j), Ids.salesforceId("001", seed, j),
          name, owner, Pools.pick(random, Pools.INDUSTRIES), site, 1 + random.nextInt(5_000), null,
          created, modified, created - random.nextLong(Math.max(1, created - start) + 1), false));
    }
    return out;
  }
}
