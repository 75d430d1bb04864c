package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;

/** Merge's {@code /notes/meta/post}: the account's request schema and whether it can be written. */
public record MetaDto(
    JsonNode requestSchema,
    Status status,
    Boolean hasConditionalParams,
    Boolean hasRequiredLinkedAccountParams) {

  /** The linked account's state for writes. */
  public record Status(String linkedAccountStatus, Boolean canMakeRequest) {}
}
