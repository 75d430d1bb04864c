package ai.levitate.sf.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ai.levitate.sf.merge.OwnerSuggestion.Match;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class OwnerMappingTest {
  private static final List<LevitateUser> LEVITATE =
      List.of(
          LevitateUser.of("lev-1", " charles.babbage@EXAMPLE.com ", "Charles"),
          LevitateUser.of("lev-2", "ada@example.com"),
          LevitateUser.of("lev-3", "team@example.com"),
          LevitateUser.of("lev-4", "TEAM@example.com"));

  private final MockMerge merge = new MockMerge();

  @AfterEach
  void close() {
    merge.close();
  }

  @Test
  void suggestsTheLevitateUserWithTheSameEmailIgnoringCaseAndSpace() {
    merge.enqueueFixture("users.json");

    List<OwnerSuggestion> suggestions = merge.client().ownerSuggestions(LEVITATE);

    assertThat(suggestions)
        .extracting(
            OwnerSuggestion::salesforceUserId,
            OwnerSuggestion::match,
            s -> s.suggestion().map(LevitateUser::id).orElse("-"))
        .containsExactly(
            tuple("0055e000001AbcDAAS", Match.EMAIL, "lev-1"),
            tuple("0055e000001DefGAAS", Match.NO_EMAIL, "-"),
            tuple("0055e000001EfgHAAS", Match.NO_MATCH, "-"),
            tuple("0055e000001CdeFAAS", Match.AMBIGUOUS_EMAIL, "-"),
            tuple("0055e000001BcdEAAS", Match.EMAIL, "lev-2"));
    assertThat(suggestions.get(0).name()).contains("Charles Babbage");
    assertThat(suggestions.get(4).active()).contains(false);
  }

  @Test
  void theMatchedSuggestionsBecomeTheOwnersOfTheSettings() {
    merge.enqueueFixture("users.json");

    Map<String, String> owners = OwnerMapping.owners(merge.client().ownerSuggestions(LEVITATE));

    assertThat(owners)
        .containsExactly(
            Map.entry("0055e000001AbcDAAS", "lev-1"), Map.entry("0055e000001BcdEAAS", "lev-2"));
  }
}
