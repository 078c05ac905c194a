package nl.kroniek.nlp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tokens built from pre-tokenised input (CoNLL) use the same type as the tokenizer's. */
class TokensTest {

  @Test
  void wordsAreJoinedBySpacesAndTypedAsTheTokenizerWould() {
    List<String> words = List.of("Dhr.", "Dillon", "zag", "3.500", "IS-strijders", "in", "'s-Hertogenbosch", "\"",
        "Ja", "\"", ".");
    TokenizedText result = Tokens.fromWords(words);

    assertThat(result.text()).isEqualTo("Dhr. Dillon zag 3.500 IS-strijders in 's-Hertogenbosch \" Ja \" .");
    assertThat(result.tokens()).extracting(Token::text).containsExactlyElementsOf(words);
    assertThat(result.tokens()).extracting(Token::type).containsExactly(TokenType.ABBREVIATION, TokenType.WORD,
        TokenType.WORD, TokenType.NUMBER, TokenType.WORD, TokenType.WORD, TokenType.WORD, TokenType.QUOTE,
        TokenType.WORD, TokenType.QUOTE, TokenType.PUNCT);
    Invariants.checkTokens(result.text(), result.tokens());
    assertThat(result.tokens().get(4).hasHyphen()).isTrue();
    assertThat(result.tokens().get(7).quoteRole()).isEqualTo(QuoteRole.AMBIGUOUS);
  }

  @Test
  void aWordTheTokenizerWouldSplitStaysOneTokenTypedByItsFirstChar() {
    TokenizedText result = Tokens.fromWords(List.of("Hij.", "1990–1995", "“Ja", "(a)", "€5"));
    assertThat(result.tokens()).extracting(Token::text).containsExactly("Hij.", "1990–1995", "“Ja", "(a)", "€5");
    assertThat(result.tokens()).extracting(Token::type).containsExactly(TokenType.WORD, TokenType.NUMBER,
        TokenType.QUOTE, TokenType.PUNCT, TokenType.SYMBOL);
    Invariants.checkTokens(result.text(), result.tokens());
  }

  @Test
  void sentencesAreSeparatedByBlankLinesSoTheSplitterKeepsThem() {
    TokenizedText result = Tokens.fromSentences(List.of(List.of("de", "man", "liep"), List.of(),
        List.of("Het", "huis", "."), List.of("zonder", "punt")));
    List<Sentence> sentences = new SentenceSplitter().split(result.tokens());

    assertThat(sentences).extracting(s -> s.text(result.text()))
        .containsExactly("de man liep", "Het huis .", "zonder punt");
    assertThat(result.tokens().get(3).paragraphStart()).isTrue();
    assertThat(result.tokens().get(4).paragraphStart()).isFalse();
    assertThat(result.tokens().get(4).whitespaceBefore()).isTrue();
  }

  @Test
  void emptyInputGivesEmptyTextAndBadWordsAreRejected() {
    assertThat(Tokens.fromWords(List.of()).text()).isEmpty();
    assertThat(Tokens.fromWords(List.of()).tokens()).isEmpty();
    assertThatThrownBy(() -> Tokens.fromWords(List.of("a", ""))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tokens.fromWords(List.of("a b"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tokens.fromWords(List.of("a\n"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tokens.fromWords(Arrays.asList("a", null))).isInstanceOf(NullPointerException.class);
  }
}
