package ai.levitate.sf.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each library module's public API, compared with the record checked in as {@code
 * api/<artifactId>.txt}: an API change shows as a diff of that file in review. With {@code
 * -Dapi.update=true} the test rewrites the record instead.
 */
final class PublicApiTest {

  /** A type of an {@code internal} package, or one Immutables generated (package-private now). */
  private static final Pattern HIDDEN_TYPE =
      Pattern.compile("ai\\.levitate\\.sf\\.[\\w.]*(\\.internal\\.|\\.Immutable[A-Z])");

  @ParameterizedTest
  @EnumSource(Library.class)
  void publicApiMatchesItsRecord(Library library) throws IOException {
    List<String> actual = ApiDump.lines(library);
    Path record =
        Path.of(System.getProperty("api.dir", "../api"))
            .resolve(library.artifactId + ".txt")
            .toAbsolutePath()
            .normalize();
    if (Boolean.getBoolean("api.update")) {
      Files.createDirectories(record.getParent());
      Files.write(record, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(record)) {
      fail(record + " is missing: mvn -B -pl checks -am verify -Dapi.update=true writes it");
    }
    List<String> expected = Files.readAllLines(record, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail(
          "The public API of "
              + library.artifactId
              + " differs from "
              + record
              + " (+ now, - recorded):\n"
              + diff(expected, actual)
              + "\nIf the change is meant, rewrite the record with"
              + " mvn -B -pl checks -am verify -Dapi.update=true and commit it with the change.");
    }
  }

  @ParameterizedTest
  @EnumSource(Library.class)
  void publicSignaturesNameNoInternalOrGeneratedType(Library library) {
    List<String> leaks = new ArrayList<>();
    String type = "";
    for (String line : ApiDump.lines(library)) {
      if (!line.startsWith(" ")) {
        type = line;
      }
      if (!line.startsWith("#") && HIDDEN_TYPE.matcher(line).find()) {
        leaks.add(line.startsWith(" ") ? type + "\n" + line : line);
      }
    }
    assertThat(leaks)
        .as(
            "public API of "
                + library.artifactId
                + " naming types a host must not use or cannot see")
        .isEmpty();
  }

  /** The changed lines, each member under its type's line. */
  static String diff(List<String> expected, List<String> actual) {
    Set<String> before = qualified(expected);
    Set<String> after = qualified(actual);
    StringBuilder text = new StringBuilder();
    for (String line : before) {
      if (!after.contains(line)) {
        text.append("- ").append(line).append('\n');
      }
    }
    for (String line : after) {
      if (!before.contains(line)) {
        text.append("+ ").append(line).append('\n');
      }
    }
    return text.toString();
  }

  private static Set<String> qualified(List<String> lines) {
    Set<String> qualified = new LinkedHashSet<>();
    String type = "";
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith(" ")) {
        qualified.add(type + " {" + line.strip() + "}");
      } else {
        type = line;
        qualified.add(line);
      }
    }
    return qualified;
  }
}
