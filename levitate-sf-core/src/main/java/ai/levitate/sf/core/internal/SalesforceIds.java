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

  private static final String SUFFIX_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";

  /**
   * The 18-character form, which Merge and the Salesforce API use: the 15-character id plus three
   * characters that encode which of its letters are upper case. Anything else is returned as is.
   */
  public static String longForm(String id) {
    if (id == null || id.length() != 15 || !isId(id)) {
      return id;
    }
    StringBuilder out = new StringBuilder(18).append(id);
    for (int chunk = 0; chunk < 3; chunk++) {
      int flags = 0;
      for (int i = 0; i < 5; i++) {
        char c = id.charAt(chunk * 5 + i);
        if (c >= 'A' && c <= 'Z') {
          flags |= 1 << i;
        }
      }
      out.append(SUFFIX_CHARS.charAt(flags));
    }
    return out.toString();
  }

  /** The 15-character form, under which both forms of one id compare equal. */
  public static String shortForm(String id) {
    return id.length() == 18 && isId(id) ? id.substring(0, 15) : id;
  }
}
