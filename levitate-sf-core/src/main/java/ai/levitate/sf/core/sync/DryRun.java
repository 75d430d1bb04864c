package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.spi.ContactChange;
import ai.levitate.sf.core.spi.HeldChange;
import ai.levitate.sf.core.spi.SyncReport;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a run would do, contact by contact, without doing it: the changes a real run started now
 * would emit (with the same ids), the archives and removals its brake would hold, and its report.
 */
@Value.Immutable
public abstract class DryRun {
  public abstract SyncReport report();

  public abstract List<ContactChange> changes();

  public abstract List<HeldChange> held();

  public static ImmutableDryRun.Builder builder() {
    return ImmutableDryRun.builder();
  }
}
