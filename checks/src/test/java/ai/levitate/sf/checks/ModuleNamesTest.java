package ai.levitate.sf.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three jars as a host on the module path sees them. */
final class ModuleNamesTest {

  @BeforeEach
  void jarsArePackaged() {
    // mvn verify hands this module the packaged jars; mvn test hands it classes directories,
    // which carry no manifest.
    assumeTrue(
        Arrays.stream(Library.values()).allMatch(Library::isJar),
        "the module names are read from the jars: run mvn verify");
  }

  @Test
  void eachJarNamesItsAutomaticModule() throws IOException {
    for (Library library : Library.values()) {
      try (JarFile jar = new JarFile(library.location().toFile())) {
        assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
            .as(library.artifactId + " manifest")
            .isEqualTo(library.moduleName);
      }
      Set<ModuleReference> found = ModuleFinder.of(library.location()).findAll();
      assertThat(found).as(library.artifactId + " on the module path").hasSize(1);
      ModuleDescriptor descriptor = found.iterator().next().descriptor();
      assertThat(descriptor.name()).as(library.artifactId).isEqualTo(library.moduleName);
      assertThat(descriptor.isAutomatic()).as(library.artifactId + " is automatic").isTrue();
    }
  }

  @Test
  void eachJarHoldsOnlyPackagesUnderItsModuleName() {
    for (Library library : Library.values()) {
      assertThat(library.packages())
          .as(library.artifactId + " packages")
          .isNotEmpty()
          .allSatisfy(
              pkg ->
                  assertThat(
                          pkg.equals(library.moduleName)
                              || pkg.startsWith(library.moduleName + "."))
                      .as(pkg)
                      .isTrue());
    }
  }

  @Test
  void theThreeJarsResolveTogetherAsModules() {
    Path[] jars = Arrays.stream(Library.values()).map(Library::location).toArray(Path[]::new);
    Set<String> names =
        Arrays.stream(Library.values()).map(l -> l.moduleName).collect(Collectors.toSet());

    Configuration configuration =
        ModuleLayer.boot().configuration().resolve(ModuleFinder.of(jars), ModuleFinder.of(), names);

    assertThat(configuration.modules().stream().map(ResolvedModule::name))
        .containsExactlyInAnyOrderElementsOf(names);
  }
}
