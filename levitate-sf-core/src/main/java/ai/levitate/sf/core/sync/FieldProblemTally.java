package ai.levitate.sf.core.sync;

import ai.levitate.sf.core.model.FieldProblem;
import ai.levitate.sf.core.spi.FieldProblemCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Field problems while a run counts them: by field and kind, with the examples of the lowest
 * Salesforce ids, so the report is the same whatever order pages were read and committed in.
 */
final class FieldProblemTally {
  private static final Comparator<FieldProblem> EXAMPLE_ORDER =
      Comparator.comparing(FieldProblem::salesforceId)
          .thenComparing(FieldProblem::value)
          .thenComparing(p -> p.otherValue().orElse(""))
          .thenComparing(FieldProblem::message);

  private final Map<String, Map<FieldProblem.Kind, Entry>> byField = new TreeMap<>();

  private static final class Entry {
    long count;
    final TreeSet<FieldProblem> examples = new TreeSet<>(EXAMPLE_ORDER);
  }

  void reset(List<FieldProblemCount> counts) {
    byField.clear();
    for (FieldProblemCount count : counts) {
      Entry entry = entry(count.field(), count.kind());
      entry.count = count.count();
      entry.examples.addAll(count.examples());
    }
  }

  void add(FieldProblem problem) {
    Entry entry = entry(problem.field(), problem.kind());
    entry.count++;
    entry.examples.add(problem);
    if (entry.examples.size() > FieldProblemCount.MAX_EXAMPLES) {
      entry.examples.pollLast();
    }
  }

  List<FieldProblemCount> snapshot() {
    List<FieldProblemCount> counts = new ArrayList<>();
    byField.forEach(
        (field, kinds) ->
            kinds.forEach(
                (kind, entry) ->
                    counts.add(
                        FieldProblemCount.builder()
                            .field(field)
                            .kind(kind)
                            .count(entry.count)
                            .examples(entry.examples)
                            .build())));
    return counts;
  }

  private Entry entry(String field, FieldProblem.Kind kind) {
    return byField
        .computeIfAbsent(field, f -> new TreeMap<>())
        .computeIfAbsent(kind, k -> new Entry());
  }
}
