package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Merge's Account, as far as the sync uses it: its name becomes the company, unless Salesforce
 * deleted it. Its remote fields stay a tree, read by the account converter. Its {@code created_at}
 * stays a node too: it only splits the accounts list, and one in another shape must not make the
 * account unreadable.
 */
public record AccountDto(
    String id,
    String remoteId,
    String name,
    JsonNode createdAt,
    String modifiedAt,
    Boolean remoteWasDeleted) {}
