package ai.levitate.sf.merge;

import ai.levitate.sf.core.model.SourceUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The owner-mapping assistant: suggests a Levitate user for each Salesforce user by email, so a
 * Success Specialist maps owners in minutes after the first import.
 *
 * <pre>{@code
 * List<OwnerSuggestion> suggestions = client.ownerSuggestions(levitateUsers);
 * settings = SyncSettings.builder().from(settings)
 *     .putAllOwners(OwnerMapping.owners(suggestions))
 *     .build();
 * }</pre>
 */
public final class OwnerMapping {
  private OwnerMapping() {}

  /**
   * A suggestion for every Salesforce user that has a Salesforce id: active users first, then by
   * name and id. Emails compare without regard to case or surrounding space.
   */
  public static List<OwnerSuggestion> suggest(
      Collection<SourceUser> salesforceUsers, Collection<LevitateUser> levitateUsers) {
    Map<String, List<LevitateUser>> byEmail = new HashMap<>();
    for (LevitateUser user : levitateUsers) {
      key(user.email())
          .ifPresent(k -> byEmail.computeIfAbsent(k, x -> new ArrayList<>()).add(user));
    }
    List<OwnerSuggestion> suggestions = new ArrayList<>();
    for (SourceUser user : salesforceUsers) {
      if (user.remoteId().isEmpty()) {
        continue;
      }
      Optional<String> email = user.email().flatMap(OwnerMapping::key);
      List<LevitateUser> matches =
          email.map(e -> byEmail.getOrDefault(e, List.of())).orElse(List.of());
      OwnerSuggestion.Match match =
          email.isEmpty()
              ? OwnerSuggestion.Match.NO_EMAIL
              : matches.isEmpty()
                  ? OwnerSuggestion.Match.NO_MATCH
                  : matches.size() == 1
                      ? OwnerSuggestion.Match.EMAIL
                      : OwnerSuggestion.Match.AMBIGUOUS_EMAIL;
      suggestions.add(
          OwnerSuggestion.builder()
              .salesforceUserId(user.remoteId().get())
              .name(user.name())
              .email(user.email())
              .active(user.active())
              .suggestion(
                  match == OwnerSuggestion.Match.EMAIL
                      ? Optional.of(matches.get(0))
                      : Optional.empty())
              .match(match)
              .build());
    }
    suggestions.sort(
        Comparator.comparing((OwnerSuggestion s) -> !s.active().orElse(true))
            .thenComparing(s -> s.name().orElse("").toLowerCase(Locale.ROOT))
            .thenComparing(OwnerSuggestion::salesforceUserId));
    return List.copyOf(suggestions);
  }

  /** The suggestions that found one Levitate user, as the owners map of the settings. */
  public static Map<String, String> owners(Collection<OwnerSuggestion> suggestions) {
    Map<String, String> owners = new LinkedHashMap<>();
    for (OwnerSuggestion suggestion : suggestions) {
      suggestion.suggestion().ifPresent(u -> owners.put(suggestion.salesforceUserId(), u.id()));
    }
    return owners;
  }

  private static Optional<String> key(String email) {
    String key = email.strip().toLowerCase(Locale.ROOT);
    return key.isEmpty() ? Optional.empty() : Optional.of(key);
  }
}
