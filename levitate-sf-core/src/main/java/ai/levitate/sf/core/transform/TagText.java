package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.LevitateContact;

/**
 * Tag text rules: NFC, blanks (white space, no-break spaces, format characters) collapsed, and at
 * most 60 code points with {@code ...} at a cut between two characters as a reader sees them.
 */
final class TagText {
  private TagText() {}

  /** See {@link Texts#clean}; empty for a blank value. */
  static String clean(String value) {
    return Texts.clean(value);
  }

  /**
   * Cuts a tag longer than 60 code points to at most 57 plus {@code ...}, see {@link Texts#cutTag}.
   */
  static String cut(String tag) {
    return Texts.cutTag(tag, LevitateContact.MAX_TAG_LENGTH);
  }
}
