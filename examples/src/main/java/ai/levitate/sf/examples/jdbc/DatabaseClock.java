package ai.levitate.sf.examples.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The clock leases lapse on: the database's own, read inside the lease's transaction, so that every
 * worker sharing the database agrees on when a lease lapses, however far its own clock is off.
 */
interface DatabaseClock {
  /** The time now on {@code connection}'s database. */
  Instant now(Connection connection) throws SQLException;

  /** The database's {@code CURRENT_TIMESTAMP}, read in the caller's transaction. */
  static DatabaseClock database() {
    return connection -> {
      try (Statement s = connection.createStatement();
          ResultSet rows = s.executeQuery(Dialect.of(connection).currentTimeQuery())) {
        rows.next();
        return rows.getObject(1, OffsetDateTime.class).toInstant();
      }
    };
  }

  /** A clock that stands for the database's, in tests that move time by hand. */
  static DatabaseClock standIn(Clock clock) {
    return connection -> clock.instant();
  }
}
