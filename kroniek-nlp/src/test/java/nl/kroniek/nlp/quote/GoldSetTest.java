package nl.kroniek.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Quote;
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
  void quotesWithSpeakers() {
    GoldSet.Score withSpeaker = new GoldSet.Score(0, 0, 0);
    GoldSet.Score spanOnly = new GoldSet.Score(0, 0, 0);
    StringBuilder misses = new StringBuilder();
    for (GoldSet.Passage p : passages) {
      List<Quote> quotes = Fixture.quotes(p.text());
      GoldSet.Score s = GoldSet.scoreQuotes(p, quotes, true);
      withSpeaker = withSpeaker.plus(s);
      spanOnly = spanOnly.plus(GoldSet.scoreQuotes(p, quotes, false));
      if (s.truePositives() != s.expected() || s.truePositives() != s.predicted()) {
        misses.append("\n  ").append(p.text()).append("\n    got ").append(quotes);
      }
    }
    System.out.println("quote gold set, span + speaker: " + withSpeaker);
    System.out.println("quote gold set, span only:      " + spanOnly);
    System.out.println("quote gold set, imperfect passages:" + misses);
    assertThat(withSpeaker.precision()).as("precision").isGreaterThanOrEqualTo(0.85);
    assertThat(withSpeaker.recall()).as("recall").isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void citedSources() {
    GoldSet.Score total = new GoldSet.Score(0, 0, 0);
    StringBuilder misses = new StringBuilder();
    for (GoldSet.Passage p : passages) {
      List<CitedSource> sources = Fixture.sources(p.text());
      GoldSet.Score s = GoldSet.scoreSources(p, sources);
      total = total.plus(s);
      if (s.truePositives() != s.expected() || s.truePositives() != s.predicted()) {
        misses.append("\n  ").append(p.text()).append("\n    got ").append(sources);
      }
    }
    System.out.println("source gold set: " + total);
    System.out.println("source gold set, imperfect passages:" + misses);
    assertThat(total.precision()).as("precision").isGreaterThanOrEqualTo(0.85);
    assertThat(total.recall()).as("recall").isGreaterThanOrEqualTo(0.85);
  }
}
