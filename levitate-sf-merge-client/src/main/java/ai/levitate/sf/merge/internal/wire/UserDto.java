package ai.levitate.sf.merge.internal.wire;

/** Merge's User: a Salesforce user who owns contacts. */
public record UserDto(
    String id,
    String remoteId,
    String name,
    String email,
    Boolean isActive,
    String modifiedAt,
    Boolean remoteWasDeleted) {}
