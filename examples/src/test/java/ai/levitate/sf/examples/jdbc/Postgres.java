package ai.levitate.sf.examples.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A real PostgreSQL server for the JDBC storage's tests, from the binaries a Maven artifact ships
 * (no Docker, no network): started on first use, once per test JVM, and stopped when the JVM exits.
 * Each {@link #fresh()} database is a schema of its own on it, which costs milliseconds; all of
 * them share one small pool of connections, each pointed at its schema when handed out.
 */
final class Postgres {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static EmbeddedPostgres server;
  private static JdbcConnectionPool pool;

  private Postgres() {}

  /** An empty schema of the shared server. */
  static DataSource fresh() {
    return fresh("read committed");
  }

  /** An empty schema whose transactions run at {@code isolation}, e.g. {@code serializable}. */
  static DataSource fresh(String isolation) {
    String schema = "sf_test_" + SCHEMAS.incrementAndGet();
    String setup =
        "SET search_path TO "
            + schema
            + "; SET default_transaction_isolation TO '"
            + isolation
            + "'";
    DataSource shared = start();
    try (Connection c = shared.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Creating schema " + schema + " failed", e);
    }
    return new ForwardingDataSource(shared) {
      @Override
      Connection forward(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
          s.execute(setup);
        }
        return connection;
      }
    };
  }

  private static synchronized DataSource start() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
      }
      PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
      source.setUrl(server.getJdbcUrl("postgres", "postgres"));
      pool = JdbcConnectionPool.create(source);
      pool.setMaxConnections(16);
    }
    return pool;
  }
}
