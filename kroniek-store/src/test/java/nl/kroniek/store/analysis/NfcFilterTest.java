package nl.kroniek.store.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kroniek.store.analysis.Tokens.Token;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

class NfcFilterTest {

  private static final Analyzer NFC = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer tokenizer = new WhitespaceTokenizer();
      return new TokenStreamComponents(tokenizer, new NfcFilter(tokenizer));
    }
  };

  @Test
  void composesCombiningMarksAndKeepsOffsetsOfTheOriginal() {
    String decomposed = "Syrie\u0308 cafe\u0301 Syrië";
    List<Token> tokens = Tokens.analyse(NFC, decomposed).tokens();
    assertThat(tokens).extracting(Token::term).containsExactly("Syrië", "café", "Syrië");
    assertThat(tokens.get(0).end()).isEqualTo(6); // six chars in the input, five in the term
    assertThat(tokens.get(1).start()).isEqualTo(7);
  }

  @Test
  void leavesTextThatIsAlreadyNormalisedAlone() {
    assertThat(Tokens.terms(NFC, "ĳzer Zürich 😀 ∑")).containsExactly("ĳzer", "Zürich", "😀", "∑");
  }
}
