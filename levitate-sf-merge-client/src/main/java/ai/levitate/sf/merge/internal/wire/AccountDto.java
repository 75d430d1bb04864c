package ai.levitate.sf.merge.internal.wire;

/** Merge's Account, as far as the sync uses it: its name becomes the company. */
public record AccountDto(
    String id, String remoteId, String name, String modifiedAt, Boolean remoteWasDeleted) {}
