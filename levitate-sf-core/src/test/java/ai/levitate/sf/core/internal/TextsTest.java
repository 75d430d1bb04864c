package ai.levitate.sf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TextsTest {
  @Test
  void cleanNormalisesToNfc() {
    assertThat(Texts.clean("Zoe\u0308 Cafe\u0301")).isEqualTo("Zo\u00EB Caf\u00E9");
  }

  @Test
  void noBreakSpacesAndFormatCharactersAreBlankAtTheEndsAndCollapseInside() {
    assertThat(Texts.clean("\u00A0\u200BMargaret\u2060\u00A0 O'Neill\uFEFF\u202F"))
        .isEqualTo("Margaret O'Neill");
    assertThat(Texts.clean("Chief\u2003\u200E\tOfficer\r\n")).isEqualTo("Chief Officer");
    assertThat(Texts.clean("\u3164")).isEmpty(); // a Hangul filler shows nothing
    assertThat(Texts.clean("\u200B\u200D\uFEFF \u00A0")).isEmpty();
  }

  @Test
  void joinersInsideACharacterStayAndAtTheEndsGo() {
    String family = "\uD83D\uDC69\u200D\uD83D\uDC67";
    String ksha = "\u0915\u094D\u200D\u0937";

    assertThat(Texts.clean(" " + family + " ")).isEqualTo(family);
    assertThat(Texts.clean(ksha)).isEqualTo(ksha);
    assertThat(Texts.clean("\u200DAda\u200C")).isEqualTo("Ada");
  }

  @Test
  void aSoftHyphenIsDroppedNotMadeASpace() {
    assertThat(Texts.clean("co\u00ADoperate")).isEqualTo("cooperate");
  }

  @Test
  void aTagCutNeverSplitsACharacterNorLeavesASpaceBeforeTheEllipsis() {
    String flag = "\uD83C\uDDFA\uD83C\uDDF8";
    // 55 code points, then a flag of two: the cut at 57 falls just after the flag.
    assertThat(Texts.cutTag("a".repeat(55) + flag + "bcdef", 60))
        .isEqualTo("a".repeat(55) + flag + "...");
    // 56 code points, then a flag: the cut at 57 would split it, so the flag goes.
    assertThat(Texts.cutTag("a".repeat(56) + flag + "bcdef", 60)).isEqualTo("a".repeat(56) + "...");
    assertThat(Texts.cutTag("a".repeat(56) + " " + "b".repeat(10), 60))
        .isEqualTo("a".repeat(56) + "...");
    assertThat(Texts.cutTag("short", 60)).isEqualTo("short");
  }

  @Test
  void cutToLengthCountsUtf16UnitsAndEndsBetweenCharacters() {
    assertThat(Texts.cutToLength("abc\u0915\u094D\u0937", 5)).isEqualTo("abc");
    assertThat(Texts.cutToLength("ab\uD83D\uDC4D", 3)).isEqualTo("ab");
    assertThat(Texts.cutToLength("abc", 3)).isEqualTo("abc");
  }
}
