package ai.levitate.sf.merge.internal.wire;

import java.util.List;

/**
 * Merge's Contact, without the parts kept as trees ({@code account} and {@code owner}, an id or an
 * expanded object; remote fields and remote data, whose values take any JSON shape): see {@link
 * ContactRecord}.
 */
public record ContactDto(
    String id,
    String remoteId,
    String createdAt,
    String modifiedAt,
    String firstName,
    String lastName,
    List<AddressDto> addresses,
    List<EmailAddressDto> emailAddresses,
    List<PhoneNumberDto> phoneNumbers,
    String lastActivityAt,
    String remoteCreatedAt,
    Boolean remoteWasDeleted) {}
