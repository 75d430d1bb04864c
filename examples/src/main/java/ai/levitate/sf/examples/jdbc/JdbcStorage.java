package ai.levitate.sf.examples.jdbc;

import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The sync's storage for any number of linked accounts in one JDBC database (H2 and PostgreSQL are
 * tested; the SQL is portable): the schema is created on first use and migrated in order, and each
 * account's store, lock and ledger see only that account's rows. Leases lapse on the database's
 * clock, so workers whose clocks disagree still agree on who holds an account.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.create(dataSource);
 * JdbcSyncStore store = storage.store("acme-salesforce");
 * SyncEngine engine = SyncEngine.builder()
 *     .source(MergeContactSource.create(client))
 *     .storage(store)
 *     .lock(storage.lock("acme-salesforce"))
 *     .settings(settings)
 *     .build();
 * }</pre>
 *
 * <p>The account key is the host's name for one linked account (e.g. its own id for the
 * connection); it is never sent anywhere. Thread-safe, as thread-safe as the data source.
 */
public final class JdbcStorage {
  /** The longest account key the tables take. */
  public static final int MAX_ACCOUNT_KEY_LENGTH = 200;

  private final Jdbc jdbc;
  private final DatabaseClock leaseClock;
  private final int schemaVersion;

  private JdbcStorage(
      DataSource dataSource, Clock clock, DatabaseClock leaseClock, Jdbc.Pause pause) {
    this.jdbc = new Jdbc(dataSource, pause);
    this.leaseClock = leaseClock;
    this.schemaVersion = Schema.migrate(jdbc, clock);
  }

  /** Storage over {@code dataSource}; migrations are stamped with the system clock. */
  public static JdbcStorage create(DataSource dataSource) {
    return create(dataSource, Clock.systemUTC());
  }

  /**
   * Storage over {@code dataSource}; creates or migrates the schema before it returns, stamping
   * each migration with {@code clock}. Leases lapse on the database's clock, never on this one.
   *
   * @throws JdbcStoreException when the database fails or holds a newer schema
   */
  public static JdbcStorage create(DataSource dataSource, Clock clock) {
    return new JdbcStorage(
        Objects.requireNonNull(dataSource, "dataSource == null"),
        Objects.requireNonNull(clock, "clock == null"),
        DatabaseClock.database(),
        Jdbc.Pause.JITTERED);
  }

  /** Storage whose leases lapse on {@code leaseClock}, standing for the database's in tests. */
  static JdbcStorage create(DataSource dataSource, Clock clock, DatabaseClock leaseClock) {
    return create(dataSource, clock, leaseClock, Jdbc.Pause.JITTERED);
  }

  /** As above, pausing before a refused transaction is tried again as {@code pause} says. */
  static JdbcStorage create(
      DataSource dataSource, Clock clock, DatabaseClock leaseClock, Jdbc.Pause pause) {
    return new JdbcStorage(dataSource, clock, leaseClock, pause);
  }

  /** The schema version the database holds, after migration. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** The sync state and Levitate contacts of one linked account. */
  public JdbcSyncStore store(String accountKey) {
    return new JdbcSyncStore(jdbc, checkKey(accountKey));
  }

  /** The sync lock of one linked account. */
  public JdbcSyncLock lock(String accountKey) {
    return new JdbcSyncLock(jdbc, checkKey(accountKey), leaseClock);
  }

  /** The write-back ledger of one linked account. */
  public JdbcWritebackLedger ledger(String accountKey) {
    return new JdbcWritebackLedger(jdbc, checkKey(accountKey));
  }

  private static String checkKey(String accountKey) {
    Objects.requireNonNull(accountKey, "accountKey == null");
    if (accountKey.isBlank() || accountKey.length() > MAX_ACCOUNT_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "accountKey must be 1 to "
              + MAX_ACCOUNT_KEY_LENGTH
              + " characters and not blank, was \""
              + accountKey
              + "\".");
    }
    return accountKey;
  }
}
