package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.LevitateSfException;

/**
 * Something stored for an account (its settings, run state, a contact state, a ledger entry, ...)
 * was written by a newer levitate-sf in a format this one does not know. The account stops here,
 * with nothing read past it and nothing rewritten: a worker running this version must be upgraded
 * before it syncs or writes back the account again. Workers already upgraded carry on.
 */
public final class NewerFormatException extends LevitateSfException {
  private static final long serialVersionUID = 1L;

  private final String what;
  private final int version;
  private final int newestKnown;

  public NewerFormatException(String what, int version, int newestKnown) {
    super(
        "The stored "
            + what
            + " has format version "
            + version
            + ", newer than the "
            + newestKnown
            + " this levitate-sf reads: a newer levitate-sf wrote it. Upgrade this"
            + " worker's levitate-sf; nothing was read or changed.");
    this.what = what;
    this.version = version;
    this.newestKnown = newestKnown;
  }

  /** What could not be read, e.g. {@code run state}. */
  public String what() {
    return what;
  }

  /** The format version found. */
  public int version() {
    return version;
  }

  /** The newest format version of {@link #what()} this levitate-sf reads. */
  public int newestKnown() {
    return newestKnown;
  }
}
