package ai.levitate.sf.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host's code ({@code src/it/consumer/src}: the README's embedding, a store typed as {@code
 * SyncStore}, a contract test of it) compiles against the library's jars with every lint as an
 * error, and without Immutables, which the library only needs at its own compile time.
 */
final class HostCompileTest {

  private static final Path HOST_SOURCES = Path.of("src/it/consumer/src");

  @Test
  void aHostCompilesWithEveryLintAsAnErrorAndWithoutImmutables(@TempDir Path classes)
      throws IOException {
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("value-annotations") && !entry.contains("immutables"))
            .filter(entry -> !entry.endsWith("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    List<File> sources;
    try (Stream<Path> walk = Files.walk(HOST_SOURCES)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    assertThat(sources).hasSize(3);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
      List<String> options =
          new ArrayList<>(
              List.of(
                  "--release",
                  "17",
                  "-Xlint:all",
                  "-Werror",
                  "-proc:none",
                  "-classpath",
                  classPath,
                  "-d",
                  classes.toString()));
      compiled =
          javac
              .getTask(
                  null,
                  files,
                  diagnostics,
                  options,
                  null,
                  files.getJavaFileObjectsFromFiles(sources))
              .call();
    }

    assertThat(diagnostics.getDiagnostics())
        .extracting(d -> d.getKind() + " " + d.getMessage(Locale.ROOT))
        .isEmpty();
    assertThat(compiled).isTrue();
  }
}
