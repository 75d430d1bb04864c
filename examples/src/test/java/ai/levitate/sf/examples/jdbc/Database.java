package ai.levitate.sf.examples.jdbc;

import javax.sql.DataSource;

/** The databases the JDBC storage's tests run on: H2 in memory, and a real PostgreSQL. */
enum Database {
  H2 {
    @Override
    DataSource fresh() {
      return ai.levitate.sf.examples.jdbc.H2.fresh();
    }
  },
  POSTGRESQL {
    @Override
    DataSource fresh() {
      return Postgres.fresh();
    }
  };

  /** An empty database (or schema) that no other test sees. */
  abstract DataSource fresh();
}
