package ai.levitate.sf.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * Connections and transactions over a {@link DataSource}; every failure a {@link
 * JdbcStoreException}.
 */
final class Jdbc {
  /** The most parameters one {@code IN (...)} list takes; longer lists go in chunks. */
  static final int IN_CHUNK = 500;

  /**
   * How often a transaction is tried in all when the database refuses it for a concurrent one: a
   * serialization failure or a deadlock (SQL state class {@code 40}, what PostgreSQL answers under
   * {@code SERIALIZABLE} or when two transactions lock rows in turn), or a unique violation ({@code
   * 23505}: another worker inserted the same first row at the same moment). The work runs again
   * from the start on the database as it is then, after a {@link Pause}; nothing of the refused
   * attempt was stored. Sixteen, because eight ran out once on a two-core machine under heavy load
   * (PostgreSQL's serializable "pivot" refusals, workers in step).
   */
  static final int ATTEMPTS = 16;

  /** Waits before a refused transaction is tried again. */
  interface Pause {
    /**
     * A random wait of up to 5 ms doubled with each attempt, at most 320 ms, so that workers that
     * collided do not collide again in step.
     */
    Pause JITTERED =
        attempt ->
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 6)));

    /** Waits before attempt {@code attempt + 1}. */
    void before(int attempt) throws InterruptedException;
  }

  /** Work done on one connection. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Binds the parameters of a prepared statement. */
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private final DataSource dataSource;
  private final Pause pause;

  Jdbc(DataSource dataSource) {
    this(dataSource, Pause.JITTERED);
  }

  Jdbc(DataSource dataSource, Pause pause) {
    this.dataSource = dataSource;
    this.pause = pause;
  }

  /**
   * Runs {@code work} in one transaction: all of it is stored, or nothing. A transaction the
   * database refuses for a concurrent one is tried again, up to {@link #ATTEMPTS} times in all.
   */
  <T> T transaction(String what, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work);
      } catch (SQLException e) {
        if (attempt == ATTEMPTS || !concurrent(e)) {
          throw new JdbcStoreException(
              what
                  + " failed"
                  + (attempt > 1 ? " after " + attempt + " attempts" : "")
                  + ": "
                  + e.getMessage(),
              e);
        }
        try {
          pause.before(attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new JdbcStoreException(what + " was interrupted", e);
        }
      }
    }
  }

  private <T> T once(Work<T> work) throws SQLException {
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
    }
  }

  /** Whether the database refused a transaction because of a concurrent one. */
  static boolean concurrent(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("23505"))) {
        return true;
      }
    }
    return false;
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
   * {@code (account_key, salesforce_id) IN ((?, ?), ...)} for {@code count} ids, bound by {@link
   * #bindIds}. The row form is standard SQL that H2 answers from the primary key; H2 answers {@code
   * account_key = ? AND salesforce_id IN (...)} by reading every row of the account, so a page's
   * commit cost grew with the account (quadratic over an import).
   */
  static String idsIn(int count) {
    return "(account_key, salesforce_id) IN ("
        + String.join(", ", Collections.nCopies(count, "(?, ?)"))
        + ")";
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

  /**
   * {@code values} in chunks of at most {@link #IN_CHUNK}, each padded by repeating its last value
   * to a power of two or to {@link #IN_CHUNK}: an {@link #idsIn} list then has one of ten lengths,
   * so the few statements built on them repeat, and a connection's statement cache keeps them
   * rather than parsing each new length again (H2's keeps all but {@code SELECT ... FOR UPDATE};
   * PostgreSQL's driver keeps them on a pooled connection, as in the fleet). A value twice in an
   * {@code IN} list selects, locks or deletes its rows once.
   */
  static <T> List<List<T>> chunks(Collection<T> values) {
    List<T> all = new ArrayList<>(values);
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IN_CHUNK) {
      List<T> chunk = new ArrayList<>(all.subList(from, Math.min(all.size(), from + IN_CHUNK)));
      T last = chunk.get(chunk.size() - 1);
      for (int padded = padded(chunk.size()); chunk.size() < padded; ) {
        chunk.add(last);
      }
      chunks.add(chunk);
    }
    return chunks;
  }

  /** The length a chunk of {@code size} values is padded to. */
  static int padded(int size) {
    int power = Integer.highestOneBit(size);
    return power == size ? size : Math.min(IN_CHUNK, power * 2);
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
