package ai.levitate.sf.core.internal;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Text rules shared across the library: what counts as a value, one line, and cuts that never break
 * a character.
 */
public final class Texts {
  public static final String ELLIPSIS = "...";
  private static final char SOFT_HYPHEN = '\u00AD';
  private static final char ZWJ = '\u200D';
  private static final char ZWNJ = '\u200C';

  private Texts() {}

  /**
   * The value without surrounding white space; empty when absent or blank. The transform and the
   * sync engine both read a contact's Salesforce id through it, so they key the contact alike.
   */
  public static Optional<String> trimmed(Optional<String> value) {
    return value.map(String::strip).filter(s -> !s.isEmpty());
  }

  /**
   * Trims and collapses every run of white space, and control characters, which a single line
   * cannot show, into one space. Returns the empty string for a blank value.
   */
  public static String oneLine(String value) {
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
   * Text as Levitate shows a name, title, company or tag: in NFC; white space, line breaks,
   * controls, no-break spaces and format characters (zero-width space, byte order mark, bidi marks,
   * word joiner, Hangul fillers) count as blank, so they are dropped at the ends and each run of
   * them inside becomes one space. Joiners inside a character (an emoji sequence, an Indic
   * conjunct) stay; a soft hyphen, which only marks where a word may break, is dropped. Returns the
   * empty string for a blank value.
   */
  public static String clean(String value) {
    if (plain(value)) {
      return oneLine(value);
    }
    String text =
        Normalizer.isNormalized(value, Normalizer.Form.NFC)
            ? value
            : Normalizer.normalize(value, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int start = 0; start < text.length(); ) {
      int end = Graphemes.next(text, start);
      if (text.charAt(start) == SOFT_HYPHEN && end == start + 1) {
        start = end;
        continue;
      }
      if (blankCluster(text, start, end)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(text, start, end);
      }
      start = end;
    }
    // A joiner at the very end joins nothing.
    int end = out.length();
    while (end > 0 && (out.charAt(end - 1) == ZWJ || out.charAt(end - 1) == ZWNJ)) {
      end--;
    }
    out.setLength(end);
    return out.toString();
  }

  /**
   * Whether every character of {@code text} is printable Latin (up to U+02FF, below the combining
   * marks) or an ASCII space: such text is in NFC and each character is a cluster of its own, so
   * cleaning it only trims and collapses spaces. Most names and picklist values are.
   */
  private static boolean plain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == SOFT_HYPHEN || c >= 0x300) {
        return false;
      }
    }
    return true;
  }

  /** Whether a cluster is a blank character with, at most, marks or joiners on it. */
  private static boolean blankCluster(String text, int start, int end) {
    if (!blank(text.codePointAt(start))) {
      return false;
    }
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (!blank(cp) && !mark(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** White space, controls, separators, format characters and the invisible Hangul fillers. */
  static boolean blank(int cp) {
    if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x3164
        || cp == 0xFFA0;
  }

  private static boolean mark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || (cp >= 0x1F3FB && cp <= 0x1F3FF);
  }

  /**
   * Cuts a tag longer than {@code max} code points to at most {@code max - 3} and appends {@code
   * ...}, between two characters as a reader sees them (never inside a flag, an emoji sequence, a
   * Hangul syllable, an Indic conjunct or a letter with its marks), with no space before the {@code
   * ...}.
   */
  public static String cutTag(String tag, int max) {
    if (tag.codePointCount(0, tag.length()) <= max) {
      return tag;
    }
    int end = Graphemes.boundaryAtOrBefore(tag, tag.offsetByCodePoints(0, max - ELLIPSIS.length()));
    return tag.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /**
   * The longest start of {@code text} within {@code max} UTF-16 chars (as Salesforce counts a
   * field's length) that ends between two characters as a reader sees them.
   */
  public static String cutToLength(String text, int max) {
    return text.length() <= max ? text : text.substring(0, Graphemes.boundaryAtOrBefore(text, max));
  }

  /**
   * Cuts {@code text} longer than {@code max} code points to {@code max - 3} and appends {@code
   * ...}. Cuts fall between code points, so a surrogate pair is never split, and a cut that would
   * separate a character from the marks, joiners or modifiers that belong to it moves back to
   * before that character.
   */
  public static String cutCodePoints(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, backOff(text, text.offsetByCodePoints(0, max - ELLIPSIS.length())))
        + ELLIPSIS;
  }

  /** Like {@link #cutCodePoints} but counting UTF-16 chars, as Salesforce counts field lengths. */
  public static String cutChars(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return prefixChars(text, max - ELLIPSIS.length()) + ELLIPSIS;
  }

  /**
   * The longest start of {@code text} within {@code max} UTF-16 chars that ends between characters.
   */
  private static String prefixChars(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max;
    if (end > 0
        && Character.isLowSurrogate(text.charAt(end))
        && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, backOff(text, end));
  }

  /** UTF-8 bytes {@code text} takes. */
  public static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * The longest start of {@code text} within {@code maxBytes} of UTF-8 that ends between
   * characters.
   */
  public static String prefixUtf8(String text, int maxBytes) {
    if (utf8Length(text) <= maxBytes) {
      return text;
    }
    int bytes = 0;
    int end = 0;
    while (end < text.length()) {
      int cp = text.codePointAt(end);
      int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (bytes + size > maxBytes) {
        break;
      }
      bytes += size;
      end += Character.charCount(cp);
    }
    return text.substring(0, backOff(text, end));
  }

  private static int backOff(String text, int end) {
    while (end > 0
        && (attachesToPrevious(text.codePointAt(end)) || text.codePointBefore(end) == 0x200D)) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return end;
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
}
