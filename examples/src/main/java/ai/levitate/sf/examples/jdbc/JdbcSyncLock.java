package ai.levitate.sf.examples.jdbc;

import ai.levitate.sf.core.spi.SyncLease;
import ai.levitate.sf.core.spi.SyncLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One linked account's sync lock in a JDBC database, so that workers in several processes never
 * sync the account at once: one row per account holds the holder, the fencing token and when the
 * lease lapses. Every lease decision locks that row and reads the time from the database in the
 * same transaction, so a worker whose own clock is minutes off neither takes a live lease nor keeps
 * one longer than its time to live.
 */
public final class JdbcSyncLock implements SyncLock {
  private final Jdbc jdbc;
  private final String account;
  private final DatabaseClock clock;

  JdbcSyncLock(Jdbc jdbc, String account, DatabaseClock clock) {
    this.jdbc = jdbc;
    this.account = account;
    this.clock = clock;
  }

  @Override
  public Optional<SyncLease> tryAcquire(String holder, Duration timeToLive) {
    Objects.requireNonNull(holder, "holder == null");
    Objects.requireNonNull(timeToLive, "timeToLive == null");
    return jdbc.transaction(
        "Taking the sync lease of " + account,
        c -> {
          Optional<Row> row = lockRow(c);
          Instant now = clock.now(c);
          long expires = micros(now.plus(timeToLive));
          if (row.isEmpty()) {
            // A worker inserting the same row at the same moment makes this a unique violation; the
            // transaction is then tried again and finds that worker's lease.
            Jdbc.update(
                c,
                "INSERT INTO sf_sync_lock (account_key, holder, token, expires_micros)"
                    + " VALUES (?, ?, 1, ?)",
                s -> {
                  s.setString(1, account);
                  s.setString(2, holder);
                  s.setLong(3, expires);
                });
            return Optional.<SyncLease>of(new Lease(1));
          }
          long token = row.get().token();
          if (row.get().live(now)) {
            return Optional.<SyncLease>empty();
          }
          Jdbc.update(
              c,
              "UPDATE sf_sync_lock SET holder = ?, token = ?, expires_micros = ?"
                  + " WHERE account_key = ? AND token = ?",
              u -> {
                u.setString(1, holder);
                u.setLong(2, token + 1);
                u.setLong(3, expires);
                u.setString(4, account);
                u.setLong(5, token);
              });
          return Optional.<SyncLease>of(new Lease(token + 1));
        });
  }

  /** The account's lock row, locked until the transaction ends; empty before its first lease. */
  private Optional<Row> lockRow(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT token, expires_micros FROM"
                + " sf_sync_lock WHERE account_key = ? FOR UPDATE")) {
      s.setString(1, account);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next()
            ? Optional.of(new Row(rows.getLong(1), rows.getLong(2)))
            : Optional.<Row>empty();
      }
    }
  }

  /** The newest lease's token and when it lapses, in microseconds since the epoch. */
  private record Row(long token, long expiresMicros) {
    boolean live(Instant now) {
      return expiresMicros > micros(now);
    }

    boolean heldBy(long lease, Instant now) {
      return token == lease && live(now);
    }
  }

  /** The holder of the lease that has not lapsed on the database's clock, if any. */
  public Optional<String> holder() {
    return jdbc.read(
        "Reading the sync lease of " + account,
        c -> {
          long now = micros(clock.now(c));
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT holder, expires_micros FROM sf_sync_lock WHERE account_key = ?")) {
            s.setString(1, account);
            try (ResultSet rows = s.executeQuery()) {
              return rows.next() && rows.getLong(2) > now
                  ? Optional.ofNullable(rows.getString(1))
                  : Optional.<String>empty();
            }
          }
        });
  }

  /** When the current lease lapses on the database's clock, if the account ever had one. */
  Optional<Instant> expiry() {
    return jdbc.read(
        "Reading the sync lease of " + account,
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("SELECT expires_micros FROM sf_sync_lock WHERE account_key = ?")) {
            s.setString(1, account);
            try (ResultSet rows = s.executeQuery()) {
              return rows.next()
                  ? Optional.of(Instant.EPOCH.plus(rows.getLong(1), ChronoUnit.MICROS))
                  : Optional.<Instant>empty();
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
      return jdbc.transaction(
          "Renewing the sync lease of " + account,
          c -> {
            Optional<Row> row = lockRow(c);
            Instant now = clock.now(c);
            if (!row.map(r -> r.heldBy(token, now)).orElse(false)) {
              return false;
            }
            return Jdbc.update(
                    c,
                    "UPDATE sf_sync_lock SET expires_micros = ? WHERE account_key = ?"
                        + " AND token = ?",
                    s -> {
                      s.setLong(1, micros(now.plus(timeToLive)));
                      s.setString(2, account);
                      s.setLong(3, token);
                    })
                == 1;
          });
    }

    @Override
    public void close() {
      jdbc.transaction(
          "Giving back the sync lease of " + account,
          c -> {
            Optional<Row> row = lockRow(c);
            Instant now = clock.now(c);
            if (!row.map(r -> r.heldBy(token, now)).orElse(false)) {
              return null;
            }
            Jdbc.update(
                c,
                "UPDATE sf_sync_lock SET holder = NULL, expires_micros = ?"
                    + " WHERE account_key = ? AND token = ?",
                s -> {
                  s.setLong(1, micros(now));
                  s.setString(2, account);
                  s.setLong(3, token);
                });
            return null;
          });
    }
  }
}
