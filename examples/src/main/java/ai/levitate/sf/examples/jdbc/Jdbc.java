package ai.levitate.sf.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/** Connections and transactions over a {@link DataSource}; every failure a {@link JdbcStoreException}. */
final class Jdbc {
  /** The most parameters one {@code IN (...)} list takes; longer lists go in chunks. */
  static final int IN_CHUNK = 500;

  /** Work done on one connection. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Binds the parameters of a prepared statement. */
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private final DataSource dataSource;

  Jdbc(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Runs {@code work} in one transaction: all of it is stored, or nothing. */
  <T> T transaction(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new JdbcStoreException(what + " failed: " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} on a connection of its own, outside any transaction. */
  <T> T read(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new JdbcStoreException(what + " failed: " + e.getMessage(), e);
    }
  }

  /** Runs an insert, update or delete; returns the rows it changed. */
  static int update(Connection connection, String sql, Binder binder) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      return statement.executeUpdate();
    }
  }

  /**
   * {@code (account_key, salesforce_id) IN ((?, ?), ...)} for {@code count} ids, bound by
   * {@link #bindIds}. The row form is standard SQL that H2 answers from the primary key; H2 answers
   * {@code account_key = ? AND salesforce_id IN (...)} by reading every row of the account, so a
   * page's commit cost grew with the account (quadratic over an import).
   */
  static String idsIn(int count) {
    return "(account_key, salesforce_id) IN ("
        + String.join(", ", Collections.nCopies(count, "(?, ?)")) + ")";
  }

  /** Binds {@link #idsIn} from parameter {@code first} on; returns the next parameter's index. */
  static int bindIds(PreparedStatement statement, int first, String account, List<String> ids)
      throws SQLException {
    int index = first;
    for (String id : ids) {
      statement.setString(index++, account);
      statement.setString(index++, id);
    }
    return index;
  }

  /** {@code values} in chunks of at most {@link #IN_CHUNK}. */
  static <T> List<List<T>> chunks(Collection<T> values) {
    List<T> all = new ArrayList<>(values);
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IN_CHUNK) {
      chunks.add(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
    }
    return chunks;
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
