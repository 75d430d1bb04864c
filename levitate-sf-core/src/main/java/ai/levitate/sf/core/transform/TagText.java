package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.model.LevitateContact;

/** Tag text rules: white space collapsed, and at most 60 code points with {@code ...} at a cut. */
final class TagText {
  private static final String ELLIPSIS = "...";
  private static final int KEEP = LevitateContact.MAX_TAG_LENGTH - ELLIPSIS.length();

  private TagText() {}

  /**
   * Trims, collapses every run of white space (and control characters, which a tag cannot show)
   * into one space. Returns the empty string for a blank value.
   */
  static String clean(String value) {
    StringBuilder out = new StringBuilder(value.length());
    boolean pendingSpace = false;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  /**
   * Cuts a tag longer than 60 code points to 57 plus {@code ...}. Cuts fall between code points, so
   * a surrogate pair is never split; a cut that would separate a character from the marks, joiners
   * or modifiers that belong to it moves back to before that character.
   */
  static String cut(String tag) {
    int length = tag.codePointCount(0, tag.length());
    if (length <= LevitateContact.MAX_TAG_LENGTH) {
      return tag;
    }
    int end = tag.offsetByCodePoints(0, KEEP);
    while (end > 0 && (attachesToPrevious(tag.codePointAt(end)) || joinsNext(tag.codePointBefore(end)))) {
      end -= Character.charCount(tag.codePointBefore(end));
    }
    return tag.substring(0, end) + ELLIPSIS;
  }

  private static boolean attachesToPrevious(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || cp == 0x200D
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  private static boolean joinsNext(int cp) {
    return cp == 0x200D;
  }
}
