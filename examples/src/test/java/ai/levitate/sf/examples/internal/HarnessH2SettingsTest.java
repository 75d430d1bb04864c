package ai.levitate.sf.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HarnessH2SettingsTest {
  private static final long MB = 1024 * 1024;

  @Test
  void theCacheIsAnEighthOfTheHeapBetweenH2sDefaultAnd128Megabytes() {
    assertThat(Harness.h2Settings(4096 * MB)).contains(";CACHE_SIZE=131072;");
    assertThat(Harness.h2Settings(1024 * MB)).contains(";CACHE_SIZE=131072;");
    assertThat(Harness.h2Settings(512 * MB)).contains(";CACHE_SIZE=65536;");
    assertThat(Harness.h2Settings(64 * MB)).contains(";CACHE_SIZE=16384;");
  }

  @Test
  void h2OpensItsFileWithTheSettingsInForce(@TempDir Path dir) throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("db") + Harness.h2Settings(512 * MB);
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      assertThat(setting(s, "CACHE_SIZE")).isEqualTo("65536");
      assertThat(setting(s, "QUERY_CACHE_SIZE")).isEqualTo("32");
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
