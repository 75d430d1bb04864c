package ai.levitate.sf.examples.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that hands out another's connections, for tests to change them on the way. */
abstract class ForwardingDataSource implements DataSource {
  private final DataSource delegate;

  ForwardingDataSource(DataSource delegate) {
    this.delegate = delegate;
  }

  /** A connection of the delegate, changed as the test needs. */
  abstract Connection forward(Connection connection) throws SQLException;

  /** Looks at a call on a connection before it is made; may throw in its place. */
  interface Interceptor {
    void before(String method, Object[] args) throws Throwable;
  }

  /** {@code connection}, with {@code interceptor} told of each call before the call is made. */
  static Connection intercepting(Connection connection, Interceptor interceptor) {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              interceptor.before(method.getName(), args);
              try {
                return method.invoke(connection, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Override
  public final Connection getConnection() throws SQLException {
    Connection connection = delegate.getConnection();
    try {
      return forward(connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public final Connection getConnection(String user, String password) {
    throw new UnsupportedOperationException("the tests' data sources take no credentials");
  }

  @Override
  public final PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public final void setLogWriter(PrintWriter out) {}

  @Override
  public final void setLoginTimeout(int seconds) {}

  @Override
  public final int getLoginTimeout() {
    return 0;
  }

  @Override
  public final Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public final <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public final boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
