package ai.levitate.sf.merge.internal.wire;

/** One model's row of Merge's {@code /sync-status}. */
public record SyncStatusDto(
    String modelName,
    String modelId,
    String lastSyncStart,
    String nextSyncStart,
    String lastSyncResult,
    String lastSyncFinished,
    String status,
    Boolean isInitialSync) {}
