package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;

/** Merge's answer to {@code POST /notes}: the note and Merge's warnings and errors. */
public record NoteResponseDto(NoteDto model, JsonNode warnings, JsonNode errors) {}
