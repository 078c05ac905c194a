package nl.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenStreamTest {

  @Test
  void splitsWordsNumbersAndSymbolsWithExactOffsets() {
    TokenStream t = new TokenStream("Op 15-10-2017, zo'n\u00a0één");
    String[] texts = {"Op", "15", "-", "10", "-", "2017", ",", "zo", "'", "n", "één"};
    for (int i = 0; i < texts.length; i++) {
      assertThat(t.has(i)).isTrue();
      assertThat(t.text().substring(t.start(i), t.end(i))).isEqualTo(texts[i]);
    }
    assertThat(t.has(texts.length)).isFalse();
    assertThat(t.word(0)).isEqualTo("op");
    assertThat(t.number(1)).isEqualTo(15);
    assertThat(t.glued(2)).isTrue();
    assertThat(t.glued(1)).isFalse();
    assertThat(t.word(10)).isEqualTo("één");
  }

  @Test
  void longNumbersHaveNoValue() {
    TokenStream t = new TokenStream("1234567890123 42");
    assertThat(t.number(0)).isEqualTo(-1);
    assertThat(t.digits(0)).isEqualTo(13);
    assertThat(t.number(1)).isEqualTo(42);
  }

  @Test
  void oldTokensLeaveTheWindow() {
    TokenStream t = new TokenStream("a ".repeat(1000));
    assertThat(t.has(999)).isTrue();
    assertThat(t.has(0)).isFalse(); // evicted: callers only look a few tokens back
    assertThat(t.has(900)).isTrue();
  }

  @Test
  void sentenceStarts() {
    TokenStream t = new TokenStream("Hij kwam. \"Mei was mooi\" zei hij\nJuni ook");
    assertThat(t.sentenceStart(0)).isTrue();
    assertThat(t.sentenceStart(1)).isFalse();
    assertThat(t.sentenceStart(4)).isTrue(); // Mei, after a full stop and a quote
    assertThat(t.sentenceStart(5)).isFalse();
    assertThat(t.sentenceStart(10)).isTrue(); // Juni, after a line break
  }
}
