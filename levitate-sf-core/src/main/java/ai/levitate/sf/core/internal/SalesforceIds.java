package ai.levitate.sf.core.internal;

/**
 * Salesforce record ids: 15 case-sensitive characters, or those 15 plus a 3-character suffix that
 * makes them safe to compare without regard to case. Both forms name the same record.
 */
public final class SalesforceIds {
  private SalesforceIds() {}

  public static boolean isId(String id) {
    if (id == null || (id.length() != 15 && id.length() != 18)) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code id} looks like a User id (key prefix {@code 005}). */
  public static boolean isUserId(String id) {
    return isId(id) && id.startsWith("005");
  }

  /** The 15-character form, under which both forms of one id compare equal. */
  public static String shortForm(String id) {
    return id.length() == 18 && isId(id) ? id.substring(0, 15) : id;
  }
}
