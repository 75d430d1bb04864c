package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;

/** Merge's Note; references are ids, or objects when expanded. */
public record NoteDto(
    String id,
    String remoteId,
    String content,
    JsonNode owner,
    JsonNode contact,
    JsonNode account,
    String createdAt,
    String modifiedAt,
    String remoteCreatedAt,
    String remoteUpdatedAt,
    Boolean remoteWasDeleted) {}
