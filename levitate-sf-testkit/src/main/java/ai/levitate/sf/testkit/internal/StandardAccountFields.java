package ai.levitate.sf.testkit.internal;

import ai.levitate.sf.core.model.FieldDescriptor;
import ai.levitate.sf.core.model.FieldType;
import ai.levitate.sf.core.model.PicklistChoice;
import java.util.ArrayList;
import java.util.List;

/**
 * The Account remote fields of the generated org that the sync reads: {@code Type}, Salesforce's
 * standard picklist (with the {@code Household} value Financial Services Cloud orgs add), and
 * {@code IsPersonAccount}, which orgs with person accounts enabled have.
 */
public final class StandardAccountFields {
  public static final String TYPE = "Type";
  public static final String IS_PERSON_ACCOUNT = "IsPersonAccount";

  /** The {@code Type} values of Salesforce's standard picklist, and {@code Household}. */
  public static final List<String> TYPES =
      List.of(
          "Prospect",
          "Customer - Direct",
          "Customer - Channel",
          "Channel Partner / Reseller",
          "Installation Partner",
          "Technology Partner",
          "Other",
          "Household");

  private static final long SALT = 0x61636366L;

  private StandardAccountFields() {}

  public static FieldSchema schema(long seed) {
    List<FieldClass> classes = new ArrayList<>();
    for (FieldDescriptor descriptor : descriptors()) {
      classes.add(
          new FieldClass(
              Ids.uuid(seed, SALT ^ descriptor.apiName().hashCode(), 0),
              descriptor,
              false,
              false,
              null));
    }
    return new FieldSchema(classes);
  }

  static List<FieldDescriptor> descriptors() {
    var type =
        FieldDescriptor.builder().apiName(TYPE).label("Account Type").type(FieldType.PICKLIST);
    TYPES.forEach(value -> type.addChoices(PicklistChoice.of(value)));
    return List.of(
        type.build(),
        FieldDescriptor.of(IS_PERSON_ACCOUNT, "Is Person Account", FieldType.CHECKBOX));
  }
}
