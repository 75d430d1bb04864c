package ai.levitate.sf.examples.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** An H2 trigger that fails the statement it fires on, like a database that breaks mid-commit. */
public final class FailingTrigger implements Trigger {
  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException("the disk is full");
  }
}
