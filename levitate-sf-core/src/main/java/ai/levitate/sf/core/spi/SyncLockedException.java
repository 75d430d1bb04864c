package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.LevitateSfException;

/** Another worker holds the account's sync lease; nothing was read or written. */
public final class SyncLockedException extends LevitateSfException {
  private static final long serialVersionUID = 1L;

  public SyncLockedException(String message) {
    super(message);
  }
}
