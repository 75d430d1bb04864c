package ai.levitate.sf.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The CRM records of one linked account: contact and account field classes, users, accounts and
 * contacts. Readers (a page being written) hold the read lock; changes hold the write lock, so a
 * page never sees half a change.
 */
public final class CrmData implements CrmLookup {
  private static final long ADDED_CONTACT_SALT = 0x616464L;
  private static final long ADDED_ACCOUNT_SALT = 0x616363L;
  private static final long ADDED_USER_SALT = 0x757372L;

  private final long seed;
  private final Clock clock;
  private final FieldSchema schema;
  private final FieldSchema accountSchema;
  private final ContactStore contacts;
  private final List<AccountRecord> accounts = new ArrayList<>();
  private final Map<String, Integer> accountIndex = new HashMap<>();
  private final List<UserRecord> users = new ArrayList<>();
  private final Map<String, Integer> userIndex = new HashMap<>();
  private final List<ObjectNode> rawClasses;
  private final List<ObjectNode> rawAccountClasses;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private int addedContacts;
  private long lastStamp;

  /** Generated records, rendered by the fake. */
  public CrmData(
      long seed,
      Clock clock,
      FieldSchema schema,
      FieldSchema accountSchema,
      ContactStore contacts,
      List<AccountRecord> accounts,
      List<UserRecord> users) {
    this(seed, clock, schema, accountSchema, contacts, accounts, users, null, null);
  }

  /**
   * Records loaded from a fixture when {@code rawClasses} and {@code rawAccountClasses} (the
   * fixture's field classes of Contact and Account, as given) are not null: served as the fixture
   * holds them.
   */
  public CrmData(
      long seed,
      Clock clock,
      FieldSchema schema,
      FieldSchema accountSchema,
      ContactStore contacts,
      List<AccountRecord> accounts,
      List<UserRecord> users,
      List<ObjectNode> rawClasses,
      List<ObjectNode> rawAccountClasses) {
    this.rawClasses = rawClasses;
    this.rawAccountClasses = rawAccountClasses;
    this.seed = seed;
    this.clock = clock;
    this.schema = schema;
    this.accountSchema = accountSchema;
    this.contacts = contacts;
    if (rawClasses == null) {
      // Merge lists records in created_at order; a fixture's accounts keep the order it gives.
      accounts.stream()
          .sorted(Comparator.comparingLong(AccountRecord::createdMicros))
          .forEach(this::putAccount);
    } else {
      accounts.forEach(this::putAccount);
    }
    users.forEach(this::putUser);
  }

  /** Whether the records came from a fixture, and are kept and served as its JSON. */
  public boolean fromFixture() {
    return rawClasses != null;
  }

  /** The fixture's Contact field classes as it lists them; empty for generated data. */
  public List<ObjectNode> rawClasses() {
    return rawClasses == null ? List.of() : rawClasses;
  }

  /** The fixture's Account field classes as it lists them; empty for generated data. */
  public List<ObjectNode> rawAccountClasses() {
    return rawAccountClasses == null ? List.of() : rawAccountClasses;
  }

  public Clock clock() {
    return clock;
  }

  @Override
  public FieldSchema schema() {
    return schema;
  }

  @Override
  public FieldSchema accountSchema() {
    return accountSchema;
  }

  /** The contacts; hold {@link #read} or {@link #write} while using them. */
  public ContactStore contacts() {
    return contacts;
  }

  @Override
  public AccountRecord account(String id) {
    Integer index = accountIndex.get(id);
    return index == null ? null : accounts.get(index);
  }

  @Override
  public UserRecord user(String id) {
    Integer index = userIndex.get(id);
    return index == null ? null : users.get(index);
  }

  public List<AccountRecord> accounts() {
    return accounts;
  }

  public List<UserRecord> users() {
    return users;
  }

  public <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  public <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * The time Merge stamps on a change: the clock's now, and never earlier than the previous stamp,
   * so a change always sorts after the ones before it. Call under the write lock.
   */
  public long stamp() {
    long now = Times.nowMicros(clock);
    lastStamp = Math.max(now, lastStamp);
    return lastStamp;
  }

  public void putAccount(AccountRecord account) {
    Integer index = accountIndex.get(account.id());
    if (index == null) {
      accountIndex.put(account.id(), accounts.size());
      accounts.add(account);
    } else {
      accounts.set(index, account);
    }
  }

  public void putUser(UserRecord user) {
    Integer index = userIndex.get(user.id());
    if (index == null) {
      userIndex.put(user.id(), users.size());
      users.add(user);
    } else {
      users.set(index, user);
    }
  }

  /** A fresh Merge id and Salesforce id for an added contact; call under the write lock. */
  public String[] newContactIds() {
    int n = addedContacts++;
    return new String[] {
      Ids.uuid(seed, ADDED_CONTACT_SALT, n), Ids.salesforceId("003", seed, 500_000_000L + n)
    };
  }

  public String[] newAccountIds() {
    int n = accounts.size();
    return new String[] {
      Ids.uuid(seed, ADDED_ACCOUNT_SALT, n), Ids.salesforceId("001", seed, 500_000_000L + n)
    };
  }

  public String[] newUserIds() {
    int n = users.size();
    return new String[] {
      Ids.uuid(seed, ADDED_USER_SALT, n), Ids.salesforceId("005", seed, 500_000_000L + n)
    };
  }
}
