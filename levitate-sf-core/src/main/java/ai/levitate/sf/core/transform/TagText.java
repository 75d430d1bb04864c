package ai.levitate.sf.core.transform;

import ai.levitate.sf.core.internal.Texts;
import ai.levitate.sf.core.model.LevitateContact;

/** Tag text rules: white space collapsed, and at most 60 code points with {@code ...} at a cut. */
final class TagText {
  private TagText() {}

  /** Trims and collapses white space and control characters; empty for a blank value. */
  static String clean(String value) {
    return Texts.oneLine(value);
  }

  /** Cuts a tag longer than 60 code points to 57 plus {@code ...}, never inside a character. */
  static String cut(String tag) {
    return Texts.cutCodePoints(tag, LevitateContact.MAX_TAG_LENGTH);
  }
}
