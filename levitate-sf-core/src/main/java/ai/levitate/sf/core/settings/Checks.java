package ai.levitate.sf.core.settings;

final class Checks {
  private Checks() {}

  static void notBlank(String value, String name) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
