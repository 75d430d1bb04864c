package ai.levitate.sf.examples.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcConnectionPool;

/** Fresh in-memory H2 databases for tests, each alive while its pool is. */
final class H2 {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private H2() {}

  static JdbcConnectionPool fresh() {
    return JdbcConnectionPool.create(
        "jdbc:h2:mem:levitate-sf-test-" + DATABASES.incrementAndGet(), "sa", "");
  }
}
