package ai.levitate.sf.examples.jdbc;

import ai.levitate.sf.core.spi.SyncLease;
import ai.levitate.sf.core.spi.SyncLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One linked account's sync lock in a JDBC database, so that workers in several processes never
 * sync the account at once: one row per account holds the holder, the fencing token and when the
 * lease lapses on the lock's clock. Taking the lease locks that row for the moment it takes.
 */
public final class JdbcSyncLock implements SyncLock {
  private final Jdbc jdbc;
  private final String account;
  private final Clock clock;

  JdbcSyncLock(Jdbc jdbc, String account, Clock clock) {
    this.jdbc = jdbc;
    this.account = account;
    this.clock = clock;
  }

  @Override
  public Optional<SyncLease> tryAcquire(String holder, Duration timeToLive) {
    Objects.requireNonNull(holder, "holder == null");
    Objects.requireNonNull(timeToLive, "timeToLive == null");
    return jdbc.transaction("Taking the sync lease of " + account, c -> {
      long now = micros(clock.instant());
      long expires = micros(clock.instant().plus(timeToLive));
      try (PreparedStatement s = c.prepareStatement("SELECT token, expires_micros FROM"
          + " sf_sync_lock WHERE account_key = ? FOR UPDATE")) {
        s.setString(1, account);
        try (ResultSet rows = s.executeQuery()) {
          if (!rows.next()) {
            return first(c, holder, expires);
          }
          long token = rows.getLong(1);
          if (rows.getLong(2) > now) {
            return Optional.<SyncLease>empty();
          }
          Jdbc.update(c, "UPDATE sf_sync_lock SET holder = ?, token = ?, expires_micros = ?"
              + " WHERE account_key = ? AND token = ?", u -> {
                u.setString(1, holder);
                u.setLong(2, token + 1);
                u.setLong(3, expires);
                u.setString(4, account);
                u.setLong(5, token);
              });
          return Optional.<SyncLease>of(new Lease(token + 1));
        }
      }
    });
  }

  /** The account's first lease; empty when another worker inserted the row at the same moment. */
  private Optional<SyncLease> first(Connection c, String holder, long expires) throws SQLException {
    try {
      Jdbc.update(c, "INSERT INTO sf_sync_lock (account_key, holder, token, expires_micros)"
          + " VALUES (?, ?, 1, ?)", s -> {
            s.setString(1, account);
            s.setString(2, holder);
            s.setLong(3, expires);
          });
      return Optional.of(new Lease(1));
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The holder of the lease that has not lapsed, if any. */
  public Optional<String> holder() {
    return jdbc.read("Reading the sync lease of " + account, c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT holder, expires_micros FROM sf_sync_lock WHERE account_key = ?")) {
        s.setString(1, account);
        try (ResultSet rows = s.executeQuery()) {
          return rows.next() && rows.getLong(2) > micros(clock.instant())
              ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  private static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  @Override
  public String toString() {
    return "JdbcSyncLock[" + account + "]";
  }

  /** A lease: renewing and closing touch the row only while it still carries this token. */
  private final class Lease implements SyncLease {
    private final long token;

    Lease(long token) {
      this.token = token;
    }

    @Override
    public long fencingToken() {
      return token;
    }

    @Override
    public boolean renew(Duration timeToLive) {
      Objects.requireNonNull(timeToLive, "timeToLive == null");
      Instant now = clock.instant();
      return jdbc.transaction("Renewing the sync lease of " + account, c ->
          Jdbc.update(c, "UPDATE sf_sync_lock SET expires_micros = ? WHERE account_key = ?"
              + " AND token = ? AND expires_micros > ?", s -> {
                s.setLong(1, micros(now.plus(timeToLive)));
                s.setString(2, account);
                s.setLong(3, token);
                s.setLong(4, micros(now));
              }) == 1);
    }

    @Override
    public void close() {
      long now = micros(clock.instant());
      jdbc.transaction("Giving back the sync lease of " + account, c ->
          Jdbc.update(c, "UPDATE sf_sync_lock SET holder = NULL, expires_micros = ?"
              + " WHERE account_key = ? AND token = ? AND expires_micros > ?", s -> {
                s.setLong(1, now);
                s.setString(2, account);
                s.setLong(3, token);
                s.setLong(4, now);
              }));
    }
  }
}
