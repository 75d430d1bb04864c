package ai.levitate.sf.core.internal;

/**
 * Extended grapheme clusters (what a reader sees as one character: a letter with its accents, a
 * flag, a Hangul syllable, an Indic conjunct, an emoji with its modifiers and joiners), by the
 * rules of Unicode's UAX #29 as of Unicode 17. Java 17's {@code BreakIterator} splits several of
 * these, so cuts that must never split a character go through here.
 *
 * <p>Marks, controls and format characters are classed by the JDK's own character data ({@link
 * Character#getType}); the properties the JDK does not expose (emoji, prepended marks, Indic
 * conjunct consonants and linkers, Hangul syllable types) come from the Unicode 17 data tables
 * below. Where this approximates the standard it does so towards longer clusters: a cut may keep a
 * little less text, never split a character.
 */
public final class Graphemes {
  private Graphemes() {}

  /** Grapheme_Cluster_Break values. */
  private enum Kind {
    CR,
    LF,
    CONTROL,
    EXTEND,
    ZWJ,
    REGIONAL_INDICATOR,
    PREPEND,
    SPACING_MARK,
    L,
    V,
    T,
    LV,
    LVT,
    OTHER
  }

  /** Where the cluster that starts at {@code start} ends: the next boundary after it. */
  public static int next(CharSequence text, int start) {
    int length = text.length();
    if (start >= length) {
      return length;
    }
    int cp = Character.codePointAt(text, start);
    Kind prev = kind(cp);
    Cluster state = new Cluster(cp, prev);
    int i = start + Character.charCount(cp);
    while (i < length) {
      int next = Character.codePointAt(text, i);
      Kind kind = kind(next);
      if (breaks(prev, kind, next, state)) {
        return i;
      }
      state.add(next, kind);
      prev = kind;
      i += Character.charCount(next);
    }
    return length;
  }

  /**
   * The last cluster boundary at or before {@code index} (in UTF-16 units), so a cut there splits
   * nothing.
   */
  public static int boundaryAtOrBefore(CharSequence text, int index) {
    if (index >= text.length()) {
      return text.length();
    }
    int boundary = 0;
    while (true) {
      int next = next(text, boundary);
      if (next > index) {
        return boundary;
      }
      boundary = next;
    }
  }

