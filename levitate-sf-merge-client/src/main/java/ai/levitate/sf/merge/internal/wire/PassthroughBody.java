package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of {@code POST /passthrough}: a request Merge forwards to Salesforce as is. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PassthroughBody(String method, String path, String requestFormat) {}
