package nl.kroniek.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Quote;
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
    GoldSet.Score quotes = new GoldSet.Score(0, 0, 0);
    GoldSet.Score spans = new GoldSet.Score(0, 0, 0);
    GoldSet.Score sources = new GoldSet.Score(0, 0, 0);
    StringBuilder misses = new StringBuilder();
    for (GoldSet.Passage p : passages) {
      List<Quote> q = Fixture.quotes(p.text());
      List<CitedSource> s = Fixture.sources(p.text());
      GoldSet.Score qs = GoldSet.scoreQuotes(p, q, true);
      GoldSet.Score ss = GoldSet.scoreSources(p, s);
      quotes = quotes.plus(qs);
      spans = spans.plus(GoldSet.scoreQuotes(p, q, false));
      sources = sources.plus(ss);
      if (qs.truePositives() != qs.expected() || qs.truePositives() != qs.predicted()
          || ss.truePositives() != ss.expected() || ss.truePositives() != ss.predicted()) {
        misses.append("\n  ").append(p.text()).append("\n    got ").append(q).append("\n    ").append(s);
      }
    }
    System.out.println("held-out 2 quotes, span only: " + spans);
    System.out.println("held-out 2 quotes, span + speaker: " + quotes);
    System.out.println("held-out 2 sources: " + sources);
    System.out.println("held-out 2 imperfect passages:" + misses);
    // the product's acceptance level (first run, before the salience and source work: 0.647 / 0.647, 0.706 / 0.857)
    assertThat(quotes.precision()).as("quote precision").isGreaterThanOrEqualTo(0.80);
    assertThat(quotes.recall()).as("quote recall").isGreaterThanOrEqualTo(0.80);
    assertThat(sources.precision()).as("source precision").isGreaterThanOrEqualTo(0.80);
    assertThat(sources.recall()).as("source recall").isGreaterThanOrEqualTo(0.80);
  }
}
