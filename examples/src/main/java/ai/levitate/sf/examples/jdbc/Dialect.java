package ai.levitate.sf.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The little the schema needs to know of the database: the type of long text, and how to make
 * Salesforce ids sort in Java's {@code String} order (the SPI pages by it). Everything else is
 * portable SQL.
 */
enum Dialect {
  /** H2 compares strings as Java does and stores long text as {@code CLOB}. */
  H2("CLOB", ""),
  /** PostgreSQL sorts by the database's locale unless a column asks for byte order. */
  POSTGRESQL("TEXT", " COLLATE \"C\""),
  /** Other databases: standard types; their default collation must sort ids as Java does. */
  STANDARD("CLOB", "");

  private final String textType;
  private final String idCollation;

  Dialect(String textType, String idCollation) {
    this.textType = textType;
    this.idCollation = idCollation;
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

  /** Replaces {@code TEXT_TYPE} and {@code ID_COLLATION} in a statement of the schema. */
  String apply(String ddl) {
    return ddl.replace("TEXT_TYPE", textType).replace(" ID_COLLATION", idCollation);
  }
}
