package ai.levitate.sf.examples.internal;

import ai.levitate.sf.core.model.FieldCatalog;
import ai.levitate.sf.core.model.LevitateContact;
import ai.levitate.sf.core.model.SourceSyncStatus;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactSkipReason;
import ai.levitate.sf.core.spi.SyncReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the preview page shows: where the data came from, the contacts Levitate would hold, the runs
 * that led there with skipped contacts' examples, the settings and catalog, and Merge's own sync.
 */
record PreviewInput(
    String source,
    Instant generatedAt,
    boolean dryRun,
    List<String> warnings,
    List<LevitateContact> contacts,
    List<SyncReport> runs,
    Map<ContactSkipReason, List<String>> skippedExamples,
    SyncSettings settings,
    FieldCatalog catalog,
    Optional<SourceSyncStatus> mergeSync) {}
