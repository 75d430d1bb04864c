package ai.levitate.sf.examples.jdbc;

import ai.levitate.sf.core.LevitateSfException;

/**
 * The JDBC storage could not read or write: the database failed, refused a batch from an older
 * lease, or holds a schema newer than this code knows. Nothing of the failed operation is stored.
 */
public final class JdbcStoreException extends LevitateSfException {
  private static final long serialVersionUID = 1L;

  public JdbcStoreException(String message) {
    super(message);
  }

  public JdbcStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
