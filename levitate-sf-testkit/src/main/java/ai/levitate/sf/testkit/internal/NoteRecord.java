package ai.levitate.sf.testkit.internal;

/** One note stored from a {@code POST /notes}, with Merge's timestamps in microseconds. */
public record NoteRecord(
    String id,
    String remoteId,
    String contactId,
    String accountId,
    String ownerId,
    String opportunityId,
    String content,
    String title,
    long createdMicros) {}
