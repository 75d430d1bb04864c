package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Merge's RemoteFieldClass: one Salesforce field's metadata. {@code field_choices} holds strings or
 * {@code {value, display_name}} objects; {@code item_schema} describes list items.
 */
public record RemoteFieldClassDto(
    String id,
    String displayName,
    String remoteKeyName,
    String description,
    Boolean isCustom,
    Boolean isCommonModelField,
    Boolean isRequired,
    String fieldType,
    String fieldFormat,
    JsonNode fieldChoices,
    JsonNode itemSchema) {}
