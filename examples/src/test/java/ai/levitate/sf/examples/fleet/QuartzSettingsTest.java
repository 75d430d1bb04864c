package ai.levitate.sf.examples.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

final class QuartzSettingsTest {
  @Test
  void quartzsOwnPostgresScriptSplitsIntoItsStatements() throws IOException {
    String script;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("org/quartz/impl/jdbcjobstore/tables_postgres.sql")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    List<String> statements = QuartzSettings.statements(script);

    assertThat(statements).filteredOn(s -> s.startsWith("CREATE TABLE")).hasSize(11);
    assertThat(statements).filteredOn(s -> s.startsWith("DROP TABLE IF EXISTS")).hasSize(11);
    assertThat(statements)
        .allSatisfy(s -> assertThat(s).doesNotContain("--").isNotEqualToIgnoringCase("commit"));
  }

  @Test
  void everyMemberIsClusteredOnPostgresWithTheFleetsTiming() {
    Properties p =
        QuartzSettings.of(
            "worker-2",
            new Database.Url(
                "jdbc:postgresql://h/db",
                java.util.Optional.of("sf"),
                java.util.Optional.of("secret")),
            3,
            FleetOptions.Timing.DEFAULT);

    assertThat(p)
        .containsEntry("org.quartz.scheduler.instanceName", "levitate-sf-fleet")
        .containsEntry("org.quartz.scheduler.instanceId", "worker-2")
        .containsEntry("org.quartz.jobStore.isClustered", "true")
        .containsEntry(
            "org.quartz.jobStore.driverDelegateClass",
            "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate")
        .containsEntry("org.quartz.jobStore.clusterCheckinInterval", "2000")
        .containsEntry("org.quartz.jobStore.misfireThreshold", "5000")
        .containsEntry("org.quartz.scheduler.idleWaitTime", "1000")
        .containsEntry("org.quartz.threadPool.threadCount", "3")
        .containsEntry("org.quartz.dataSource.fleet.provider", "hikaricp")
        .containsEntry("org.quartz.dataSource.fleet.maxConnections", "6");
  }

  @Test
  void aUrlNeverPrintsItsPassword() {
    Database.Url url =
        new Database.Url(
            "jdbc:postgresql://h/db", java.util.Optional.of("sf"), java.util.Optional.of("secret"));

    assertThat(url.toString()).isEqualTo("jdbc:postgresql://h/db").doesNotContain("secret");
  }
}
