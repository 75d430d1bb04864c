package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Merge's Contact. {@code account} and {@code owner} are an id or, expanded, an object; remote
 * fields and remote data stay as trees because their values take any JSON shape.
 */
public record ContactDto(
    String id,
    String remoteId,
    String createdAt,
    String modifiedAt,
    String firstName,
    String lastName,
    JsonNode account,
    JsonNode owner,
    List<AddressDto> addresses,
    List<EmailAddressDto> emailAddresses,
    List<PhoneNumberDto> phoneNumbers,
    String lastActivityAt,
    String remoteCreatedAt,
    Boolean remoteWasDeleted,
    JsonNode remoteFields,
    JsonNode remoteData) {}
