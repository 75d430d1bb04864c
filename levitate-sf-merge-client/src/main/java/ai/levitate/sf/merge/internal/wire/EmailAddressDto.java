package ai.levitate.sf.merge.internal.wire;

/** Merge's EmailAddress; the type is free text such as {@code Work}. */
public record EmailAddressDto(String emailAddress, String emailAddressType) {}
