package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Merge's Address; {@code country} is an ISO 3166 alpha-2 code, {@code address_type} any case. */
public record AddressDto(
    @JsonProperty("street_1") String street1,
    @JsonProperty("street_2") String street2,
    String city,
    String state,
    String postalCode,
    String country,
    String addressType) {}
