/**
 * What a new user runs first: {@link ai.levitate.sf.examples.SyncHarness}, the whole sync in one
 * command, against the testkit's fake Merge or a real one, with its state in a JDBC database
 * ({@link ai.levitate.sf.examples.jdbc}).
 */
package ai.levitate.sf.examples;
