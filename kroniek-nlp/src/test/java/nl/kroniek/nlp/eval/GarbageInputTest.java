package nl.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.model.fact.Money;
import nl.kroniek.model.fact.Place;
import nl.kroniek.model.fact.Quantity;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.model.fact.TimeExpression;
import org.junit.jupiter.api.Test;

/** Random facts and random gold lines: the scorer keeps its invariants and the reader fails cleanly. */
class GarbageInputTest {

  private static final String[] WORDS = {null, "", " ", "de", "van", "Rutte", "Mark Rutte", "BBC", "NL", "nl",
      "2019", "P3Y", "PXY/2019", "2016/2018", "é", "\u0000", "Ünïcödé Name", "EUR", "usd"};

  private static String word(Random r) {
    return WORDS[r.nextInt(WORDS.length)];
  }

  private static Double number(Random r) {
    return switch (r.nextInt(5)) {
      case 0 -> null;
      case 1 -> (double) r.nextInt(4);
      case 2 -> r.nextDouble() * 1e9;
      case 3 -> -1.0;
      default -> (double) r.nextInt(3) * 1000;
    };
  }

  private static Facts randomFacts(Random r, int size) {
    List<Quote> quotes = new ArrayList<>();
    List<CitedSource> sources = new ArrayList<>();
    List<Quantity> quantities = new ArrayList<>();
    List<Money> money = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int start = r.nextInt(200);
      int end = start + r.nextInt(30);
      switch (r.nextInt(6)) {
        case 0 -> quotes.add(new Quote(word(r), word(r), word(r), r.nextBoolean(), start, end, -1, -1));
        case 1 -> sources.add(new CitedSource(word(r), word(r), word(r), start, end));
        case 2 -> quantities.add(new Quantity(word(r), number(r), number(r), number(r), word(r), word(r), word(r),
            word(r), start, end));
        case 3 -> {
          Double v = number(r);
          money.add(new Money(word(r), v == null ? Double.NaN : v, word(r), word(r), -1, start, end));
        }
        case 4 -> times.add(new TimeExpression(word(r), word(r), word(r), word(r), r.nextBoolean(), start, end));
        default -> places.add(new Place(word(r), word(r), 0, 0, word(r), 0, start, end));
      }
    }
    return new Facts(List.of(), quotes, sources, quantities, money, times, places, Map.of());
  }

  @Test
  void randomFactsKeepTheCountingInvariants() {
    Random r = new Random(20190405);
    for (int round = 0; round < 300; round++) {
      Facts gold = randomFacts(r, r.nextInt(40));
      Facts predicted = randomFacts(r, r.nextInt(40));
      FactsScore s = TestFacts.score(gold, predicted);
      for (FactType<?> type : FactType.ALL) {
        Extractor e = type.extractor();
        int goldSize = type.list().apply(gold).size();
        int predSize = type.list().apply(predicted).size();
        Counts spanCounts = s.counts(e, Criterion.SPAN);
        Counts keyCounts = s.counts(e, Criterion.KEY);
        for (Counts c : List.of(spanCounts, keyCounts)) {
          assertThat(c.gold()).isEqualTo(goldSize);
          assertThat(c.predicted()).isLessThanOrEqualTo(predSize);
          assertThat(c.truePositives()).isLessThanOrEqualTo(Math.min(goldSize, predSize));
          if (!Double.isNaN(c.precision())) {
            assertThat(c.precision()).isBetween(0.0, 1.0);
          }
          if (!Double.isNaN(c.f1())) {
            assertThat(c.f1()).isBetween(0.0, 1.0);
          }
        }
        assertThat(keyCounts.truePositives()).as("a key match is also a span match")
            .isLessThanOrEqualTo(spanCounts.truePositives());
        if (e == Extractor.PLACES) {
          assertThat(s.counts(e, Criterion.NAME).truePositives()).isLessThanOrEqualTo(keyCounts.truePositives());
        }
      }
      assertThat(TestFacts.score(gold, gold).counts(Extractor.TIMES, Criterion.SPAN).falseNegatives())
          .as("gold against itself misses nothing").isZero();
      for (Miss m : s.misses()) {
        assertThat(m.start()).isBetween(0, 230);
        assertThat(m.end()).isGreaterThanOrEqualTo(m.start());
      }
    }
  }

  @Test
  void randomGoldLinesEitherParseOrFailWithAnIllegalArgument() {
    Random r = new Random(7);
    String alphabet = "{}[]\":,0123456789-.eE truefalsn\\u\"idshaquotesplacesstartendvalue";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(80);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String line = sb.toString();
      try {
        FactsGold gold = FactsGold.read(new StringReader(line));
        for (GoldArticle a : gold.articles()) {
          assertThat(a.id()).isNotBlank();
        }
      } catch (IllegalArgumentException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
    }
    assertThatThrownBy(() -> FactsGold.read(new StringReader("\u0000"))).isInstanceOf(IllegalArgumentException.class);
  }
}
