package ai.levitate.sf.core.internal;

/**
 * Salesforce record ids: 15 case-sensitive characters, or those 15 plus a 3-character suffix that
 * encodes their case, which makes the 18-character form safe to compare without regard to case.
 * Both forms name the same record; {@link #shortForm} is the key under which they match.
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
   * characters that encode which of its letters are upper case. An 18-character id in any case is
   * returned in the case its suffix encodes; anything else is returned as is.
   */
  public static String longForm(String id) {
    if (id != null && id.length() == 18 && !suffixed(id)) {
      return id;
    }
    String key = shortForm(id);
    if (key == null || key.length() != 15 || !isId(key)) {
      return id;
    }
    StringBuilder out = new StringBuilder(18).append(key);
    for (int chunk = 0; chunk < 3; chunk++) {
      int flags = 0;
      for (int i = 0; i < 5; i++) {
        char c = key.charAt(chunk * 5 + i);
        if (c >= 'A' && c <= 'Z') {
          flags |= 1 << i;
        }
      }
      out.append(SUFFIX_CHARS.charAt(flags));
    }
    return out.toString();
  }

  /**
   * The 15-character form, under which both forms of one id compare equal. An 18-character id's
   * suffix encodes the case of its first 15 characters, so it matches whatever case it arrives in;
   * a 15-character id is case-sensitive and returned as is.
   */
  public static String shortForm(String id) {
    if (id == null || id.length() != 18 || !isId(id)) {
      return id;
    }
    if (!suffixed(id)) {
      return id.substring(0, 15); // not a suffix Salesforce writes: keep the case as sent
    }
    char[] key = id.substring(0, 15).toCharArray();
    for (int chunk = 0; chunk < 3; chunk++) {
      int flags = SUFFIX_CHARS.indexOf(Character.toUpperCase(id.charAt(15 + chunk)));
      for (int i = 0; i < 5; i++) {
        char c = key[chunk * 5 + i];
        if (Character.isLetter(c)) {
          key[chunk * 5 + i] =
              (flags & (1 << i)) != 0 ? Character.toUpperCase(c) : Character.toLowerCase(c);
        }
      }
    }
    return new String(key);
  }

  private static boolean suffixed(String id) {
    for (int i = 15; i < 18; i++) {
      if (SUFFIX_CHARS.indexOf(Character.toUpperCase(id.charAt(i))) < 0) {
        return false;
      }
    }
    return true;
  }
}
