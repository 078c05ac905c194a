package nl.kroniek.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall on the hand-written gold passages (docs/extractors/quotes.md reports the numbers this
 * test prints).
 */
class GoldSetTest {

  private static List<GoldSet.Passage> passages;

  @BeforeAll
  static void load() throws IOException {
    passages = GoldSet.load("gold-passages.txt");
  }

  @Test
  void goldSetIsLargeEnough() {
    assertThat(passages).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void quotesWithSpeakersAndCitedSources() {
    GoldSet.Evaluation e = GoldSet.evaluate(passages);
    System.out.println("quote gold set, span + speaker: " + e.quotes());
    System.out.println("quote gold set, span only:      " + e.quoteSpans());
    System.out.println("source gold set: " + e.sources());
    System.out.println("gold set, imperfect passages:" + e.misses());
    assertThat(e.quotes().precision()).as("quote precision").isGreaterThanOrEqualTo(0.85);
    assertThat(e.quotes().recall()).as("quote recall").isGreaterThanOrEqualTo(0.85);
    assertThat(e.sources().precision()).as("source precision").isGreaterThanOrEqualTo(0.85);
    assertThat(e.sources().recall()).as("source recall").isGreaterThanOrEqualTo(0.85);
  }
}
