package nl.kroniek.store.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.kroniek.lexicon.Decompounder;
import nl.kroniek.lexicon.WordList;
import nl.kroniek.store.analysis.Tokens.Token;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.junit.jupiter.api.Test;

class DecompoundFilterTest {

  private static final Decompounder SMALL = new Decompounder(
      WordList.of(List.of("water", "toren", "watertoren", "molen", "stand", "huis", "dak")),
      WordList.of(List.of()));

  /** Whitespace tokens straight into the filter, optionally protecting some words as keywords. */
  private static Analyzer filterOnly(Decompounder decompounder, int minLength, String... keywords) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new WhitespaceTokenizer();
        TokenStream ts = new SetKeywordMarkerFilter(tokenizer, new CharArraySet(List.of(keywords), false));
        return new TokenStreamComponents(tokenizer, new DecompoundFilter(ts, decompounder, minLength));
      }
    };
  }

  @Test
  void emitsTheWordThenItsPartsAtTheSamePositionWithTheWordsOffsets() {
    List<Token> tokens = Tokens.analyse(filterOnly(SMALL, 7), "de watertoren staat").tokens();
    assertThat(tokens).extracting(Token::term)
        .containsExactly("de", "watertoren", "water", "toren", "staat");
    assertThat(tokens).extracting(Token::positionIncrement).containsExactly(1, 1, 0, 0, 1);
    assertThat(tokens).extracting(Token::start).containsExactly(0, 3, 3, 3, 14);
    assertThat(tokens).extracting(Token::end).containsExactly(2, 13, 13, 13, 19);
    assertThat(tokens).extracting(Token::positionLength).containsOnly(1);
    assertThat(tokens.get(1).type()).isEqualTo("word");
    assertThat(tokens.get(2).type()).isEqualTo(DecompoundFilter.PART_TYPE);
    assertThat(tokens.get(3).type()).isEqualTo(DecompoundFilter.PART_TYPE);
  }

  @Test
  void leavesKeywordsShortTokensAndTokensWithDigitsAlone() {
    assertThat(Tokens.terms(filterOnly(SMALL, 7, "watertoren"), "watertoren watermolen"))
        .containsExactly("watertoren", "watermolen", "water", "molen");
    assertThat(Tokens.terms(filterOnly(SMALL, 11), "watertoren watermolen"))
        .containsExactly("watertoren", "watermolen");
    assertThat(Tokens.terms(filterOnly(SMALL, 7), "water2toren huisdak"))
        .containsExactly("water2toren", "huisdak", "huis", "dak");
  }

  @Test
  void startsCleanAfterReuse() {
    Analyzer analyzer = filterOnly(SMALL, 7);
    assertThat(Tokens.terms(analyzer, "watertoren")).containsExactly("watertoren", "water", "toren");
    assertThat(Tokens.terms(analyzer, "molen")).containsExactly("molen");
    assertThat(Tokens.terms(analyzer, "waterstand")).containsExactly("waterstand", "water", "stand");
  }

  @Test
  void usesTheDutchDecompounderOnRealWords() {
    assertThat(Tokens.terms(filterOnly(Decompounder.dutch(), 7), "veiligheidsdiensten smokkelaars"))
        .containsExactly("veiligheidsdiensten", "veiligheid", "diensten", "smokkelaars");
  }

  @Test
  void checksItsArguments() {
    WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
    assertThatThrownBy(() -> new DecompoundFilter(tokenizer, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new DecompoundFilter(tokenizer, SMALL, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
