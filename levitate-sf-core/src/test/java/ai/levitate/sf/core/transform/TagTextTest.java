package ai.levitate.sf.core.transform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TagTextTest {
  @Test
  void cleanCollapsesWhiteSpaceAndControlCharacters() {
    assertThat(TagText.clean("  Fly\u00A0\u00A0fishing\t\u0000 in\r\nspring  "))
        .isEqualTo("Fly fishing in spring");
    assertThat(TagText.clean(" \t\n ")).isEmpty();
  }

  @Test
  void cutLeavesShortTagsAlone() {
    String sixty = "t".repeat(60);
    assertThat(TagText.cut(sixty)).isSameAs(sixty);
  }

  @Test
  void cutCountsCodePointsNotChars() {
    // 60 emoji are 120 UTF-16 chars but 60 code points: no cut.
    String emoji = "\uD83C\uDF89".repeat(60);
    assertThat(TagText.cut(emoji)).isEqualTo(emoji);

    String longer = "\uD83C\uDF89".repeat(61);
    assertThat(TagText.cut(longer)).isEqualTo("\uD83C\uDF89".repeat(57) + "...");
  }

  @Test
  void cutNeverSeparatesASkinToneModifierFromItsEmoji() {
    // Code points 56 and 57 are a thumbs-up; the 58th is its skin-tone modifier.
    String tag = "p".repeat(56) + "\uD83D\uDC4D\uD83C\uDFFD" + "q".repeat(10);
    assertThat(TagText.cut(tag)).isEqualTo("p".repeat(56) + "...");
  }

  @Test
  void cutNeverEndsOnAZeroWidthJoiner() {
    // Family emoji: man, ZWJ, woman. The 57th code point is the joiner.
    String tag = "f".repeat(55) + "\uD83D\uDC68\u200D\uD83D\uDC69" + "g".repeat(10);
    assertThat(TagText.cut(tag)).isEqualTo("f".repeat(55) + "...");
  }

  @Test
  void cutKeepsACombiningAccentWithItsLetter() {
    // "e" + combining acute as the 57th and 58th code points.
    String tag = "h".repeat(56) + "e\u0301" + "i".repeat(10);
    assertThat(TagText.cut(tag)).isEqualTo("h".repeat(56) + "...");
  }
}
