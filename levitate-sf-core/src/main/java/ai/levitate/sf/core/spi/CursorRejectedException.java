package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.LevitateSfException;

/**
 * The source no longer accepts the cursor of a {@link ContactQuery}: Merge's cursors are opaque and
 * may expire, so one stored in a checkpoint can be refused when a stopped run resumes. {@link
 * ContactSource#readContacts} throws it (Merge answers such a cursor with HTTP 404 {@code Invalid
 * cursor.}, or a 400 that names the cursor); the engine then reads that slice again from its start,
 * which repeats contacts it already synced and changes nothing for them.
 */
public final class CursorRejectedException extends LevitateSfException {
  private static final long serialVersionUID = 1L;

  public CursorRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
