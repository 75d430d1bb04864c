package ai.levitate.sf.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

final class ApiDumpTest {

  /** A generic method with nullness on type uses and varargs. */
  interface Generic {
    <T extends Comparable<? super T>> List<@Nullable T> pick(@Nullable String name, int... counts);

    String @Nullable [] names();
  }

  /** Not API itself: its public members reach hosts through {@link Visible}. */
  static class Hidden {
    public Hidden self() {
      return this;
    }

    public String name(String value) {
      return value;
    }
  }

  /** Declares nothing; javac adds visibility bridges for what it inherits from {@link Hidden}. */
  public static final class Visible extends Hidden {
    @Override
    public Visible self() {
      return this;
    }
  }

  sealed interface Shape permits Circle, Square {}

  record Circle(double radius) implements Shape {}

  record Square(double side) implements Shape {}

  @Test
  void membersKeepGenericsNullnessAndVarargs() {
    assertThat(ApiDump.members(Generic.class))
        .containsExactly(
            "public <T extends java.lang.Comparable<? super T>> java.util.List<@Nullable T>"
                + " pick(@Nullable java.lang.String, int...)",
            "public java.lang.String @Nullable [] names()");
  }

  @Test
  void membersInheritedFromANonApiSupertypeAreListedOnceWithTheirRealSignature() {
    assertThat(ApiDump.members(Visible.class))
        .containsExactly(
            "public Visible()",
            "public ai.levitate.sf.checks.ApiDumpTest$Visible self()",
            "public java.lang.String name(java.lang.String)");
  }

  @Test
  void headerNamesKindSupertypesAndPermittedSubtypes() {
    assertThat(ApiDump.header(Shape.class))
        .isEqualTo(
            "sealed interface ai.levitate.sf.checks.ApiDumpTest$Shape permits"
                + " ai.levitate.sf.checks.ApiDumpTest$Circle, ai.levitate.sf.checks.ApiDumpTest$Square");
    assertThat(ApiDump.header(Visible.class))
        .as("a superclass hosts cannot see is left out")
        .isEqualTo("public static final class ai.levitate.sf.checks.ApiDumpTest$Visible");
  }

  @Test
  void onlyPublicTypesInsidePublicTypesAreApi() {
    assertThat(ApiDump.isApi(String.class)).isTrue();
    assertThat(ApiDump.isApi(Visible.class)).as("inside a package-private class").isFalse();
    assertThat(ApiDump.isApi(Hidden.class)).isFalse();
  }

  @Test
  void internalPackagesAreNotApi() {
    assertThat(ApiDump.isInternal("ai.levitate.sf.core.internal")).isTrue();
    assertThat(ApiDump.isInternal("ai.levitate.sf.merge.internal.wire")).isTrue();
    assertThat(ApiDump.isInternal("ai.levitate.sf.core.sync")).isFalse();
  }
}
