package nl.kroniek.nlp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Token flags, layout information, offsets and the tokenizer's API; the token table is in TokenizerCasesTest. */
class TokenizerTest {

  private final Tokenizer tokenizer = new Tokenizer();

  private Token only(String text) {
    List<Token> tokens = tokenizer.tokenize(text);
    assertThat(tokens).hasSize(1);
    return tokens.get(0);
  }

  private Token find(List<Token> tokens, String text) {
    return tokens.stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void offsetsPointIntoTheOriginalTextWithoutNormalising() {
    String text = "  “Zo’n 3.500 IS-strijders”,\tzei\u00A0dhr. J.P. Dillon…";
    List<Token> tokens = tokenizer.tokenize(text);

    assertThat(tokens).extracting(Token::text)
        .containsExactly("“", "Zo’n", "3.500", "IS-strijders", "”", ",", "zei", "dhr.", "J.P.", "Dillon", "…");
    for (Token t : tokens) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    assertThat(tokens.get(0).start()).isEqualTo(2);
    assertThat(tokens.get(1).normalized()).isEqualTo("Zo'n");
    assertThat(tokens.get(1).text()).isEqualTo("Zo’n");
  }

  @Test
  void caseDigitHyphenAndApostropheFlagsArePrecomputed() {
    Token compound = only("IS-strijders");
    assertThat(compound.isCapitalized()).isTrue();
    assertThat(compound.isAllCaps()).isFalse();
    assertThat(compound.hasHyphen()).isTrue();
    assertThat(compound.hasDigit()).isFalse();
    assertThat(compound.hasLetter()).isTrue();

    Token acronym = only("NAVO");
    assertThat(acronym.isCapitalized()).isTrue();
    assertThat(acronym.isAllCaps()).isTrue();

    Token age = only("26-jarige");
    assertThat(age.isCapitalized()).isFalse();
    assertThat(age.hasDigit()).isTrue();
    assertThat(age.hasHyphen()).isTrue();

    Token elision = only("'s-Hertogenbosch");
    assertThat(elision.hasApostrophe()).isTrue();
    assertThat(elision.isCapitalized()).as("the first char is the apostrophe").isFalse();

    Token number = only("3.500");
    assertThat(number.hasLetter()).isFalse();
    assertThat(number.isAllCaps()).isFalse();
    assertThat(number.hasDigit()).isTrue();

    Token cyrillic = only("Москва");
    assertThat(cyrillic.isCapitalized()).isTrue();
    Token arabic = only("القاهرة");
    assertThat(arabic.isCapitalized()).isFalse();
    assertThat(arabic.isAllCaps()).as("no cased letters").isFalse();
    assertThat(arabic.hasLetter()).isTrue();
  }

  @Test
  void whitespaceLineAndParagraphFlagsDescribeTheGapBefore() {
    String text = "Franse jihadisten\n\n\n\nVeel meer.\nOok dit,zo.\r\n\r\nSlot \n \nEind\u2029Na";
    List<Token> tokens = tokenizer.tokenize(text);

    Token first = find(tokens, "Franse");
    assertThat(first.paragraphStart()).isTrue();
    assertThat(first.lineStart()).isTrue();
    assertThat(first.whitespaceBefore()).isFalse();

    assertThat(find(tokens, "jihadisten").paragraphStart()).isFalse();
    assertThat(find(tokens, "jihadisten").whitespaceBefore()).isTrue();
    assertThat(find(tokens, "Veel").paragraphStart()).isTrue();
    assertThat(find(tokens, "Ook").lineStart()).isTrue();
    assertThat(find(tokens, "Ook").paragraphStart()).as("a single line break").isFalse();
    assertThat(find(tokens, "zo").whitespaceBefore()).isFalse();
    assertThat(find(tokens, "Slot").paragraphStart()).as("CRLF blank line").isTrue();
    assertThat(find(tokens, "Eind").paragraphStart()).as("a line holding only a space is blank").isTrue();
    assertThat(find(tokens, "Na").paragraphStart()).as("U+2029").isTrue();
  }

  @Test
  void quoteTokensTellRoleAndWhetherSingle() {
    List<Token> tokens = tokenizer.tokenize("krant 'The Guardian' en “Trouw”");
    Token open = tokens.get(1);
    assertThat(open.type()).isEqualTo(TokenType.QUOTE);
    assertThat(open.quoteRole()).isEqualTo(QuoteRole.OPEN);
    assertThat(open.isSingleQuote()).isTrue();
    assertThat(tokens.get(4).quoteRole()).isEqualTo(QuoteRole.CLOSE);
    Token curly = tokens.get(6);
    assertThat(curly.quoteRole()).isEqualTo(QuoteRole.OPEN);
    assertThat(curly.isSingleQuote()).isFalse();
    assertThat(tokens.get(0).quoteRole()).isEqualTo(QuoteRole.NONE);
    assertThat(tokens.get(0).isSingleQuote()).isFalse();
  }

  @Test
  void possessiveApostropheYieldsToAnOpenSingleQuote() {
    assertThat(tokenizer.tokenize("Kees' fiets")).extracting(Token::text).containsExactly("Kees'", "fiets");
    assertThat(tokenizer.tokenize("de 'Lexiteers' die")).extracting(Token::text)
        .containsExactly("de", "'", "Lexiteers", "'", "die");
    assertThat(tokenizer.tokenize("de 'Lexiteers\n\nKees' fiets")).extracting(Token::text)
        .as("a paragraph break closes an unmatched quote").contains("Kees'");
  }

  @Test
  void appendsIntoAReusableBufferAndReturnsAnUnmodifiableList() {
    List<Object> buffer = new ArrayList<>(List.of("keep"));
    tokenizer.tokenize("Twee woorden", buffer);
    assertThat(buffer).hasSize(3).first().isEqualTo("keep");

    List<Token> tokens = tokenizer.tokenize("a b");
    assertThatThrownBy(() -> tokens.add(tokens.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullArgumentsAreRejected() {
    assertThatThrownBy(() -> tokenizer.tokenize(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> tokenizer.tokenize("a", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Tokenizer(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void customAbbreviationsExtendTheDutchList() {
    Tokenizer custom = new Tokenizer(Abbreviations.dutch().with(Map.of("bijl.", Abbreviations.Kind.WITHIN_SENTENCE)));
    assertThat(custom.tokenize("zie bijl. 3")).extracting(Token::type)
        .containsExactly(TokenType.WORD, TokenType.ABBREVIATION, TokenType.NUMBER);
    assertThat(tokenizer.tokenize("zie bijl. 3")).extracting(Token::text).containsExactly("zie", "bijl", ".", "3");
    assertThat(custom.tokenize("dhr. X")).first().extracting(Token::type).isEqualTo(TokenType.ABBREVIATION);
  }

  @Test
  void tokensAreValuesWithReadableToString() {
    Token a = tokenizer.tokenize("Raqqa.").get(0);
    Token b = tokenizer.tokenize("Raqqa.").get(0);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(tokenizer.tokenize(" Raqqa.").get(0));
    assertThat(a.toString()).isEqualTo("Raqqa@0:WORD");
    assertThat(tokenizer.tokenize("Raqqa.").get(1).is('.')).isTrue();
    assertThat(a.is('R')).isFalse();
  }
}