  /** How many clusters {@code text} holds. */
  public static int count(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i = next(text, i)) {
      count++;
    }
    return count;
  }

  /** What the cluster read so far says about joining the next code point (GB9c, GB11, GB12-13). */
  private static final class Cluster {
    /** 1 after {@code ExtPict Extend*}, 2 after {@code ExtPict Extend* ZWJ}, else 0. */
    int emoji;

    /** 1 after an Indic conjunct consonant with extenders, 2 once a linker followed it, else 0. */
    int conjunct;

    int regionalIndicators;

    Cluster(int cp, Kind kind) {
      add(cp, kind);
    }

    void add(int cp, Kind kind) {
      if (extendedPictographic(cp)) {
        emoji = 1;
      } else if (emoji == 1 && kind == Kind.ZWJ) {
        emoji = 2;
      } else if (!(emoji == 1 && kind == Kind.EXTEND)) {
        emoji = 0;
      }
      if (in(INCB_CONSONANT, cp)) {
        conjunct = 1;
      } else if (conjunct > 0 && linker(cp)) {
        conjunct = 2;
      } else if (!(conjunct > 0 && (kind == Kind.EXTEND || kind == Kind.ZWJ))) {
        conjunct = 0;
      }
      regionalIndicators = kind == Kind.REGIONAL_INDICATOR ? regionalIndicators + 1 : 0;
    }
  }

  private static boolean breaks(Kind prev, Kind next, int cp, Cluster cluster) {
    if (prev == Kind.CR && next == Kind.LF) {
      return false; // GB3
    }
    if (control(prev) || control(next)) {
      return true; // GB4, GB5
    }
    if (prev == Kind.L
        && (next == Kind.L || next == Kind.V || next == Kind.LV || next == Kind.LVT)) {
      return false; // GB6
    }
    if ((prev == Kind.LV || prev == Kind.V) && (next == Kind.V || next == Kind.T)) {
      return false; // GB7
    }
    if ((prev == Kind.LVT || prev == Kind.T) && next == Kind.T) {
      return false; // GB8
    }
    if (next == Kind.EXTEND
        || next == Kind.ZWJ
        || next == Kind.SPACING_MARK
        || prev == Kind.PREPEND) {
      return false; // GB9, GB9a, GB9b
    }
    if (cluster.conjunct == 2 && in(INCB_CONSONANT, cp)) {
      return false; // GB9c
    }
    if (cluster.emoji == 2 && extendedPictographic(cp)) {
      return false; // GB11
    }
    // GB12, GB13: regional indicators pair up from the start of the run.
    return !(prev == Kind.REGIONAL_INDICATOR
        && next == Kind.REGIONAL_INDICATOR
        && cluster.regionalIndicators % 2 == 1);
  }

  private static boolean control(Kind kind) {
    return kind == Kind.CR || kind == Kind.LF || kind == Kind.CONTROL;
  }

  private static Kind kind(int cp) {
    if (cp < 0x7F) {
      return cp == '\r' ? Kind.CR : cp == '\n' ? Kind.LF : cp < 0x20 ? Kind.CONTROL : Kind.OTHER;
    }
    if (cp == 0x200D) {
      return Kind.ZWJ;
    }
    if (cp == 0x200C
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F)
        || in(OTHER_EXTEND, cp)) {
      return Kind.EXTEND; // ZWNJ, emoji modifiers, tags, Other_Grapheme_Extend
    }
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
      return Kind.REGIONAL_INDICATOR;
    }
    if (in(PREPEND, cp)) {
      return Kind.PREPEND;
    }
    Kind hangul = hangul(cp);
    if (hangul != null) {
      return hangul;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return Kind.CONTROL;
      case Character.NON_SPACING_MARK:
      case Character.ENCLOSING_MARK:
        return cp == 0x1171E ? Kind.SPACING_MARK : Kind.EXTEND; // a mark Unicode 14 made spacing
      case Character.COMBINING_SPACING_MARK:
        return in(NOT_SPACING_MARK, cp) ? Kind.OTHER : Kind.SPACING_MARK;
      case Character.UNASSIGNED:
        return (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0xE0000 && cp <= 0xE0FFF)
            ? Kind.CONTROL
            : Kind.OTHER; // default ignorables
      default:
        return cp == 0x0E33 || cp == 0x0EB3 ? Kind.SPACING_MARK : Kind.OTHER;
    }
  }

  private static Kind hangul(int cp) {
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0xA960 && cp <= 0xA97C)) {
      return Kind.L;
    }
    if ((cp >= 0x1160 && cp <= 0x11A7) || (cp >= 0xD7B0 && cp <= 0xD7C6)) {
      return Kind.V;
    }
    if ((cp >= 0x11A8 && cp <= 0x11FF) || (cp >= 0xD7CB && cp <= 0xD7FB)) {
      return Kind.T;
    }
    if (cp >= 0xAC00 && cp <= 0xD7A3) {
      return (cp - 0xAC00) % 28 == 0 ? Kind.LV : Kind.LVT;
    }
    return null;
  }

  private static boolean linker(int cp) {
    return in(INCB_LINKER, cp);
  }

  static boolean extendedPictographic(int cp) {
    return cp >= 0xA9 && in(EXTENDED_PICTOGRAPHIC, cp);
  }

  /**
   * Whether {@code cp} falls in one of the inclusive ranges {@code [start, end, start, end, ...]}.
   */
  private static boolean in(int[] ranges, int cp) {
    int low = 0;
    int high = ranges.length / 2 - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (cp < ranges[2 * mid]) {
        high = mid - 1;
      } else if (cp > ranges[2 * mid + 1]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  // Unicode 17 data (UCD GraphemeBreakProperty.txt, emoji-data.txt, DerivedCoreProperties.txt),
  // as inclusive code point ranges.

  /** Spacing marks that extend their cluster (Grapheme_Cluster_Break=Extend). */
  private static final int[] OTHER_EXTEND = {
    0x9BE, 0x9BE, 0x9D7, 0x9D7, 0xB3E, 0xB3E, 0xB57, 0xB57, 0xBBE, 0xBBE,
    0xBD7, 0xBD7, 0xCC0, 0xCC0, 0xCC2, 0xCC2, 0xCC7, 0xCC8, 0xCCA, 0xCCB,
    0xCD5, 0xCD6, 0xD3E, 0xD3E, 0xD57, 0xD57, 0xDCF, 0xDCF, 0xDDF, 0xDDF,
    0x1B35, 0x1B35, 0x1B3B, 0x1B3B, 0x1B3D, 0x1B3D, 0x1B43, 0x1B44, 0x1BAA, 0x1BAA,
    0x1BF2, 0x1BF3, 0x302E, 0x302F, 0xA953, 0xA953, 0xA9C0, 0xA9C0, 0xFF9E, 0xFF9F,
    0x111C0, 0x111C0, 0x11235, 0x11235, 0x1133E, 0x1133E, 0x1134D, 0x1134D, 0x11357, 0x11357,
    0x114B0, 0x114B0, 0x114BD, 0x114BD, 0x115AF, 0x115AF, 0x116B6, 0x116B6, 0x11930, 0x11930,
    0x1193D, 0x1193D, 0x16FF0, 0x16FF1, 0x1D165, 0x1D166, 0x1D16D, 0x1D172,
  };

  /** Spacing marks that do not attach to what precedes them (no Grapheme_Cluster_Break). */
  private static final int[] NOT_SPACING_MARK = {
    0x102B, 0x102C, 0x1038, 0x1038, 0x1062, 0x1064, 0x1067, 0x106D, 0x1083, 0x1083,
    0x1087, 0x108C, 0x108F, 0x108F, 0x109A, 0x109C, 0x1A61, 0x1A61, 0x1A63, 0x1A64,
    0xAA7B, 0xAA7B, 0xAA7D, 0xAA7D, 0x11720, 0x11721,
  };

  /** Indic_Conjunct_Break=Linker: the viramas that join consonants into one conjunct. */
  private static final int[] INCB_LINKER = {
    0x94D, 0x94D, 0x9CD, 0x9CD, 0xACD, 0xACD, 0xB4D, 0xB4D, 0xC4D, 0xC4D,
    0xD4D, 0xD4D, 0x1039, 0x1039, 0x17D2, 0x17D2, 0x1A60, 0x1A60, 0x1B44, 0x1B44,
    0x1BAB, 0x1BAB, 0xA9C0, 0xA9C0, 0xAAF6, 0xAAF6, 0x10A3F, 0x10A3F, 0x11133, 0x11133,
    0x113D0, 0x113D0, 0x1193E, 0x1193E, 0x11A47, 0x11A47, 0x11A99, 0x11A99, 0x11F42, 0x11F42,
  };

  /** Extended_Pictographic: emoji and the symbols emoji sequences may join. */
  private static final int[] EXTENDED_PICTOGRAPHIC = {
    0xA9, 0xA9, 0xAE, 0xAE, 0x203C, 0x203C, 0x2049, 0x2049, 0x2122, 0x2122,
    0x2139, 0x2139, 0x2194, 0x2199, 0x21A9, 0x21AA, 0x231A, 0x231B, 0x2328, 0x2328,
    0x23CF, 0x23CF, 0x23E9, 0x23F3, 0x23F8, 0x23FA, 0x24C2, 0x24C2, 0x25AA, 0x25AB,
    0x25B6, 0x25B6, 0x25C0, 0x25C0, 0x25FB, 0x25FE, 0x2600, 0x2604, 0x260E, 0x260E,
    0x2611, 0x2611, 0x2614, 0x2615, 0x2618, 0x2618, 0x261D, 0x261D, 0x2620, 0x2620,
    0x2622, 0x2623, 0x2626, 0x2626, 0x262A, 0x262A, 0x262E, 0x262F, 0x2638, 0x263A,
    0x2640, 0x2640, 0x2642, 0x2642, 0x2648, 0x2653, 0x265F, 0x2660, 0x2663, 0x2663,
    0x2665, 0x2666, 0x2668, 0x2668, 0x267B, 0x267B, 0x267E, 0x267F, 0x2692, 0x2697,
    0x2699, 0x2699, 0x269B, 0x269C, 0x26A0, 0x26A1, 0x26A7, 0x26A7, 0x26AA, 0x26AB,
    0x26B0, 0x26B1, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26C8, 0x26C8, 0x26CE, 0x26CF,
    0x26D1, 0x26D1, 0x26D3, 0x26D4, 0x26E9, 0x26EA, 0x26F0, 0x26F5, 0x26F7, 0x26FA,
    0x26FD, 0x26FD, 0x2702, 0x2702, 0x2705, 0x2705, 0x2708, 0x270D, 0x270F, 0x270F,
    0x2712, 0x2712, 0x2714, 0x2714, 0x2716, 0x2716, 0x271D, 0x271D, 0x2721, 0x2721,
    0x2728, 0x2728, 0x2733, 0x2734, 0x2744, 0x2744, 0x2747, 0x2747, 0x274C, 0x274C,
    0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2763, 0x2764, 0x2795, 0x2797,
    0x27A1, 0x27A1, 0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2934, 0x2935, 0x2B05, 0x2B07,
    0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x3030, 0x3030, 0x303D, 0x303D,
    0x3297, 0x3297, 0x3299, 0x3299, 0x1F004, 0x1F004, 0x1F02C, 0x1F02F, 0x1F094, 0x1F09F,
    0x1F0AF, 0x1F0B0, 0x1F0C0, 0x1F0C0, 0x1F0CF, 0x1F0D0, 0x1F0F6, 0x1F0FF, 0x1F170, 0x1F171,
    0x1F17E, 0x1F17F, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F1AE, 0x1F1E5, 0x1F201, 0x1F20F,
    0x1F21A, 0x1F21A, 0x1F22F, 0x1F22F, 0x1F232, 0x1F23A, 0x1F23C, 0x1F23F, 0x1F249, 0x1F25F,
    0x1F266, 0x1F321, 0x1F324, 0x1F393, 0x1F396, 0x1F397, 0x1F399, 0x1F39B, 0x1F39E, 0x1F3F0,
    0x1F3F3, 0x1F3F5, 0x1F3F7, 0x1F3FA, 0x1F400, 0x1F4FD, 0x1F4FF, 0x1F53D, 0x1F549, 0x1F54E,
    0x1F550, 0x1F567, 0x1F56F, 0x1F570, 0x1F573, 0x1F57A, 0x1F587, 0x1F587, 0x1F58A, 0x1F58D,
    0x1F590, 0x1F590, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A5, 0x1F5A8, 0x1F5A8, 0x1F5B1, 0x1F5B2,
    0x1F5BC, 0x1F5BC, 0x1F5C2, 0x1F5C4, 0x1F5D1, 0x1F5D3, 0x1F5DC, 0x1F5DE, 0x1F5E1, 0x1F5E1,
    0x1F5E3, 0x1F5E3, 0x1F5E8, 0x1F5E8, 0x1F5EF, 0x1F5EF, 0x1F5F3, 0x1F5F3, 0x1F5FA, 0x1F64F,
    0x1F680, 0x1F6C5, 0x1F6CB, 0x1F6D2, 0x1F6D5, 0x1F6E5, 0x1F6E9, 0x1F6E9, 0x1F6EB, 0x1F6F0,
    0x1F6F3, 0x1F6FF, 0x1F7DA, 0x1F7FF, 0x1F80C, 0x1F80F, 0x1F848, 0x1F84F, 0x1F85A, 0x1F85F,
    0x1F888, 0x1F88F, 0x1F8AE, 0x1F8AF, 0x1F8BC, 0x1F8BF, 0x1F8C2, 0x1F8CF, 0x1F8D9, 0x1F8FF,
    0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA58, 0x1FA5F, 0x1FA6E, 0x1FAFF,
    0x1FC00, 0x1FFFD,
  };

  /** Prepended concatenation marks and other characters that join what follows them. */
  private static final int[] PREPEND = {
    0x600, 0x605, 0x6DD, 0x6DD, 0x70F, 0x70F, 0x890, 0x891, 0x8E2, 0x8E2,
    0xD4E, 0xD4E, 0x110BD, 0x110BD, 0x110CD, 0x110CD, 0x111C2, 0x111C3, 0x113D1, 0x113D1,
    0x1193F, 0x1193F, 0x11941, 0x11941, 0x11A84, 0x11A89, 0x11D46, 0x11D46, 0x11F02, 0x11F02,
  };

  /** Indic_Conjunct_Break=Consonant. */
  private static final int[] INCB_CONSONANT = {
    0x915, 0x939, 0x958, 0x95F, 0x978, 0x97F, 0x995, 0x9A8, 0x9AA, 0x9B0,
    0x9B2, 0x9B2, 0x9B6, 0x9B9, 0x9DC, 0x9DD, 0x9DF, 0x9DF, 0x9F0, 0x9F1,
    0xA95, 0xAA8, 0xAAA, 0xAB0, 0xAB2, 0xAB3, 0xAB5, 0xAB9, 0xAF9, 0xAF9,
    0xB15, 0xB28, 0xB2A, 0xB30, 0xB32, 0xB33, 0xB35, 0xB39, 0xB5C, 0xB5D,
    0xB5F, 0xB5F, 0xB71, 0xB71, 0xC15, 0xC28, 0xC2A, 0xC39, 0xC58, 0xC5A,
    0xD15, 0xD3A, 0x1000, 0x102A, 0x103F, 0x103F, 0x1050, 0x1055, 0x105A, 0x105D,
    0x1061, 0x1061, 0x1065, 0x1066, 0x106E, 0x1070, 0x1075, 0x1081, 0x108E, 0x108E,
    0x1780, 0x17B3, 0x1A20, 0x1A54, 0x1B0B, 0x1B0C, 0x1B13, 0x1B33, 0x1B45, 0x1B4C,
    0x1B83, 0x1BA0, 0x1BAE, 0x1BAF, 0x1BBB, 0x1BBD, 0xA989, 0xA98B, 0xA98F, 0xA9B2,
    0xA9E0, 0xA9E4, 0xA9E7, 0xA9EF, 0xA9FA, 0xA9FE, 0xAA60, 0xAA6F, 0xAA71, 0xAA73,
    0xAA7A, 0xAA7A, 0xAA7E, 0xAA7F, 0xAAE0, 0xAAEA, 0xABC0, 0xABDA, 0x10A00, 0x10A00,
    0x10A10, 0x10A13, 0x10A15, 0x10A17, 0x10A19, 0x10A35, 0x11103, 0x11126, 0x11144, 0x11144,
    0x11147, 0x11147, 0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5,
    0x11900, 0x11906, 0x11909, 0x11909, 0x1190C, 0x11913, 0x11915, 0x11916, 0x11918, 0x1192F,
    0x11A00, 0x11A00, 0x11A0B, 0x11A32, 0x11A50, 0x11A50, 0x11A5C, 0x11A83, 0x11F04, 0x11F10,
    0x11F12, 0x11F33,
  };
}
