package ai.levitate.sf.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

final class JdbcChunksTest {
  @Test
  void aChunkIsPaddedWithItsLastValueToAPowerOfTwoOrTheChunkLimit() {
    assertThat(Jdbc.chunks(List.of("a", "b", "c"))).containsExactly(List.of("a", "b", "c", "c"));
    assertThat(Jdbc.chunks(List.of("a", "b"))).containsExactly(List.of("a", "b"));
    assertThat(Jdbc.chunks(List.of("a"))).containsExactly(List.of("a"));
    assertThat(Jdbc.chunks(List.of())).isEmpty();
    assertThat(Jdbc.padded(257)).isEqualTo(Jdbc.IN_CHUNK);
    assertThat(Jdbc.padded(Jdbc.IN_CHUNK)).isEqualTo(Jdbc.IN_CHUNK);
  }

  @Test
  void everyCountOfValuesIsCoveredInOrderByChunksOfTenLengthsAtMost() {
    Set<Integer> lengths = new HashSet<>();
    for (int count = 1; count <= 2 * Jdbc.IN_CHUNK + 3; count++) {
      List<String> values = IntStream.range(0, count).mapToObj(i -> "003-" + i).toList();
      List<List<String>> chunks = Jdbc.chunks(values);
      List<String> covered = new ArrayList<>();
      for (List<String> chunk : chunks) {
        assertThat(chunk).hasSizeLessThanOrEqualTo(Jdbc.IN_CHUNK);
        lengths.add(chunk.size());
        covered.addAll(new LinkedHashSet<>(chunk));
      }
      assertThat(covered).as("%d values", count).isEqualTo(values);
    }
    assertThat(lengths).containsExactlyInAnyOrder(1, 2, 4, 8, 16, 32, 64, 128, 256, Jdbc.IN_CHUNK);
  }
}
