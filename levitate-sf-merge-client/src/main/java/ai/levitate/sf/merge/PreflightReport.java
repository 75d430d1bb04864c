package ai.levitate.sf.merge;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.SourceSyncStatus;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a linked account can sync, and why not: the problems found, in the order checked, with
 * what Merge said about the account and its contact sync.
 *
 * <pre>{@code
 * PreflightReport report = client.preflight();
 * if (!report.canSync()) {
 *   report.problems().forEach(p -> admin.show(p.message()));
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class PreflightReport {
  PreflightReport() {}

  public abstract List<PreflightProblem> problems();

  public abstract Optional<AccountDetails> accountDetails();

  public abstract Optional<SourceSyncStatus> contactSync();

  /**
   * The account's field catalog, when the preflight read it: {@link MergeContactSource#preflight()}
   * does, in place of its one-field look at the remote field classes.
   */
  public abstract Optional<FieldCatalog> fieldCatalog();

  /** True when no blocking problem was found. */
  public boolean canSync() {
    return problems().stream().noneMatch(PreflightProblem::blocking);
  }

  public boolean has(PreflightProblem.Kind kind) {
    return problems().stream().anyMatch(p -> p.kind() == kind);
  }

  /**
   * Builds a {@link PreflightReport}; {@code build()} throws {@link IllegalStateException} naming
   * any required attribute left unset.
   */
  public static final class Builder extends ImmutablePreflightReport.Builder {
    Builder() {}
  }

  public static Builder builder() {
    return new Builder();
  }
}
