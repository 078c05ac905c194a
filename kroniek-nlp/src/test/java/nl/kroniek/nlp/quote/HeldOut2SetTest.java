package nl.kroniek.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second held-out set (heldout2-passages.txt): written before the speaker-salience and source-definition
 * work, scored before and after it, never tuned on.
 */
class HeldOut2SetTest {

  private static List<GoldSet.Passage> passages;

  @BeforeAll
  static void load() throws IOException {
    passages = GoldSet.load("heldout2-passages.txt");
  }

  @Test
  void hasThirtyPassages() {
    assertThat(passages).hasSize(30);
  }

  @Test
  void quotesAndSources() {
    GoldSet.Evaluation e = GoldSet.evaluate(passages);
    System.out.println("held-out 2 quotes, span only: " + e.quoteSpans());
    System.out.println("held-out 2 quotes, span + speaker: " + e.quotes());
    System.out.println("held-out 2 sources: " + e.sources());
    System.out.println("held-out 2 imperfect passages:" + e.misses());
    // the product's acceptance level (first run, before the salience and source work: 0.647 / 0.647, 0.706 / 0.857)
    assertThat(e.quotes().precision()).as("quote precision").isGreaterThanOrEqualTo(0.80);
    assertThat(e.quotes().recall()).as("quote recall").isGreaterThanOrEqualTo(0.80);
    assertThat(e.sources().precision()).as("source precision").isGreaterThanOrEqualTo(0.80);
    assertThat(e.sources().recall()).as("source recall").isGreaterThanOrEqualTo(0.80);
  }
}
