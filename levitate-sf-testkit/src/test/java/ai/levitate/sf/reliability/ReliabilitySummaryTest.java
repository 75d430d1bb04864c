package ai.levitate.sf.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.reliability.Results.Figure;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class of the module (see {@code junit-platform.properties}): prints
 * what the reliability suites measured and fails when a must-be-zero figure is not zero. The log
 * row counts every line the module's tests logged, the suites' and all others', each searched for
 * the secrets as it was written.
 */
@Tag("reliability")
@Order(Integer.MAX_VALUE)
final class ReliabilitySummaryTest {
  static final List<String> SUITES =
      List.of("fault matrix", "chaos soak", "hostile input", "security");

  @Test
  void everyMustBeZeroFigureIsZero() {
    Results.suite("log lines scanned")
        .add(Figure.CASES, LogScanner.lines())
        .add(Figure.SECRETS, LogScanner.leaks().size());
    List<Results.Row> rows =
        Results.rows().stream()
            .sorted(
                Comparator.comparingInt(
                    r -> SUITES.contains(r.suite) ? SUITES.indexOf(r.suite) : SUITES.size()))
            .toList();
    System.out.println(
        "\nReliability summary (log lines scanned: every line the module's tests"
            + " logged, searched for the API key, account tokens and webhook key)\n"
            + Results.table(rows));

    assertThat(LogScanner.leaks()).as("log lines with a secret").isEmpty();
    for (Results.Row row : rows) {
      for (Figure figure : Figure.values()) {
        if (figure.mustBeZero) {
          assertThat(row.get(figure)).as(row.suite + ": " + figure.title).isZero();
        }
      }
    }
    assertThat(rows)
        .as("suites that reported; run them all with -Dgroups=reliability")
        .extracting(r -> r.suite)
        .containsAll(SUITES);
    assertThat(rows)
        .filteredOn(r -> SUITES.contains(r.suite))
        .allSatisfy(r -> assertThat(r.get(Figure.CASES)).as(r.suite + ": cases").isPositive());
    Results.Row soak = Results.suite("chaos soak");
    assertThat(soak.get(Figure.FAULTS)).as("faults the soak injected").isGreaterThan(100);
    assertThat(soak.get(Figure.KILLS)).as("processes the soak killed").isGreaterThan(20);
  }
}
