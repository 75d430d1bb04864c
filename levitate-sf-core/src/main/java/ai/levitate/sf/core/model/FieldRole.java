package ai.levitate.sf.core.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A part a Salesforce field can play in the settings, and the field types that fit it. */
public enum FieldRole {
  NICKNAME("a nickname field", EnumSet.of(FieldType.STRING), "nick"),
  DECEASED(
      "a deceased indicator",
      EnumSet.of(FieldType.DATE, FieldType.DATETIME, FieldType.CHECKBOX),
      "deceas",
      "death",
      "passedaway"),
  OPT_OUT(
      "an email opt-out indicator",
      EnumSet.of(FieldType.DATE, FieldType.DATETIME, FieldType.CHECKBOX),
      "optedoutofemail",
      "optout",
      "unsubscrib"),
  KEY_FACT("a key fact", EnumSet.of(FieldType.DATE), "birth", "anniversar", "review"),
  TAG(
      "a tag field",
      EnumSet.of(FieldType.PICKLIST, FieldType.MULTIPICKLIST, FieldType.CHECKBOX, FieldType.STRING));

  private final String description;
  private final Set<FieldType> allowed;
  private final String[] hints;

  FieldRole(String description, Set<FieldType> allowed, String... hints) {
    this.description = description;
    this.allowed = allowed;
    this.hints = hints;
  }

  public boolean allows(FieldType type) {
    return allowed.contains(type);
  }

  /** The field types that fit, in declaration order. */
  public Set<FieldType> allowedTypes() {
    return EnumSet.copyOf(allowed);
  }

  /** For messages: "a key fact must be a DATE field". */
  public String requirement() {
    String types =
        allowed.stream().map(FieldType::name).collect(Collectors.toList()).toString();
    types = types.substring(1, types.length() - 1);
    int last = types.lastIndexOf(", ");
    if (last >= 0) {
      types = types.substring(0, last) + " or " + types.substring(last + 2);
    }
    return description + " must be a " + types + " field";
  }

  /** How likely a field is meant for this role; higher first among candidates. */
  int likelihood(FieldDescriptor field) {
    String name = (field.apiName() + " " + field.label()).toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
    for (String hint : hints) {
      if (name.contains(hint)) {
        return 2;
      }
    }
    return field.custom() ? 1 : 0;
  }
}
