package ai.levitate.sf.merge.internal.wire;

/**
 * Merge's Account, as far as the sync uses it: its name becomes the company, unless Salesforce
 * deleted it. Its remote fields stay a tree, read by the account converter.
 */
public record AccountDto(
    String id,
    String remoteId,
    String name,
    String createdAt,
    String modifiedAt,
    Boolean remoteWasDeleted) {}
