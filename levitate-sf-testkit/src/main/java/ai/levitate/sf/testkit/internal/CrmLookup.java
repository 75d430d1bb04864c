package ai.levitate.sf.testkit.internal;

/** What the JSON writer needs to expand a contact's references. */
public interface CrmLookup {
  FieldSchema schema();

  /** The Account remote fields, in the order Merge lists them. */
  FieldSchema accountSchema();

  /** The account with this Merge id, or null. */
  AccountRecord account(String id);

  /** The user with this Merge id, or null. */
  UserRecord user(String id);
}
