package ai.levitate.sf.testkit;

import ai.levitate.sf.testkit.internal.ContactGenerator;
import ai.levitate.sf.testkit.internal.ContactStore;
import ai.levitate.sf.testkit.internal.CrmData;
import ai.levitate.sf.testkit.internal.FieldSchema;
import ai.levitate.sf.testkit.internal.OrgGenerator;
import ai.levitate.sf.testkit.internal.StandardAccountFields;
import ai.levitate.sf.testkit.internal.StandardContactFields;
import ai.levitate.sf.testkit.internal.Times;
import ai.levitate.sf.testkit.internal.UserRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Makes a realistic Salesforce org, as Merge holds it, from a seed: the same seed always gives the
 * same contacts, accounts and users, byte for byte.
 *
 * <pre>{@code
 * MergeDataSet data = SalesforceDataGenerator.builder()
 *     .seed(42).contacts(1_000_000).accounts(20_000).users(40).clock(clock)
 *     .build().generate();
 * }</pre>
 *
 * <p>Contacts carry 45 fields: names (some with nicknames, accents, apostrophes or 80-character
 * values), one- and two-line mailing streets in several countries, six phone types in mixed
 * formats, emails, birthdays (some on 29 February), anniversaries, picklists whose values differ
 * from their labels, multipicklists, checkboxes, deceased and email opt-out fields, an owner and
 * usually an account. An advisor's org: three in ten accounts are person accounts (the account
 * named after its one contact, who has {@code IsPersonAccount} checked), two in ten households
 * ({@code Type} {@code Household}, named {@code The Smith Household}, with several members), the
 * rest businesses. Contact {@code i} is computed from the seed and {@code i} when asked for, so a
 * million-contact data set takes memory only for the contacts a test changes. Merge's {@code
 * created_at} rises with the list order and every timestamp falls within {@link
 * Builder#history(Duration)} before the clock's instant at {@link #generate()}.
 */
public final class SalesforceDataGenerator {
  /** More contacts than the id scheme keeps apart from added ones. */
  public static final int MAX_CONTACTS = 100_000_000;

  private final long seed;
  private final int contacts;
  private final int accounts;
  private final int users;
  private final Clock clock;
  private final Duration history;

  private SalesforceDataGenerator(Builder builder) {
    this.seed = builder.seed;
    this.contacts = builder.contacts;
    this.accounts =
        builder.accounts < 0 ? Math.max(1, Math.min(20_000, contacts / 20)) : builder.accounts;
    this.users = builder.users;
    this.clock = builder.clock;
    this.history = builder.history;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A fresh data set; each call gives an equal, independent one. */
  public MergeDataSet generate() {
    long end = Times.nowMicros(clock);
    long start = end - history.toNanos() / 1_000;
    FieldSchema schema = StandardContactFields.schema(seed);
    List<UserRecord> userRecords = OrgGenerator.users(seed, users, start, end);
    ContactGenerator naming =
        new ContactGenerator(seed, contacts, schema, List.of(), Map.of(), userRecords, start, end);
    OrgGenerator.Accounts org =
        OrgGenerator.accounts(seed, accounts, start, end, userRecords, contacts, naming::names);
    ContactGenerator generator =
        new ContactGenerator(
            seed, contacts, schema, org.records(), org.personContacts(), userRecords, start, end);
    return new MergeDataSet(
        new CrmData(
            seed,
            clock,
            schema,
            StandardAccountFields.schema(seed),
            new ContactStore(generator),
            org.records(),
            userRecords));
  }

  /**
   * Settings of a generator; defaults: seed 0, 1,000 contacts, one account per 20 contacts, 8
   * users.
   */
  public static final class Builder {
    private long seed;
    private int contacts = 1_000;
    private int accounts = -1;
    private int users = 8;
    private Clock clock = Clock.systemUTC();
    private Duration history = Duration.ofDays(5 * 365);

    private Builder() {}

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder contacts(int contacts) {
      if (contacts < 0 || contacts > MAX_CONTACTS) {
        throw new IllegalArgumentException(
            "contacts must be between 0 and " + MAX_CONTACTS + ", was " + contacts);
      }
      this.contacts = contacts;
      return this;
    }

    /** Accounts to spread contacts over; by default one per 20 contacts, at most 20,000. */
    public Builder accounts(int accounts) {
      if (accounts < 0 || accounts > 1_000_000) {
        throw new IllegalArgumentException(
            "accounts must be between 0 and 1000000, was " + accounts);
      }
      this.accounts = accounts;
      return this;
    }

    public Builder users(int users) {
      if (users < 0 || users > 100_000) {
        throw new IllegalArgumentException("users must be between 0 and 100000, was " + users);
      }
      this.users = users;
      return this;
    }

    /** The clock of the data set: history ends at its instant, changes are stamped with it. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** How far back Merge's {@code created_at} of the generated records reach. */
    public Builder history(Duration history) {
      Objects.requireNonNull(history, "history == null");
      if (history.compareTo(Duration.ofDays(1)) < 0
          || history.compareTo(Duration.ofDays(36_500)) > 0) {
        throw new IllegalArgumentException(
            "history must be between 1 day and 100 years, was " + history);
      }
      this.history = history;
      return this;
    }

    public SalesforceDataGenerator build() {
      return new SalesforceDataGenerator(this);
    }
  }
}
