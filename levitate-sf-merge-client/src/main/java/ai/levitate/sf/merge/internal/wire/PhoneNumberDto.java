package ai.levitate.sf.merge.internal.wire;

/** Merge's PhoneNumber; the type is free text such as {@code Mobile}. */
public record PhoneNumberDto(String phoneNumber, String phoneNumberType) {}
