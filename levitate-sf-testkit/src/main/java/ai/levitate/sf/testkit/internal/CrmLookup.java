package ai.levitate.sf.testkit.internal;

/** What the JSON writer needs to expand a contact's references. */
public interface CrmLookup {
  FieldSchema schema();

  /** The account with this Merge id, or null. */
  AccountRecord account(String id);

  /** The user with this Merge id, or null. */
  UserRecord user(String id);
}
