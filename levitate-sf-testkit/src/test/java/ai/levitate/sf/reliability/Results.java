package ai.levitate.sf.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the reliability suites measured, one row per suite, kept for the JVM so that the summary
 * (the last test class) can print the table and fail on any must-be-zero figure.
 */
final class Results {
  /** The figures of the table, in column order; the last six must stay 0. */
  enum Figure {
    CASES("cases run", false),
    FAULTS("faults injected", false),
    COMPARED("runs compared", false),
    KILLS("processes killed", false),
    TYPED_STOPS("typed stops", false),
    LOST("contacts lost", true),
    WRONGLY_ARCHIVED("wrongly archived", true),
    DUPLICATE_NOTES("duplicate notes", true),
    DIVERGED("runs diverged", true),
    SECRETS("secrets found", true),
    UNCAUGHT("uncaught exceptions", true);

    final String title;
    final boolean mustBeZero;

    Figure(String title, boolean mustBeZero) {
      this.title = title;
      this.mustBeZero = mustBeZero;
    }
  }

  private static final Map<String, Row> ROWS = new LinkedHashMap<>();

  private Results() {}

  /** The row of one suite, made on first use. */
  static Row suite(String name) {
    synchronized (ROWS) {
      return ROWS.computeIfAbsent(name, Row::new);
    }
  }

  static List<Row> rows() {
    synchronized (ROWS) {
      return List.copyOf(ROWS.values());
    }
  }

  /** One suite's figures; safe to add to from several threads. */
  static final class Row {
    final String suite;
    private final AtomicLongArray values = new AtomicLongArray(Figure.values().length);

    private Row(String suite) {
      this.suite = suite;
    }

    Row add(Figure figure, long amount) {
      values.addAndGet(figure.ordinal(), amount);
      return this;
    }

    Row add(Figure figure) {
      return add(figure, 1);
    }

    long get(Figure figure) {
      return values.get(figure.ordinal());
    }
  }

  /** The table, one line per suite and a total. */
  static String table(List<Row> rows) {
    List<String[]> lines = new ArrayList<>();
    String[] header = new String[Figure.values().length + 1];
    header[0] = "suite";
    for (Figure figure : Figure.values()) {
      header[figure.ordinal() + 1] = figure.title;
    }
    lines.add(header);
    long[] total = new long[Figure.values().length];
    for (Row row : rows) {
      String[] line = new String[header.length];
      line[0] = row.suite;
      for (Figure figure : Figure.values()) {
        long value = row.get(figure);
        total[figure.ordinal()] += value;
        line[figure.ordinal() + 1] = Long.toString(value);
      }
      lines.add(line);
    }
    String[] sum = new String[header.length];
    sum[0] = "total";
    for (Figure figure : Figure.values()) {
      sum[figure.ordinal() + 1] = Long.toString(total[figure.ordinal()]);
    }
    lines.add(sum);
    int[] widths = new int[header.length];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int n = 0; n < lines.size(); n++) {
      String[] line = lines.get(n);
      if (n == 1 || n == lines.size() - 1) {
        out.append(rule(widths)).append('\n');
      }
      out.append('|');
      for (int i = 0; i < line.length; i++) {
        String format = i == 0 ? " %-" + widths[i] + "s |" : " %" + widths[i] + "s |";
        out.append(String.format(Locale.ROOT, format, line[i]));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String rule(int[] widths) {
    StringBuilder out = new StringBuilder("|");
    for (int width : widths) {
      out.append("-".repeat(width + 2)).append('|');
    }
    return out.toString();
  }
}
