package ai.levitate.sf.merge.internal.wire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * One page of a Merge list before its records are read: the raw records, so that one broken record
 * does not fail its neighbours, and the cursor of the next page.
 */
public record RawPage(List<JsonNode> results, Optional<String> next) {}
