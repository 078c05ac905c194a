package nl.kroniek.store.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kroniek.store.analysis.Tokens.Token;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchAnalyzersTest {

  private static final Analyzer INDEX = new DutchIndexAnalyzer();
  private static final Analyzer QUERY = new DutchQueryAnalyzer();
  private static final Analyzer EXACT = new DutchExactAnalyzer();

  @Test
  void indexAddsCompoundPartsAtTheCompoundsPositionAndOffsets() {
    List<Token> tokens = Tokens.analyse(INDEX, "De veiligheidsdiensten staan op scherp.").tokens();
    assertThat(tokens).extracting(Token::term)
        .containsExactly("de", "veiligheidsdienst", "veilig", "dienst", "stan", "op", "scherp");
    assertThat(tokens).extracting(Token::positionIncrement).containsExactly(1, 1, 0, 0, 1, 1, 1);
    assertThat(tokens.subList(1, 4)).extracting(Token::start).containsOnly(3);
    assertThat(tokens.subList(1, 4)).extracting(Token::end).containsOnly(22);
  }

  @Test
  void queryIsTheIndexChainWithoutParts() {
    assertThat(Tokens.terms(QUERY, "De veiligheidsdiensten staan op scherp."))
        .containsExactly("de", "veiligheidsdienst", "stan", "op", "scherp");
    assertThat(Tokens.terms(QUERY, "Familieleden van IS-strijders in Syrië"))
        .isEqualTo(Tokens.analyse(INDEX, "Familieleden van IS-strijders in Syrië").tokens().stream()
            .filter(t -> t.positionIncrement() > 0).map(Token::term).toList());
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "Syrië, Syrie", "SYRIË, syrie", "Syrie\u0308, Syrië", "Irak, Iraks", "strijders, strijder",
    "Saoedi's, Saoedi", "auto's, auto", "diensten, dienst", "Zürich, zurich", "ĳzer, ijzer"
  })
  void foldsCaseDiacriticsAndInflectionAlikeOnBothSides(String a, String b) {
    assertThat(Tokens.terms(QUERY, a)).hasSize(1).isEqualTo(Tokens.terms(QUERY, b));
    assertThat(Tokens.terms(INDEX, a).get(0)).isEqualTo(Tokens.terms(QUERY, b).get(0));
  }

  @Test
  void tokenisesHyphensApostrophesAndNumbersTheDutchWay() {
    assertThat(Tokens.terms(QUERY, "IS-strijders")).containsExactly("is", "strijder");
    assertThat(Tokens.terms(QUERY, "Saoedi-Arabië")).containsExactly("saoedi", "arabie");
    assertThat(Tokens.terms(QUERY, "zo'n 3.500 strijders, 2,5 procent"))
        .containsExactly("zo'n", "3.500", "strijder", "2,5", "procent");
  }

  @Test
  void keepsStopWords() {
    assertThat(Tokens.terms(QUERY, "de IS en het kabinet")).containsExactly("de", "is", "en", "het", "kabinet");
  }

  @Test
  void exactFoldsCaseAndDiacriticsButNothingElse() {
    assertThat(Tokens.terms(EXACT, "IS-strijders in Syrië, veiligheidsdiensten, auto's"))
        .containsExactly("is", "strijders", "in", "syrie", "veiligheidsdiensten", "auto's");
  }

  @Test
  void namesAndDerivedWordsAreNotSplit() {
    assertThat(Tokens.terms(INDEX, "minister smokkelaars Amsterdam parlementariërs"))
        .containsExactly("minister", "smokkelar", "amsterdam", "parlementarier");
  }

  @Test
  void multiTermNormalisationFoldsWithoutStemming() {
    for (Analyzer analyzer : List.of(INDEX, QUERY, EXACT)) {
      assertThat(analyzer.normalize("text", "SYRIË")).isEqualTo(new BytesRef("syrie"));
      assertThat(analyzer.normalize("text", "Strijders")).isEqualTo(new BytesRef("strijders"));
    }
  }
}
