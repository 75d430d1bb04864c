package ai.levitate.sf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.levitate.sf.core.model.MailingAddress;
import ai.levitate.sf.core.settings.MassArchiveBrake;
import ai.levitate.sf.core.settings.SyncSettings;
import ai.levitate.sf.core.spi.ContactQuery;
import ai.levitate.sf.core.spi.ContactState;
import ai.levitate.sf.merge.MergeCrmClient;
import ai.levitate.sf.merge.RetryPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The models of the three library jars as a host sees them: generated {@code Immutable*} classes
 * stay package-private and unannotated, each public {@code builder()} returns the model's own
 * public {@code Builder}, and a builder missing a required attribute fails with an {@link
 * IllegalStateException} naming it.
 */
final class ModelBuildersTest {
  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.+)]");

  @Test
  void generatedClassesArePackagePrivateAndCarryNoImmutablesAnnotation() throws Exception {
    List<Class<?>> generated = generatedClasses();
    assertThat(generated).hasSizeGreaterThan(60);
    for (Class<?> type : generated) {
      assertThat(Modifier.isPublic(type.getModifiers())).as(type.getName()).isFalse();
      for (Class<?> nested : type.getDeclaredClasses()) {
        assertThat(Modifier.isPublic(nested.getModifiers())).as(nested.getName()).isFalse();
      }
      // allowedClasspathAnnotations keeps @org.immutables.value.Generated out, so a host compiling
      // with -Xlint:all -Werror needs no Immutables jar.
      assertThat(classFileText(type)).as(type.getName()).doesNotContain("org/immutables");
    }
  }

  @Test
  void everyPublicBuilderIsTheModelsOwnNestedBuilder() throws Exception {
    int builders = 0;
    for (Class<?> model : models()) {
      Method builder = publicStaticBuilder(model);
      if (builder == null) {
        continue;
      }
      builders++;
      Class<?> type = builder.getReturnType();
      assertThat(type.getName()).isEqualTo(model.getName() + "$Builder");
      assertThat(Modifier.isPublic(type.getModifiers()) && Modifier.isFinal(type.getModifiers()))
          .as(type.getName())
          .isTrue();
      assertThat(type.getMethod("build").getReturnType()).isEqualTo(model);
    }
    // 56 before the client's NoteRequest merged into core's and NoteContent went package-private.
    assertThat(builders).isGreaterThanOrEqualTo(54);
  }

  @Test
  void noPublicSignatureNamesAGeneratedType() throws Exception {
    List<String> leaks = new ArrayList<>();
    for (Path root : roots()) {
      for (Class<?> type : classesUnder(root)) {
        if (!Modifier.isPublic(type.getModifiers()) || type.getName().contains(".internal.")) {
          continue;
        }
        for (Method method : type.getMethods()) {
          List<String> signature = new ArrayList<>();
          signature.add(method.getGenericReturnType().getTypeName());
          for (var parameter : method.getGenericParameterTypes()) {
            signature.add(parameter.getTypeName());
          }
          if (signature.toString().matches(".*\\bImmutable[A-Z].*")) {
            leaks.add(type.getName() + "." + method.getName() + signature);
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void anEmptyBuilderFailsWithIllegalStateNamingEachMissingAttribute() throws Exception {
    int failing = 0;
    for (Class<?> model : models()) {
      Method builder = publicStaticBuilder(model);
      if (builder == null) {
        continue;
      }
      Object empty = builder.invoke(null);
      Throwable thrown;
      try {
        empty.getClass().getMethod("build").invoke(empty);
        continue;
      } catch (InvocationTargetException e) {
        thrown = e.getCause();
      }
      if (model == MailingAddress.class) {
        // Every part is optional; its @Value.Check refuses a value with none (a bad value: IAE).
        assertThat(thrown)
            .isExactlyInstanceOf(IllegalArgumentException.class)
            .hasMessage("a mailing address needs at least one part");
        continue;
      }
      failing++;
      assertThat(thrown).as(model.getName()).isExactlyInstanceOf(IllegalStateException.class);
      Matcher matcher = MISSING.matcher(thrown.getMessage());
      assertThat(matcher.matches()).as(thrown.getMessage()).isTrue();
      assertThat(matcher.group(1)).isEqualTo(model.getSimpleName());
      for (String attribute : matcher.group(2).split(", ")) {
        assertThat(model.getMethod(attribute)).as(model.getName() + "." + attribute).isNotNull();
      }
    }
    assertThat(failing).isGreaterThan(30);
  }

  @Test
  void missingAttributesAreNamedInTheMessage() {
    assertThatThrownBy(() -> ContactState.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot build ContactState, some of required attributes are not set "
                + "[salesforceId, mergeId, fingerprint, lastSeenRun]");
  }

  @Test
  void newBuilderStartsFromTheValueSoAVariantChangesOnlyWhatIsSet() {
    SyncSettings settings = SyncSettings.builder().optOutField("HasOptedOutOfEmail").build();
    SyncSettings variant = settings.newBuilder().nicknameField("Nickname__c").build();
    assertThat(variant.optOutField()).contains("HasOptedOutOfEmail");
    assertThat(variant.nicknameField()).contains("Nickname__c");
    assertThat(settings.newBuilder().build()).isEqualTo(settings);
    assertThat(MassArchiveBrake.defaults().newBuilder().build())
        .isEqualTo(MassArchiveBrake.defaults());
    RetryPolicy patient = RetryPolicy.defaults().newBuilder().maxAttempts(9).build();
    assertThat(patient.maxAttempts()).isEqualTo(9);
    assertThat(patient.newBuilder().maxAttempts(RetryPolicy.defaults().maxAttempts()).build())
        .isEqualTo(RetryPolicy.defaults());
    ContactQuery query = ContactQuery.builder().pageSize(10).build();
    assertThat(query.newBuilder().cursor("c2").build().pageSize()).isEqualTo(10);
  }

  private static Method publicStaticBuilder(Class<?> model) {
    return Arrays.stream(model.getDeclaredMethods())
        .filter(m -> m.getName().equals("builder") && m.getParameterCount() == 0)
        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
        .findFirst()
        .orElse(null);
  }

  private static List<Class<?>> models() throws Exception {
    List<Class<?>> models = new ArrayList<>();
    for (Class<?> generated : generatedClasses()) {
      models.add(generated.getSuperclass());
    }
    return models;
  }

  private static List<Class<?>> generatedClasses() throws Exception {
    List<Class<?>> generated = new ArrayList<>();
    for (Path root : roots()) {
      for (Class<?> type : classesUnder(root)) {
        if (type.getSimpleName().startsWith("Immutable") && type.getEnclosingClass() == null) {
          generated.add(type);
        }
      }
    }
    return generated;
  }

  private static List<Path> roots() throws URISyntaxException {
    List<Path> roots = new ArrayList<>();
    for (Class<?> known :
        List.of(SyncSettings.class, MergeCrmClient.class, FakeMergeServer.class)) {
      roots.add(Path.of(known.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    assertThat(roots).doesNotHaveDuplicates();
    return roots;
  }

  /** The classes of a module: its {@code target/classes}, or its jar in a reactor's verify. */
  private static List<Class<?>> classesUnder(Path root) throws Exception {
    if (Files.isDirectory(root)) {
      return classesIn(root);
    }
    try (FileSystem jar = FileSystems.newFileSystem(root)) {
      return classesIn(jar.getPath("/"));
    }
  }

  private static List<Class<?>> classesIn(Path root) throws Exception {
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.sorted()::iterator) {
        String relative = root.relativize(file).toString();
        if (!relative.endsWith(".class")
            || relative.endsWith("package-info.class")
            || relative.startsWith("META-INF")) {
          continue;
        }
        String name =
            relative
                .substring(0, relative.length() - ".class".length())
                .replace(file.getFileSystem().getSeparator(), ".");
        classes.add(Class.forName(name, false, RetryPolicy.class.getClassLoader()));
      }
    }
    return classes;
  }

  private static String classFileText(Class<?> type) {
    String resource = type.getName().replace('.', '/') + ".class";
    try (var in = type.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
