package ai.levitate.sf.testkit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Changes to one contact of a {@link MergeDataSet}, by Salesforce API name, applied together as one
 * change that moves the contact's {@code modified_at}.
 *
 * <pre>{@code
 * dataSet.editContact(id, contact -> contact
 *     .set("Title", "Chief Executive Officer")
 *     .set("Birthdate", LocalDate.of(1980, 2, 29))
 *     .set("Interests__c", List.of("Golf", "Sailing")));
 * }</pre>
 *
 * <p>Values take the Java type of their field: {@code String} for text, picklist, email and phone
 * fields; {@code Boolean} for checkboxes; {@code LocalDate} for dates; {@code Instant} for
 * datetimes; any {@code Number} for numbers; a {@code List<String>} (or one {@code ;}-separated
 * string) for multipicklists.
 */
public interface ContactEditor {
  /**
   * Sets a field (null empties it, as {@link #clear} does); throws {@link IllegalArgumentException}
   * for an unknown field or a wrong type.
   */
  ContactEditor set(String apiName, @Nullable Object value);

  /** Empties a field; a checkbox becomes false, as Salesforce keeps it. */
  ContactEditor clear(String apiName);

  /** Moves the contact to the account with this Merge id; null detaches it. */
  ContactEditor account(@Nullable String accountId);

  /** Gives the contact to the user with this Merge id; null leaves it without an owner. */
  ContactEditor owner(@Nullable String userId);

  /** The field's current value in this edit, empty when it has none. */
  Optional<Object> value(String apiName);
}
