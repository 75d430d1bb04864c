package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.LevitateSfException;

/**
 * The source answered in a way that cannot be right, e.g. a page whose next cursor is the cursor it
 * was asked for, which would page forever. The run stopped with its checkpoint intact.
 */
public final class InconsistentSourceException extends LevitateSfException {
  private static final long serialVersionUID = 1L;

  InconsistentSourceException(String message) {
    super(message);
  }
}
