package ai.levitate.sf.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ai.levitate.sf.merge.internal.wire.Json;
import ai.levitate.sf.reliability.Results.Figure;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No Jackson mapper of the project reads a class name from JSON: none enables default typing, and
 * no main source of any module asks for polymorphic typing in any way.
 */
@Tag("reliability")
final class JacksonTypingTest {
  private static final Results.Row ROW = Results.suite("security");
  private static final List<String> POLYMORPHIC =
      List.of(
          "activateDefaultTyping",
          "enableDefaultTyping",
          "setDefaultTyping",
          "JsonTypeInfo",
          "DefaultTyping",
          "PolymorphicTypeValidator",
          "@JsonSubTypes",
          "EnableDefaultTyping");

  /**
   * Every static mapper declared in the main sources of the modules this one depends on (the
   * examples module checks its own), found by reading the sources, so a new one is checked too.
   */
  @Test
  void noMapperTheProjectBuildsHasDefaultTyping() throws Exception {
    List<ObjectMapper> mappers = new ArrayList<>();
    for (Path source : mainSources()) {
      String path = root().relativize(source).toString().replace('\\', '/');
      if (path.startsWith("examples/") || !Files.readString(source).contains("ObjectMapper")) {
        continue;
      }
      String name =
          path.substring(
                  path.indexOf("src/main/java/") + "src/main/java/".length(),
                  path.length() - ".java".length())
              .replace('/', '.');
      for (Field field : Class.forName(name).getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())
            && ObjectMapper.class.isAssignableFrom(field.getType())) {
          field.setAccessible(true);
          mappers.add((ObjectMapper) field.get(null));
        }
      }
    }
    assertThat(mappers)
        .as("the client's mapper and the fake's two")
        .hasSizeGreaterThanOrEqualTo(3)
        .contains(Json.mapper());
    for (ObjectMapper mapper : mappers) {
      assertThat(mapper.getDeserializationConfig().getDefaultTyper(null)).isNull();
      assertThat(mapper.getSerializationConfig().getDefaultTyper(null)).isNull();
      Object read =
          mapper.readValue("[\"java.lang.ProcessBuilder\", {\"command\": [\"id\"]}]", Object.class);
      assertThat(read).isInstanceOf(List.class);
      Object object = mapper.readValue("{\"@class\": \"java.lang.ProcessBuilder\"}", Object.class);
      assertThat(object).isInstanceOf(Map.class);
      ROW.add(Figure.CASES);
    }
  }

  @Test
  void noMainSourceOfAnyModuleAsksForPolymorphicTyping() throws IOException {
    List<Path> sources = mainSources();
    List<String> hits = new ArrayList<>();
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      for (String word : POLYMORPHIC) {
        if (text.contains(word)) {
          hits.add(root().relativize(source) + ": " + word);
        }
      }
    }
    ROW.add(Figure.CASES);
    assertThat(sources).as("main sources found under " + root()).hasSizeGreaterThan(200);
    assertThat(hits).isEmpty();
  }

  /** The project's root: the parent of this module, where the parent pom is. */
  private static Path root() {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertThat(root.resolve("pom.xml")).exists();
    return root;
  }

  /** Every main Java source of every module. */
  private static List<Path> mainSources() throws IOException {
    Path root = root();
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(
              p ->
                  root.relativize(p)
                      .toString()
                      .replace('\\', '/')
                      .matches("[^/]+/src/main/java/.*"))
          .sorted()
          .toList();
    }
  }
}
