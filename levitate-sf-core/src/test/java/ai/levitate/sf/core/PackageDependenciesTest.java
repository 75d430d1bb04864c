package ai.levitate.sf.core;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.core.sync.SyncEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Core's packages depend on each other one way: read from the compiled classes with jdeps (so
 * Javadoc links and inlined constants do not count), every edge between two packages goes down
 * {@link #LAYERS}, and no packages form a loop.
 */
final class PackageDependenciesTest {
  /** Core's packages, each allowed to use only those before it. */
  static final List<String> LAYERS =
      List.of("ROOT", "internal", "model", "settings", "transform", "spi", "sync", "writeback");

  private static final String CORE = "ai.levitate.sf.core";
  private static final Pattern EDGE = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+\\S+\\s*$");

  private static Map<String, Map<String, String>> compiled;

  @Test
  void corePackagesHaveNoCycle() throws Exception {
    assertThat(cycles(compiledEdges())).as("package cycles in core").isEmpty();
  }

  @Test
  void corePackagesDependOnlyOnEarlierLayers() throws Exception {
    assertThat(upwardEdges(compiledEdges())).as("edges against " + LAYERS).isEmpty();
  }

  @Test
  void jdepsSeesTheEnginesUseOfTheSpi() throws Exception {
    Map<String, Map<String, String>> edges = compiledEdges();

    assertThat(edges.get("sync")).containsKey("spi");
    assertThat(edges.get("writeback")).containsKey("spi");
  }

  @Test
  void aCycleIsNamedWithOneClassEdgePerStep() {
    Map<String, Map<String, String>> edges = new TreeMap<>();
    edges
        .computeIfAbsent("spi", p -> new TreeMap<>())
        .put("writeback", "NoteWriter -> NoteRequest");
    edges
        .computeIfAbsent("writeback", p -> new TreeMap<>())
        .put("sync", "WritebackEngine -> SyncLockedException");
    edges.computeIfAbsent("sync", p -> new TreeMap<>()).put("spi", "SyncEngine -> SyncStore");
    edges.computeIfAbsent("sync", p -> new TreeMap<>()).put("model", "Planner -> FieldCatalog");

    assertThat(cycles(edges))
        .containsExactly(
            "spi -> writeback (NoteWriter -> NoteRequest),"
                + " writeback -> sync (WritebackEngine -> SyncLockedException),"
                + " sync -> spi (SyncEngine -> SyncStore)");
    assertThat(upwardEdges(edges)).containsExactly("spi -> writeback: NoteWriter -> NoteRequest");
  }

  @Test
  void aPackageOutsideTheLayersIsNamed() {
    Map<String, Map<String, String>> edges = new TreeMap<>();
    edges.computeIfAbsent("sync", p -> new TreeMap<>()).put("extra", "Planner -> Extra");

    assertThat(upwardEdges(edges))
        .containsExactly("sync -> extra: Planner -> Extra (extra has no place in the layers)");
  }

  /** Edges that do not go to an earlier layer, as {@code "from -> to: FromClass -> ToClass"}. */
  static List<String> upwardEdges(Map<String, Map<String, String>> edges) {
    List<String> found = new ArrayList<>();
    edges.forEach(
        (from, targets) ->
            targets.forEach(
                (to, example) -> {
                  if (!LAYERS.contains(from) || !LAYERS.contains(to)) {
                    String stranger = LAYERS.contains(from) ? to : from;
                    found.add(
                        from
                            + " -> "
                            + to
                            + ": "
                            + example
                            + " ("
                            + stranger
                            + " has no place in the layers)");
                  } else if (LAYERS.indexOf(to) >= LAYERS.indexOf(from)) {
                    found.add(from + " -> " + to + ": " + example);
                  }
                }));
    return found;
  }

  /**
   * Each loop among packages, one per strongly connected component, as its steps with one class
   * edge each.
   */
  static List<String> cycles(Map<String, Map<String, String>> edges) {
    List<String> found = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    for (String start : new TreeSet<>(edges.keySet())) {
      if (done.contains(start)) {
        continue;
      }
      List<String> loop = loopThrough(start, edges);
      if (!loop.isEmpty()) {
        done.addAll(loop);
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < loop.size(); i++) {
          String from = loop.get(i);
          String to = loop.get((i + 1) % loop.size());
          steps.add(from + " -> " + to + " (" + edges.get(from).get(to) + ")");
        }
        found.add(String.join(", ", steps));
      }
    }
    return found;
  }

  /** The shortest path of packages from {@code start} back to itself, or empty. */
  private static List<String> loopThrough(String start, Map<String, Map<String, String>> edges) {
    Map<String, String> cameFrom = new LinkedHashMap<>();
    List<String> frontier = List.of(start);
    while (!frontier.isEmpty()) {
      List<String> next = new ArrayList<>();
      for (String at : frontier) {
        for (String to : edges.getOrDefault(at, Map.of()).keySet()) {
          if (to.equals(start)) {
            List<String> loop = new ArrayList<>();
            for (String p = at; p != null; p = cameFrom.get(p)) {
              loop.add(0, p);
            }
            return loop;
          }
          if (!cameFrom.containsKey(to)) {
            cameFrom.put(to, at);
            next.add(to);
          }
        }
      }
      frontier = next;
    }
    return List.of();
  }

  /**
   * Package edges inside core, from the package (relative to core, {@code ROOT} for core's own) to
   * the packages it uses, each with the first class edge jdeps reported for it.
   */
  static Map<String, Map<String, String>> edges(Path classes) {
    ToolProvider jdeps =
        ToolProvider.findFirst("jdeps")
            .orElseThrow(() -> new AssertionError("This JDK has no jdeps tool."));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        jdeps.run(
            new PrintWriter(out),
            new PrintWriter(err),
            "-verbose:class",
            "-filter:none",
            classes.toString());
    assertThat(status).as("jdeps exit status; stderr: %s", err).isZero();
    Map<String, Map<String, String>> edges = new TreeMap<>();
    for (String line : out.toString().split("\\R")) {
      Matcher m = EDGE.matcher(line);
      if (!m.matches() || !inCore(m.group(1)) || !inCore(m.group(2))) {
        continue;
      }
      String from = packageOf(m.group(1));
      String to = packageOf(m.group(2));
      if (!from.equals(to)) {
        edges
            .computeIfAbsent(from, p -> new TreeMap<>())
            .putIfAbsent(to, simpleName(m.group(1)) + " -> " + simpleName(m.group(2)));
      }
    }
    assertThat(edges).as("package edges jdeps found in %s", classes).isNotEmpty();
    return edges;
  }

  private static boolean inCore(String className) {
    return className.startsWith(CORE + ".");
  }

  private static String packageOf(String className) {
    String pkg = className.substring(0, className.lastIndexOf('.'));
    return pkg.equals(CORE) ? "ROOT" : pkg.substring(CORE.length() + 1);
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** Core's edges, read once per test run: jdeps takes a second or so. */
  private static synchronized Map<String, Map<String, String>> compiledEdges()
      throws URISyntaxException {
    if (compiled == null) {
      compiled = edges(classesDirectory());
    }
    return compiled;
  }

  private static Path classesDirectory() throws URISyntaxException {
    Path classes =
        Path.of(SyncEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(Files.isDirectory(classes)).as("%s is a directory of classes", classes).isTrue();
    return classes;
  }
}
