package ai.levitate.sf.core.model;

import java.util.List;
import java.util.Locale;

/** A part a Salesforce field can play in the settings, and the field types that fit it. */
public enum FieldRole {
  NICKNAME("a nickname field", List.of(FieldType.STRING), "nick"),
  DECEASED(
      "a deceased indicator",
      List.of(FieldType.DATE, FieldType.DATETIME, FieldType.CHECKBOX),
      "deceas",
      "death",
      "passedaway"),
  OPT_OUT(
      "an email opt-out indicator",
      List.of(FieldType.DATE, FieldType.DATETIME, FieldType.CHECKBOX),
      "optedoutofemail",
      "optout",
      "unsubscrib"),
  KEY_FACT("a key fact", List.of(FieldType.DATE), "birth", "anniversar", "review"),
  TAG(
      "a tag field",
      List.of(FieldType.PICKLIST, FieldType.MULTIPICKLIST, FieldType.CHECKBOX, FieldType.STRING));

  private final String description;
  private final List<FieldType> allowed;
  private final String[] hints;

  FieldRole(String description, List<FieldType> allowed, String... hints) {
    this.description = description;
    this.allowed = allowed;
    this.hints = hints;
  }

  public boolean allows(FieldType type) {
    return allowed.contains(type);
  }

  /** For messages: "a key fact must be a DATE field". */
  public String requirement() {
    StringBuilder types = new StringBuilder();
    for (int i = 0; i < allowed.size(); i++) {
      if (i > 0) {
        types.append(i == allowed.size() - 1 ? " or " : ", ");
      }
      types.append(allowed.get(i).name());
    }
    return description + " must be a " + types + " field";
  }

  /** How likely a field is meant for this role; higher first among candidates. */
  int likelihood(FieldDescriptor field) {
    String name =
        (field.apiName() + " " + field.label())
            .toLowerCase(Locale.ROOT)
            .replace("_", "")
            .replace(" ", "");
    for (String hint : hints) {
      if (name.contains(hint)) {
        return 2;
      }
    }
    return field.custom() ? 1 : 0;
  }
}
