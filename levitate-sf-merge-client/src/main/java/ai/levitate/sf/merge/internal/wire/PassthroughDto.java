package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;

/** Merge's answer to a passthrough: Salesforce's status and response. */
public record PassthroughDto(
    String method, String path, Integer status, JsonNode response, String responseType) {}
