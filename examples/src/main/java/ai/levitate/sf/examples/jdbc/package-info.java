/**
 * The sync SPI on plain JDBC: {@link ai.levitate.sf.examples.jdbc.JdbcStorage} creates and migrates
 * the schema and hands out, per linked account, a {@link
 * ai.levitate.sf.examples.jdbc.JdbcSyncStore} (store and sink, with a Levitate contacts table), a
 * {@link ai.levitate.sf.examples.jdbc.JdbcSyncLock} and a {@link
 * ai.levitate.sf.examples.jdbc.JdbcWritebackLedger}. H2 by default; the SQL is portable.
 */
package ai.levitate.sf.examples.jdbc;
