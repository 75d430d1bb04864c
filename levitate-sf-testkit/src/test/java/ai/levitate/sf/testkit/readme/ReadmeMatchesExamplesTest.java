package ai.levitate.sf.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The testkit README's Java examples are the lines between {@code // snippet: NAME} and {@code //
 * end snippet} in this package's tests, which the build compiles and runs: each code block the
 * README marks {@code <!-- snippet: NAME -->} must be exactly those lines, without their common
 * indentation, so the README cannot drift from code that works.
 */
final class ReadmeMatchesExamplesTest {
  private static final Path README = Path.of("README.md");
  private static final Path EXAMPLES = Path.of("src/test/java/ai/levitate/sf/testkit/readme");
  private static final String MARK = "<!-- snippet: ";

  @Test
  void everyJavaBlockOfTheReadmeIsAnExampleTheBuildRuns() throws IOException {
    Map<String, String> inReadme = readmeBlocks(Files.readString(README, StandardCharsets.UTF_8));
    Map<String, String> inTests = new LinkedHashMap<>();
    for (String file : List.of("ContactSyncExampleTest.java", "ReadmeExamplesTest.java")) {
      inTests.putAll(regions(Files.readAllLines(EXAMPLES.resolve(file), StandardCharsets.UTF_8)));
    }

    assertThat(inReadme.keySet())
        .as("the README's snippets")
        .containsExactlyInAnyOrderElementsOf(inTests.keySet());
    inTests.forEach(
        (name, code) ->
            assertThat(inReadme.get(name))
                .as(
                    "README.md's snippet %s, which must read exactly as in the test:%n%s",
                    name, code)
                .isEqualTo(code));
  }

  /** The fenced block after each {@code <!-- snippet: NAME -->}. */
  static Map<String, String> readmeBlocks(String readme) {
    Map<String, String> blocks = new LinkedHashMap<>();
    List<String> lines = readme.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(MARK)) {
        String name = line.substring(MARK.length(), line.indexOf(" -->"));
        StringBuilder code = new StringBuilder();
        int j = i + 2;
        for (; j < lines.size() && !lines.get(j).equals("```"); j++) {
          code.append(lines.get(j)).append('\n');
        }
        blocks.put(name, code.toString());
        i = j;
      }
    }
    return blocks;
  }

  /** The marked regions of a source file, each without its common indentation. */
  static Map<String, String> regions(List<String> source) {
    Map<String, String> regions = new LinkedHashMap<>();
    for (int i = 0; i < source.size(); i++) {
      String line = source.get(i).strip();
      if (line.startsWith("// snippet: ")) {
        String name = line.substring("// snippet: ".length());
        List<String> body = new ArrayList<>();
        int j = i + 1;
        for (; !source.get(j).strip().equals("// end snippet"); j++) {
          body.add(source.get(j));
        }
        regions.put(name, dedent(body));
        i = j;
      }
    }
    return regions;
  }

  private static String dedent(List<String> lines) {
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString();
  }
}
