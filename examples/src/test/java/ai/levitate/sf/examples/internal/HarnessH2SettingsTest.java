package ai.levitate.sf.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HarnessH2SettingsTest {
  private static final long MB = 1024 * 1024;

  @Test
  void theCacheIsAnEighthOfTheHeapBetweenH2sDefaultAnd128Megabytes() {
    assertThat(Harness.h2CacheKb(4096 * MB)).isEqualTo(131072);
    assertThat(Harness.h2CacheKb(1024 * MB)).isEqualTo(131072);
    assertThat(Harness.h2CacheKb(512 * MB)).isEqualTo(65536);
    assertThat(Harness.h2CacheKb(64 * MB)).isEqualTo(16384);
  }

  @Test
  void theFileOpensWithTheSettingsInForceAndANewConnectionKeepsTheCachedPages(@TempDir Path dir)
      throws SQLException {
    JdbcConnectionPool pool = Harness.openH2(dir.resolve("db"), 512 * MB);
    try (Connection first = pool.getConnection();
        Statement s = first.createStatement()) {
      assertThat(setting(s, "CACHE_SIZE")).isEqualTo("65536");
      assertThat(setting(s, "QUERY_CACHE_SIZE")).isEqualTo("32");
      s.execute("CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(1000))");
      s.execute("INSERT INTO t SELECT X, REPEAT('v', 1000) FROM SYSTEM_RANGE(1, 20000)");
      s.execute("SELECT SUM(LENGTH(v)) FROM t");
      long cached = Long.parseLong(setting(s, "info.CACHE_SIZE"));
      assertThat(cached).as("MB of pages cached").isGreaterThan(3);

      // The pool opens another connection while the first is in use; a cache size in the URL
      // would be set again for it, which empties the cache.
      try (Connection second = pool.getConnection();
          Statement t = second.createStatement()) {
        assertThat(Long.parseLong(setting(t, "info.CACHE_SIZE"))).isGreaterThan(cached / 2);
      }
    } finally {
      pool.dispose();
    }
  }

  private static String setting(Statement s, String name) throws SQLException {
    try (ResultSet rows =
        s.executeQuery(
            "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '"
                + name
                + "'")) {
      return rows.next() ? rows.getString(1) : "absent";
    }
  }
}
