package nl.kroniek.nlp.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import nl.kroniek.nlp.Seeds;

/** The two seed articles (bundled with the demo). */
class SeedArticlesTest {

  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  /** The seed's text without its first-line {@code date YYYY-MM} marker. */
  private static String seed(String prefix) throws IOException {
    return Seeds.raw(prefix).replaceFirst("^\\s*date \\d{4}-\\d{2}\\s*", "");
  }

  private static Token token(List<Token> tokens, String text) {
    return tokens.stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no token " + text + " in " + tokens));
  }

  private List<String> sentenceTexts(String text, List<Token> tokens) {
    List<Sentence> sentences = splitter.split(tokens);
    Invariants.checkSentences(tokens, sentences, splitter.maxTokens());
    return sentences.stream().map(s -> s.text(text)).toList();
  }

  @Test
  void seed000TokensAndSentences() throws IOException {
    String text = seed("000");
    List<Token> tokens = tokenizer.tokenize(text);
    Invariants.checkTokens(text, tokens);

    assertThat(token(tokens, "IS-strijders").type()).isEqualTo(TokenType.WORD);
    assertThat(token(tokens, "zo'n").type()).isEqualTo(TokenType.WORD);
    assertThat(token(tokens, "massa's").type()).isEqualTo(TokenType.WORD);
    assertThat(token(tokens, "3.500").type()).isEqualTo(TokenType.NUMBER);
    assertThat(token(tokens, "Syriërs").isCapitalized()).isTrue();
    int door = 1;
    while (!(tokens.get(door).text().equals("door") && tokens.get(door + 1).is(','))) {
      door++;
    }
    assertThat(tokens.get(door - 1).quoteRole()).as("'door, met en via'").isEqualTo(QuoteRole.OPEN);
    assertThat(tokens.get(door - 1).isSingleQuote()).isTrue();
    assertThat(token(tokens, "Franse").paragraphStart()).isTrue();

    List<String> sentences = sentenceTexts(text, tokens);
    assertThat(sentences).hasSize(19).contains(
        "\"We wilden niet dat er iemand vertrok\", reageerde kolonel Ryan Dillon, woordvoerder van de westerse"
            + " coalitie tegen IS.",
        "Franse jihadisten",
        "Het komt aan op de Syriërs.",
        "Zij zijn degenen die vechten en sterven, zij mogen de beslissingen nemen met betrekking tot de"
            + " operaties.\"");
  }

  @Test
  void seed004TokensAndSentences() throws IOException {
    String text = seed("004");
    List<Token> tokens = tokenizer.tokenize(text);
    Invariants.checkTokens(text, tokens);

    assertThat(tokens.get(0).text()).isEqualTo("©");
    assertThat(tokens.get(0).type()).isEqualTo(TokenType.SYMBOL);
    int guardian = tokens.indexOf(token(tokens, "The"));
    assertThat(tokens.subList(guardian - 1, guardian + 3)).extracting(Token::text)
        .containsExactly("'", "The", "Guardian", "'");
    assertThat(tokens.get(guardian - 1).quoteRole()).isEqualTo(QuoteRole.OPEN);
    assertThat(tokens.get(guardian + 2).quoteRole()).isEqualTo(QuoteRole.CLOSE);
    for (String word : List.of("Saoedi-Arabië", "Zuid-Turkije", "26-jarige", "jihadi's", "IS-aanhangers",
        "al-Nusra", "Saoedi's", "reïntegratie")) {
      assertThat(token(tokens, word).type()).as(word).isEqualTo(TokenType.WORD);
    }
    assertThat(token(tokens, "2.000").type()).isEqualTo(TokenType.NUMBER);
    assertThat(token(tokens, "1.700").type()).isEqualTo(TokenType.NUMBER);
    Token dash = tokens.stream().filter(t -> t.is('-')).findFirst().orElseThrow();
    assertThat(dash.type()).as("a spaced dash").isEqualTo(TokenType.PUNCT);

    List<String> sentences = sentenceTexts(text, tokens);
    assertThat(sentences).hasSize(24).startsWith("© getty.").contains(
        "\"De meesten willen er weg\", verklaarde de 26-jarige man die zichzelf Abu Saad liet noemen.",
        "\"Velen beseffen dat IS hen in de val heeft gelokt.",
        "Anderen wantrouwen al-Nusra.\"",
        "Ze betaalden elk 2.000 dollar (omgerekend 1.700 euro) aan smokkelaars.",
        "Volgens de Britse krant 'The Guardian' betalen extremisten grof geld aan smokkelaars om hen over de"
            + " grens te loodsen.");
  }
}
