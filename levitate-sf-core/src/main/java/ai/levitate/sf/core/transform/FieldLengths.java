package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.model.FieldDescriptor;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How long a value Salesforce allows in a field, in UTF-16 units as it counts them: the length a
 * describe gave the catalog, else the standard Contact field's, else its type's. A longer value did
 * not come from Salesforce as typed.
 */
final class FieldLengths {
  /** Text, picklist values and the account's name. */
  static final int ONE_LINE = 255;

  /** A long text area at its largest. */
  static final int LONG_TEXT = 131_072;

  static final int PHONE = 40;
  static final int EMAIL = 80;

  private static final Map<String, Integer> STANDARD =
      Map.ofEntries(
          Map.entry("FirstName", 40),
          Map.entry("LastName", 80),
          Map.entry("MiddleName", 40),
          Map.entry("Suffix", 40),
          Map.entry("Title", 128),
          Map.entry("Department", 80),
          Map.entry("MailingStreet", 255),
          Map.entry("MailingCity", 40),
          Map.entry("MailingState", 80),
          Map.entry("MailingPostalCode", 20),
          Map.entry("MailingCountry", 80),
          Map.entry("Email", EMAIL));

  private FieldLengths() {}

  static OptionalInt of(String apiName, FieldDescriptor fieldOrNull) {
    if (fieldOrNull != null && fieldOrNull.length().isPresent()) {
      return OptionalInt.of(fieldOrNull.length().get());
    }
    Integer standard = STANDARD.get(apiName);
    if (standard != null) {
      return OptionalInt.of(standard);
    }
    if (fieldOrNull == null) {
      return OptionalInt.empty();
    }
    switch (fieldOrNull.type()) {
      case STRING:
      case PICKLIST:
      case MULTIPICKLIST: // each value
        return OptionalInt.of(ONE_LINE);
      case PHONE:
        return OptionalInt.of(PHONE);
      case EMAIL:
        return OptionalInt.of(EMAIL);
      case TEXTAREA:
        return OptionalInt.of(LONG_TEXT);
      default:
        return OptionalInt.empty();
    }
  }
}
