package ai.levitate.sf.core.spi;

import ai.levitate.sf.core.LevitateSfException;
import java.util.List;

/**
 * A {@link ContactSink} refused a batch because contact states it would replace changed since the
 * engine read them: a person archived or restored a contact while its page was in flight. Nothing
 * of the batch was stored; the engine reads the page's states again and decides the page afresh.
 */
public final class StateConflictException extends LevitateSfException {
  private static final long serialVersionUID = 1L;

  private final List<String> salesforceIds;

  public StateConflictException(String message, List<String> salesforceIds) {
    super(message);
    this.salesforceIds = List.copyOf(salesforceIds);
  }

  /** The contacts whose stored state was not the one the batch replaces. */
  public List<String> salesforceIds() {
    return salesforceIds;
  }
}
