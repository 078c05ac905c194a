package nl.kroniek.store.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import nl.kroniek.store.analysis.Tokens.Analysis;
import nl.kroniek.store.analysis.Tokens.Token;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * Throws random Unicode at the three analyzers: surrogate pairs and lone surrogates, combining marks, digits,
 * punctuation, very long tokens, and real Dutch compounds in between. Whatever comes in, the token stream must
 * be well formed and the index and query chains must agree on every position-advancing token.
 */
class AnalyzerRandomInputTest {

  private static final String[] WORDS = {
    "veiligheidsdiensten", "IS-strijders", "Syrië", "familieleden", "zo'n", "3.500", "2,5", "auto's",
    "kinderopvangtoeslag", "Saoedi-Arabië", "smokkelaars", "parlementariërs", "gemeenteraadsverkiezingen"
  };
  private static final String PUNCTUATION = " \t\n.,;:!?'\"()[]{}-–—/\\@#&*+=<>|~^%$€’‘“”…";

  private final Analyzer index = new DutchIndexAnalyzer();
  private final Analyzer query = new DutchQueryAnalyzer();
  private final Analyzer exact = new DutchExactAnalyzer();

  @Test
  void randomTextYieldsWellFormedTokenStreams() {
    Random random = new Random(1_234_567L);
    for (int i = 0; i < 3_000; i++) {
      String text = randomText(random);
      Analysis indexed = checkWellFormed(index, text);
      checkWellFormed(query, text);
      checkWellFormed(exact, text);
      List<String> advancing = indexed.tokens().stream()
          .filter(t -> t.positionIncrement() > 0).map(Token::term).toList();
      assertThat(Tokens.terms(query, text)).as("query vs index positions for %s", escape(text))
          .isEqualTo(advancing);
    }
  }

  @Test
  void hugeTokensAreCutAndNotSplit() {
    String huge = "veiligheidsdiensten".repeat(100); // 1,900 letters, beyond the tokenizer's 255
    Analysis analysis = checkWellFormed(index, huge);
    assertThat(analysis.tokens()).allMatch(t -> t.end() - t.start() <= 255);
    assertThat(analysis.tokens()).noneMatch(t -> t.type().equals(DecompoundFilter.PART_TYPE));
  }

  private static Analysis checkWellFormed(Analyzer analyzer, String text) {
    Analysis analysis = Tokens.analyse(analyzer, text);
    String what = escape(text);
    int lastStart = 0;
    Token previous = null;
    for (Token t : analysis.tokens()) {
      assertThat(t.term()).as("term in %s", what).isNotEmpty();
      assertThat(t.start()).as("start of %s in %s", t, what).isBetween(0, t.end());
      assertThat(t.end()).as("end of %s in %s", t, what).isLessThanOrEqualTo(text.length());
      assertThat(t.positionLength()).isEqualTo(1);
      if (previous == null) {
        assertThat(t.positionIncrement()).as("first token of %s", what).isGreaterThanOrEqualTo(1);
      }
      if (t.positionIncrement() > 0) {
        assertThat(t.start()).as("offsets go backwards at %s in %s", t, what).isGreaterThanOrEqualTo(lastStart);
        lastStart = t.start();
        assertThat(t.type()).isNotEqualTo(DecompoundFilter.PART_TYPE);
      } else {
        // only compound parts share a position, and they carry the whole word's offsets
        assertThat(t.type()).as("%s in %s", t, what).isEqualTo(DecompoundFilter.PART_TYPE);
        assertThat(t.start()).isEqualTo(previous.start());
        assertThat(t.end()).isEqualTo(previous.end());
      }
      previous = t;
    }
    assertThat(analysis.finalOffset()).as("final offset of %s", what).isEqualTo(text.length());
    return analysis;
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int pieces = random.nextInt(30);
    for (int p = 0; p < pieces; p++) {
      switch (random.nextInt(10)) {
        case 0, 1 -> sb.append(WORDS[random.nextInt(WORDS.length)]);
        case 2 -> sb.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
        case 3 -> sb.append(random.nextInt(100_000));
        case 4 -> sb.append((char) (0x300 + random.nextInt(0x70))); // combining mark
        case 5 -> sb.appendCodePoint(0x1F600 + random.nextInt(80)).appendCodePoint(0x20000 + random.nextInt(5000));
        case 6 -> sb.append((char) (0xD800 + random.nextInt(0x800))); // lone surrogate, high or low
        case 7 -> sb.append("a".repeat(random.nextInt(400))); // long, possibly longer than 255
        case 8 -> sb.appendCodePoint(random.nextInt(0x3000)); // anything in the BMP start, controls too
        default -> sb.append(' ').append(randomLetters(random)).append(' ');
      }
    }
    return sb.toString();
  }

  private static String randomLetters(Random random) {
    String letters = "abcdeéëfghiïjklmnopqrstuvwxyzĳß";
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(25); i > 0; i--) {
      sb.append(letters.charAt(random.nextInt(letters.length())));
    }
    return sb.toString();
  }

  private static String escape(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().limit(200).forEach(cp -> {
      if (cp < 0x20 || cp > 0x7E) {
        sb.append(String.format("\\u{%X}", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }
}
