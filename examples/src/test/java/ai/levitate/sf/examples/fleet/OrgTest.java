package ai.levitate.sf.examples.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class OrgTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void orgsHoldHalfToOneAndAHalfTimesTheAverageWithTheirOwnKeyTokenAndSeed() {
    assertThat(IntStream.range(0, 5).mapToObj(i -> Org.of(i, 12, 300, 42, AT)))
        .extracting(Org::key, Org::token, Org::contacts, Org::seed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("fleet-01", "fleet-token-01", 150, 42_001L),
            org.assertj.core.groups.Tuple.tuple("fleet-02", "fleet-token-02", 225, 42_002L),
            org.assertj.core.groups.Tuple.tuple("fleet-03", "fleet-token-03", 300, 42_003L),
            org.assertj.core.groups.Tuple.tuple("fleet-04", "fleet-token-04", 375, 42_004L),
            org.assertj.core.groups.Tuple.tuple("fleet-05", "fleet-token-05", 450, 42_005L));
    assertThat(Org.of(99, 120, 300, 42, AT).key()).isEqualTo("fleet-100");
  }

  @Test
  void anOrgGeneratesTheSameDataEveryTime() {
    Org org = Org.of(0, 1, 40, 7, AT);

    assertThat(org.generate().data().contactId(17)).isEqualTo(org.generate().data().contactId(17));
    assertThat(org.generate().data().contact(org.generate().data().contactId(3)))
        .isEqualTo(org.generate().data().contact(org.generate().data().contactId(3)));
  }
}
