package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;

/** One of Merge's Issues: a problem on a linked account that someone has to act on. */
public record IssueDto(
    String id,
    String status,
    String errorDescription,
    JsonNode errorDetails,
    String firstIncidentTime,
    String lastIncidentTime,
    Boolean isMuted) {}
