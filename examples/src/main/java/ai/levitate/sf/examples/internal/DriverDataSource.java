package ai.levitate.sf.examples.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over {@link DriverManager} for {@code --jdbc-url}: a new connection each time, the
 * user and password taken from the environment (never from the command line).
 */
final class DriverDataSource implements DataSource {
  static final String USER_ENV = "LEVITATE_SF_JDBC_USER";
  static final String PASSWORD_ENV = "LEVITATE_SF_JDBC_PASSWORD";

  private final String url;
  private final Properties credentials = new Properties();

  DriverDataSource(String url, Optional<String> user, Optional<String> password) {
    this.url = url;
    user.ifPresent(u -> credentials.setProperty("user", u));
    password.ifPresent(p -> credentials.setProperty("password", p));
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url, credentials);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return DriverManager.getConnection(url, username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return DriverManager.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    DriverManager.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) {
    DriverManager.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() {
    return DriverManager.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  @Override
  public String toString() {
    return "DriverDataSource[" + url + "]";
  }
}
