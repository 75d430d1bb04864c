package ai.levitate.sf.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

final class NullMarkedPackagesTest {

  @Test
  void everyPackageOfTheThreeJarsIsNullMarked() {
    List<String> unmarked = new ArrayList<>();
    int packages = 0;
    for (Library library : Library.values()) {
      List<String> classes = library.classNames();
      for (String pkg : library.packages()) {
        packages++;
        String packageInfo = pkg + ".package-info";
        if (!classes.contains(packageInfo)) {
          unmarked.add(library.artifactId + ": " + pkg + " has no package-info.java");
        } else if (!library.load(packageInfo).isAnnotationPresent(NullMarked.class)) {
          unmarked.add(library.artifactId + ": " + pkg + " is not @NullMarked");
        }
      }
    }
    assertThat(packages).as("packages found").isGreaterThan(10);
    assertThat(unmarked)
        .as("every package a host sees says that its types are non-null unless marked @Nullable")
        .isEmpty();
  }
}
