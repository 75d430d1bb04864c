package ai.levitate.sf.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Extended grapheme clusters, one rule of UAX #29 at a time, with the characters that show why Java
 * 17's {@code BreakIterator} is not enough.
 */
final class GraphemesTest {
  private static List<String> clusters(String text) {
    List<String> clusters = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int next = Graphemes.next(text, i);
      clusters.add(text.substring(i, next));
      i = next;
    }
    return clusters;
  }

  @Test
  void aLetterKeepsItsCombiningMarks() {
    assertThat(clusters("e\u0301a\u0308\u0323b")).containsExactly("e\u0301", "a\u0308\u0323", "b");
  }

  @Test
  void regionalIndicatorsPairIntoFlagsFromTheStartOfTheRun() {
    String us = "\uD83C\uDDFA\uD83C\uDDF8";
    String gb = "\uD83C\uDDEC\uD83C\uDDE7";
    String lone = "\uD83C\uDDEB";

    assertThat(clusters(us + gb + lone)).containsExactly(us, gb, lone);
    assertThat(clusters("a" + us + "b")).containsExactly("a", us, "b");
  }

  @Test
  void hangulJamoFormOneSyllable() {
    String han = "\u1112\u1161\u11AB"; // H, A, N: the syllable 한, decomposed
    String gul = "\u1100\u1173\u11AF";

    assertThat(clusters(han + gul)).containsExactly(han, gul);
    assertThat(clusters("\uD55C\u11AF")).containsExactly("\uD55C\u11AF"); // LV syllable takes a T
  }

  @Test
  void anIndicConjunctIsOneCharacter() {
    String ksha = "\u0915\u094D\u0937"; // क्ष: KA, VIRAMA, SSA
    String stra = "\u0938\u094D\u0924\u094D\u0930"; // स्त्र

    assertThat(clusters(ksha + "\u093E" + stra)).containsExactly(ksha + "\u093E", stra);
    assertThat(clusters("\u0915\u093F")).containsExactly("\u0915\u093F"); // a spacing vowel sign
  }

  @Test
  void aZwjEmojiSequenceWithModifiersIsOneCharacter() {
    String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    String thumbs = "\uD83D\uDC4D\uD83C\uDFFD";
    String keycap = "1\uFE0F\u20E3";
    String england =
        "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";

    assertThat(clusters(family + thumbs + keycap + england))
        .containsExactly(family, thumbs, keycap, england);
    assertThat(clusters("a\u200D\uD83D\uDC67")).containsExactly("a\u200D", "\uD83D\uDC67");
  }

  @Test
  void lineBreaksAndControlsStandAlone() {
    assertThat(clusters("a\r\nb\u0301\n\u0301"))
        .containsExactly("a", "\r\n", "b\u0301", "\n", "\u0301");
    assertThat(clusters("a\u200Bb")).containsExactly("a", "\u200B", "b");
  }

  @Test
  void aPrependedMarkJoinsWhatFollows() {
    assertThat(clusters("\u0600\u0661\u0662")).containsExactly("\u0600\u0661", "\u0662");
  }

  @Test
  void boundaryAtOrBeforeNeverFallsInsideACluster() {
    String flag = "\uD83C\uDDFA\uD83C\uDDF8";
    String text = "ab" + flag + "c";

    assertThat(Graphemes.boundaryAtOrBefore(text, 2)).isEqualTo(2);
    assertThat(Graphemes.boundaryAtOrBefore(text, 3)).isEqualTo(2);
    assertThat(Graphemes.boundaryAtOrBefore(text, 5)).isEqualTo(2);
    assertThat(Graphemes.boundaryAtOrBefore(text, 6)).isEqualTo(6);
    assertThat(Graphemes.boundaryAtOrBefore(text, 99)).isEqualTo(text.length());
    assertThat(Graphemes.count(text)).isEqualTo(4);
  }
}
