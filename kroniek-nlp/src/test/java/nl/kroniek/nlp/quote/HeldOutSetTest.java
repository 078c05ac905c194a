package nl.kroniek.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The second, held-out gold set: written after the rules and first scored without fixes. */
class HeldOutSetTest {

  private static List<GoldSet.Passage> passages;

  @BeforeAll
  static void load() throws IOException {
    passages = GoldSet.load("heldout-passages.txt");
  }

  @Test
  void quotesAndSources() {
    GoldSet.Evaluation e = GoldSet.evaluate(passages);
    System.out.println("held-out quotes, span + speaker: " + e.quotes());
    System.out.println("held-out sources: " + e.sources());
    System.out.println("held-out imperfect passages:" + e.misses());
    assertThat(e.quotes().precision()).as("quote precision").isGreaterThanOrEqualTo(0.85);
    assertThat(e.quotes().recall()).as("quote recall").isGreaterThanOrEqualTo(0.85);
    assertThat(e.sources().precision()).as("source precision").isGreaterThanOrEqualTo(0.85);
    assertThat(e.sources().recall()).as("source recall").isGreaterThanOrEqualTo(0.85);
  }
}
