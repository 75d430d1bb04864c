package ai.levitate.sf.examples.fleet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * The Quartz configuration every member of the fleet shares: the JDBC job store clustered on the
 * fleet's PostgreSQL through Quartz's own HikariCP connection provider, and the tables from the
 * PostgreSQL script Quartz ships in its jar.
 */
final class QuartzSettings {
  static final String SCHEDULER_NAME = "levitate-sf-fleet";
  static final String JOB_GROUP = "fleet-accounts";
  private static final String DDL = "org/quartz/impl/jdbcjobstore/tables_postgres.sql";

  private QuartzSettings() {}

  /**
   * A clustered scheduler's properties. {@code instanceId} names the member in {@code
   * QRTZ_SCHEDULER_STATE} and in recovery triggers; it must be unique in the cluster.
   */
  static Properties of(
      String instanceId, Database.Url url, int threads, FleetOptions.Timing timing) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
    p.setProperty("org.quartz.scheduler.instanceId", instanceId);
    // Triggers are written by other processes (the coordinator, a peer's cluster recovery), whose
    // signal never reaches this scheduler: it looks for due ones this often when idle.
    p.setProperty(
        "org.quartz.scheduler.idleWaitTime", String.valueOf(timing.idleWait().toMillis()));
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(threads));
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty(
        "org.quartz.jobStore.driverDelegateClass",
        "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", "fleet");
    p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    p.setProperty("org.quartz.jobStore.isClustered", "true");
    p.setProperty(
        "org.quartz.jobStore.clusterCheckinInterval", String.valueOf(timing.checkin().toMillis()));
    p.setProperty(
        "org.quartz.jobStore.misfireThreshold", String.valueOf(timing.misfire().toMillis()));
    p.setProperty("org.quartz.dataSource.fleet.provider", "hikaricp");
    p.setProperty("org.quartz.dataSource.fleet.driver", "org.postgresql.Driver");
    p.setProperty("org.quartz.dataSource.fleet.URL", url.url());
    url.user().ifPresent(u -> p.setProperty("org.quartz.dataSource.fleet.user", u));
    url.password().ifPresent(pw -> p.setProperty("org.quartz.dataSource.fleet.password", pw));
    // The scheduler thread, the cluster manager and the misfire handler each take one too.
    p.setProperty("org.quartz.dataSource.fleet.maxConnections", String.valueOf(threads + 3));
    return p;
  }

  /** Creates Quartz's tables from the script in Quartz's jar (which drops them first). */
  static void createTables(DataSource dataSource) throws SQLException, IOException {
    List<String> statements = statements(script());
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        for (String sql : statements) {
          s.execute(sql);
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  private static String script() throws IOException {
    try (InputStream in =
        Optional.ofNullable(QuartzSettings.class.getClassLoader().getResourceAsStream(DDL))
            .orElseThrow(
                () ->
                    new IOException(
                        DDL
                            + " is not on the class"
                            + " path; the fleet needs org.quartz-scheduler:quartz."))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The script's statements, without comments and without its closing {@code COMMIT}. */
  static List<String> statements(String script) {
    StringBuilder text = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        text.append(line).append('\n');
      }
    }
    List<String> out = new ArrayList<>();
    for (String statement : text.toString().split(";")) {
      String sql = statement.strip();
      if (!sql.isEmpty() && !sql.equalsIgnoreCase("commit")) {
        out.add(sql);
      }
    }
    return out;
  }
}
