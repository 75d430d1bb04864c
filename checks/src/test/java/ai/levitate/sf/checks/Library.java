package ai.levitate.sf.checks;

import ai.levitate.sf.core.sync.SyncEngine;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.testkit.FakeMergeServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The three published modules, each found on the test class path through one of its classes. */
enum Library {
  CORE("levitate-sf-core", "ai.levitate.sf.core", SyncEngine.class),
  MERGE_CLIENT("levitate-sf-merge-client", "ai.levitate.sf.merge", MergeCrmClient.class),
  TESTKIT("levitate-sf-testkit", "ai.levitate.sf.testkit", FakeMergeServer.class);

  /** The artifact, which names the module's API record {@code api/<artifactId>.txt}. */
  final String artifactId;

  /** The module's root package, which is also its {@code Automatic-Module-Name}. */
  final String moduleName;

  private final Class<?> anchor;

  Library(String artifactId, String moduleName, Class<?> anchor) {
    this.artifactId = artifactId;
    this.moduleName = moduleName;
    this.anchor = anchor;
  }

  /** The module's jar, or its classes directory when the build stopped before packaging it. */
  Path location() {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  boolean isJar() {
    return Files.isRegularFile(location());
  }

  /** Binary names of every class in the module, package-info included, sorted. */
  List<String> classNames() {
    List<String> files = new ArrayList<>();
    Path location = location();
    if (isJar()) {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(e -> e.getName()).forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      try (Stream<Path> walk = Files.walk(location)) {
        walk.filter(Files::isRegularFile)
            .map(p -> location.relativize(p).toString().replace('\\', '/'))
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files.stream()
        .filter(f -> f.endsWith(".class") && !f.startsWith("META-INF/"))
        .filter(f -> !f.equals("module-info.class"))
        .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
        .sorted()
        .toList();
  }

  /** Every package that holds a class of the module. */
  SortedSet<String> packages() {
    SortedSet<String> packages = new TreeSet<>();
    for (String name : classNames()) {
      packages.add(name.substring(0, name.lastIndexOf('.')));
    }
    return packages;
  }

  Class<?> load(String binaryName) {
    try {
      return Class.forName(binaryName, false, anchor.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          binaryName + " is listed in " + location() + " but does not load", e);
    }
  }
}
