package ai.levitate.sf.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * The little the schema needs to know of the database: the type of long text, how to make
 * Salesforce ids sort in Java's {@code String} order (the SPI pages by it), and how to ask the
 * database for its time (leases lapse on it). Everything else is portable SQL.
 */
enum Dialect {
  /**
   * H2 compares strings as Java does. Long text is {@code CHARACTER VARYING} (up to a million
   * characters, kept in the row): as {@code CLOB}, every value went to H2's LOB store and back, a
   * third of a page's commit.
   */
  H2("CHARACTER VARYING", "", "SELECT CURRENT_TIMESTAMP", List.of()),
  /**
   * PostgreSQL sorts by the database's locale unless a column asks for byte order; its {@code
   * CURRENT_TIMESTAMP} is the transaction's start, before any wait for a row lock, so the time is
   * {@code clock_timestamp()}.
   */
  POSTGRESQL(
      "TEXT",
      " COLLATE \"C\"",
      "SELECT clock_timestamp()",
      // A transaction-scoped advisory lock needs no table, so it also guards the creation of
      // sf_schema_version itself; the key is an arbitrary constant of this schema's.
      List.of("SELECT pg_advisory_xact_lock(7301945570312)")),
  /** Other databases: standard types; their default collation must sort ids as Java does. */
  STANDARD("CLOB", "", "VALUES (CURRENT_TIMESTAMP)", List.of());

  private final String textType;
  private final String idCollation;
  private final String currentTimeQuery;
  private final List<String> schemaLock;

  Dialect(String textType, String idCollation, String currentTimeQuery, List<String> schemaLock) {
    this.textType = textType;
    this.idCollation = idCollation;
    this.currentTimeQuery = currentTimeQuery;
    this.schemaLock = schemaLock;
  }

  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("postgresql")) {
      return POSTGRESQL;
    }
    return STANDARD;
  }

  /** A query whose one row and column is the database's time now, with its zone. */
  String currentTimeQuery() {
    return currentTimeQuery;
  }

  /**
   * What a migration runs first so that workers in other processes wait for it to end (PostgreSQL's
   * DDL is transactional); H2 and other databases rely on one process at a time.
   */
  List<String> schemaLock() {
    return schemaLock;
  }

  /** Replaces {@code TEXT_TYPE} and {@code ID_COLLATION} in a statement of the schema. */
  String apply(String ddl) {
    return ddl.replace("TEXT_TYPE", textType).replace(" ID_COLLATION", idCollation);
  }
}
