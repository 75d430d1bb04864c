package ai.levitate.sf.merge.internal.wire;

/** Merge's {@code /account-details} for the linked account. */
public record AccountDetailsDto(
    String id,
    String integration,
    String integrationSlug,
    String category,
    String endUserOriginId,
    String endUserOrganizationName,
    String endUserEmailAddress,
    String status,
    String accountType,
    String completedAt) {}
