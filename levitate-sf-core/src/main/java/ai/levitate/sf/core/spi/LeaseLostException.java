package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.LevitateSfException;

/**
 * The run's lease lapsed (the worker paused longer than the lease lasts), so the run stopped before
 * its next commit. Its checkpoint is intact: the next run resumes it.
 */
public final class LeaseLostException extends LevitateSfException {
  private static final long serialVersionUID = 1L;

  public LeaseLostException(String message) {
    super(message);
  }
}
