package nl.kroniek.nlp.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Garbage and hostile input: the tokenizer and splitter never fail and keep every invariant. */
class RobustnessTest {

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  /** Chars that exercise every rule, plus controls, surrogate halves, emoji and other scripts. */
  private static final String ALPHABET = "aZé ßИя中ع0129 .,;:!?…-‐–—'’‘\"“”„«»()[]/@&#%€$©+_\u00AD\u200D\u200B"
      + "\uFEFF\n\n\r\t\u0000\u0007\u2028\u2029\uD83D\uDE00\uD800\uDC00\u0301\uE000\uFFFF"
      + "hstwnmkjJPA.:/w";

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomTextFromTrickyAlphabetKeepsInvariants(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      Invariants.checkAll(sb.toString(), TOKENIZER, new SentenceSplitter(Abbreviations.dutch(), 2 + round % 20));
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void randomUtf16UnitsIncludingLoneSurrogatesKeepInvariants(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 100; round++) {
      char[] chars = new char[random.nextInt(2000)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000));
      }
      Invariants.checkAll(new String(chars), TOKENIZER, SPLITTER);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22})
  void randomCodePointsOfAllPlanesKeepInvariants(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 100; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(1000);
      for (int i = 0; i < length; i++) {
        int cp = random.nextInt(Character.MAX_CODE_POINT + 1);
        sb.appendCodePoint(cp);
      }
      Invariants.checkAll(sb.toString(), TOKENIZER, SPLITTER);
    }
  }

  @Test
  void emptyAndBlankTextHaveNoTokensAndNoSentences() {
    for (String text : List.of("", " ", "\n\n\n", "\t\u0000\u0007", "\u00AD\u200B\uFEFF")) {
      List<Token> tokens = TOKENIZER.tokenize(text);
      assertThat(tokens).as("tokens of %s", text).isEmpty();
      assertThat(SPLITTER.split(tokens)).isEmpty();
    }
  }

  @Test
  void tenThousandTokenSentenceIsCutIntoCappedPiecesAtCommas() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      sb.append(i % 10 == 9 ? "woord, " : "woord ");
    }
    String text = sb.toString();
    List<Token> tokens = TOKENIZER.tokenize(text);
    assertThat(tokens).hasSize(11_000);
    List<Sentence> sentences = SPLITTER.split(tokens);
    Invariants.checkSentences(tokens, sentences, SentenceSplitter.DEFAULT_MAX_TOKENS);
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(11_000 / SentenceSplitter.DEFAULT_MAX_TOKENS);
    for (Sentence s : sentences.subList(0, sentences.size() - 1)) {
      assertThat(s.capped()).isTrue();
      assertThat(tokens.get(s.tokenEnd() - 1).text()).as("cut after a comma").isEqualTo(",");
    }
  }

  @Test
  void unmatchedQuoteMarksAreQuoteTokens() {
    String glued = "\"".repeat(5_000);
    String spaced = "\" ".repeat(5_000);
    String single = "‘ ".repeat(5_000) + "einde";
    assertThat(TOKENIZER.tokenize(glued)).hasSize(5_000).allMatch(t -> t.type() == TokenType.QUOTE);
    assertThat(TOKENIZER.tokenize(spaced)).hasSize(5_000).allMatch(t -> t.type() == TokenType.QUOTE);
    assertThat(TOKENIZER.tokenize(single)).hasSize(5_001);
    for (String text : List.of(glued, spaced, single, "'".repeat(5_001), "Hij zei. \"".repeat(5_000))) {
      Invariants.checkAll(text, TOKENIZER, SPLITTER);
    }
  }

  @Test
  void fourHundredDigitNumbersAreOneToken() {
    String digits = "7".repeat(400);
    String grouped = "1" + ".000".repeat(133);
    for (String number : List.of(digits, grouped, digits + "," + digits)) {
      List<Token> tokens = TOKENIZER.tokenize("Er waren " + number + " stemmen.");
      assertThat(tokens).extracting(Token::text).containsExactly("Er", "waren", number, "stemmen", ".");
      assertThat(tokens.get(2).type()).isEqualTo(TokenType.NUMBER);
    }
  }

  @Test
  void twentyMegabytesOfNewsLikeTextTokenizeConsistently() {
    String paragraph = "Dhr. J.P. de Vries (26) zei: \"Zo'n 3.500 IS-strijders, o.a. uit Zuid-Turkije, "
        + "vertrokken.\" Zie www.nos.nl of mail info@nos.nl voor €2,5 miljoen... Wat?!\n\n";
    int perParagraph = TOKENIZER.tokenize(paragraph).size();
    int sentencesPerParagraph = SPLITTER.split(TOKENIZER.tokenize(paragraph)).size();
    int copies = 20_000_000 / paragraph.length() + 1;
    String text = paragraph.repeat(copies);

    List<Token> tokens = TOKENIZER.tokenize(text);
    List<Sentence> sentences = SPLITTER.split(tokens);

    assertThat(text.length()).isGreaterThan(20_000_000);
    assertThat(tokens).hasSize(perParagraph * copies);
    assertThat(sentences).hasSize(sentencesPerParagraph * copies);
    Invariants.checkTokens(text, tokens);
    Invariants.checkSentences(tokens, sentences, SentenceSplitter.DEFAULT_MAX_TOKENS);
  }

  @Test
  void longRunsWithoutSpacesStayWholeOrKeepInvariants() {
    int size = 500_000;
    assertThat(TOKENIZER.tokenize("a".repeat(size))).singleElement()
        .satisfies(t -> assertThat(t.length()).isEqualTo(size));
    assertThat(TOKENIZER.tokenize(".".repeat(size))).singleElement()
        .satisfies(t -> assertThat(t.type()).isEqualTo(TokenType.PUNCT));
    assertThat(TOKENIZER.tokenize("a.".repeat(size / 2))).singleElement()
        .satisfies(t -> assertThat(t.type()).isEqualTo(TokenType.ABBREVIATION));
    assertThat(TOKENIZER.tokenize("https://x.nl/" + "a".repeat(size))).singleElement()
        .satisfies(t -> assertThat(t.type()).isEqualTo(TokenType.URL));
    for (String unit : List.of("ab.", "x@", "a-", "'s-", "1.", "A. ", "www.", "'", "\u00AD", "-a", "ab.cd@")) {
      String text = unit.repeat(size / unit.length());
      Invariants.checkAll(text, TOKENIZER, SPLITTER);
    }
  }

  @Test
  void controlCharsAndLoneSurrogatesNeverEndUpInsideWords() {
    String text = "a\u0000b\u0001c \uD800 d\uDC00e \uDBFF\uDFFF";
    List<Token> tokens = TOKENIZER.tokenize(text);
    assertThat(tokens).extracting(Token::text)
        .containsExactly("a", "b", "c", "\uD800", "d", "\uDC00", "e", "\uDBFF\uDFFF");
    assertThat(tokens.get(3).type()).isEqualTo(TokenType.OTHER);
    assertThat(tokens.get(7).type()).as("a private-use code point").isEqualTo(TokenType.OTHER);
  }
}
