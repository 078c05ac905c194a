package nl.kroniek.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.nlp.token.Sentence;
import nl.kroniek.nlp.token.SentenceSplitter;
import nl.kroniek.nlp.token.Token;
import nl.kroniek.nlp.token.Tokenizer;
import org.junit.jupiter.api.Test;

/** Garbage never fails: random text, unmatched marks, huge input, bad entities; offsets stay in the text. */
class GarbageInputTest {

  private static final String ALPHABET = "aeiou zdhjklmnp ZHJD \"'“”„«»‘’,,'' .,:;!?-–()\n\n 0123 zei zegt aldus "
      + "volgens dat hij Jan de Vries \u00AD\uD800";

  private static void checkAll(String text, List<Entity> entities) {
    List<Token> tokens = new Tokenizer().tokenize(text);
    List<Sentence> sentences = new SentenceSplitter().split(tokens);
    List<Quote> quotes = new QuoteExtractor().extract(text, tokens, sentences, entities);
    Fixture.checkOffsets(text, quotes);
    for (Quote q : quotes) {
      assertThat(q.text()).isNotNull();
      if (q.direct()) {
        assertThat(q.end() - q.start()).isGreaterThanOrEqualTo(2); // at least the two marks
      }
    }
    for (CitedSource s : new SourceExtractor().extract(text, tokens, sentences, entities)) {
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(s.name()).isNotNull();
    }
  }

  @Test
  void randomTextFromATrickyAlphabet() {
    Random random = new Random(20240611);
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(400);
      for (int i = 0; i < n; i++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      checkAll(sb.toString(), List.of());
    }
  }

  @Test
  void randomWordsWithQuoteMarksAndCues() {
    String[] words = {"\"", "'", ",,", "''", "“", "”", "„", "«", "»", "zei", "zegt", "aldus", "volgens", "dat",
        "hij", "ze", "De", "de", "man", "Jan", "Smit", "van", ",", ".", ":", "?", "liet", "weten", "Dat", "BBC",
        "meldt", "die", "zichzelf", "noemen", "bronnen", "rond", "blijkt", "uit", "\n\n", "woordvoerder"};
    Random random = new Random(7);
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(120);
      for (int i = 0; i < n; i++) {
        sb.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      List<Entity> entities = new ArrayList<>();
      for (int i = 0; i < 5 && text.length() > 2; i++) { // entities at random places, some overlapping
        int a = random.nextInt(text.length() - 1);
        int b = a + 1 + random.nextInt(Math.min(20, text.length() - a - 1) + 1) - 1;
        entities.add(new Entity(text.substring(a, Math.max(a + 1, b)), EntityType.values()[random.nextInt(4)],
            random.nextBoolean() ? null : "Canonical Name", a, Math.max(a + 1, b)));
      }
      checkAll(text, entities);
    }
  }

  @Test
  void randomUtf16Units() {
    Random random = new Random(99);
    for (int round = 0; round < 100; round++) {
      char[] c = new char[random.nextInt(300)];
      for (int i = 0; i < c.length; i++) {
        c[i] = (char) random.nextInt(0x10000);
      }
      checkAll(new String(c), List.of());
    }
  }

  @Test
  void fiveThousandUnmatchedQuoteMarks() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      sb.append(i % 3 == 0 ? " \"woord" : i % 3 == 1 ? " 'woord" : " ,,woord");
    }
    String text = sb.toString();
    checkAll(text, List.of());
    List<Token> tokens = new Tokenizer().tokenize(text);
    assertThat(new QuoteExtractor().extract(text, tokens, new SentenceSplitter().split(tokens), List.of()))
        .isEmpty();
  }

  @Test
  void twentyMegabyteArticle() {
    String block = "\"We gaan door\", zei Jan de Vries. Volgens de BBC is het rustig. 'Een open quote zonder einde "
        + "en ,,nog een'' met \"losse\" tekens. Hij zegt dat het goed gaat, aldus de getuigen.\n\n";
    StringBuilder sb = new StringBuilder(20_000_000 + block.length());
    while (sb.length() < 20_000_000) {
      sb.append(block);
    }
    String text = sb.toString();
    List<Token> tokens = new Tokenizer().tokenize(text);
    List<Sentence> sentences = new SentenceSplitter().split(tokens);
    List<Quote> quotes = new QuoteExtractor().extract(text, tokens, sentences, List.of());
    int blocks = text.length() / block.length() + 1;
    assertThat(quotes.size()).isGreaterThanOrEqualTo(blocks); // at least the attributed quote of each block
    Quote last = quotes.get(quotes.size() - 1);
    assertThat(last.end()).isLessThanOrEqualTo(text.length());
    assertThat(new SourceExtractor().extract(text, tokens, sentences, List.of())).isNotEmpty();
  }

  @Test
  void oneHugeSentenceWithoutQuotes() {
    checkAll("zei ".repeat(100_000) + "dat " + "Jan ".repeat(50_000), List.of());
  }

  @Test
  void entitiesOutsideTheTextAreIgnored() {
    String text = "\"Ja\", zei Piet Hein.";
    Entity outside = new Entity("x", EntityType.PER, "Niemand", 500, 510);
    Quote q = Fixture.only(text, outside);
    assertThat(q.speaker()).isEqualTo("Piet Hein");
  }

  @Test
  void emptyText() {
    assertThat(new QuoteExtractor().extract("", List.of(), List.of(), List.of())).isEmpty();
    assertThat(new SourceExtractor().extract("", List.of(), List.of(), List.of())).isEmpty();
  }

  @Test
  void missingSentencesStillWork() {
    String text = "\"Ja\", zei Piet Hein.";
    List<Token> tokens = new Tokenizer().tokenize(text);
    List<Quote> quotes = new QuoteExtractor().extract(text, tokens, List.of(), List.of());
    assertThat(quotes).extracting(Quote::speaker).containsExactly("Piet Hein");
  }

  @Test
  void argumentsAreChecked() {
    String text = "\"Ja\", zei Piet.";
    List<Token> tokens = new Tokenizer().tokenize(text);
    QuoteExtractor extractor = new QuoteExtractor();
    assertThatThrownBy(() -> extractor.extract(null, tokens, List.of(), List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> extractor.extract(text, null, List.of(), List.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> extractor.extract(text, tokens, List.of(), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> extractor.extract("kort", tokens, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    List<Sentence> tooFar = List.of(new Sentence(0, tokens.size() + 1, 0, text.length(), false));
    assertThatThrownBy(() -> new SourceExtractor().extract(text, tokens, tooFar, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
