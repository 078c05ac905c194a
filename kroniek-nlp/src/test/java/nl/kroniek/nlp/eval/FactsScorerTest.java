package nl.kroniek.nlp.eval;

import static nl.kroniek.nlp.eval.TestFacts.facts;
import static nl.kroniek.nlp.eval.TestFacts.money;
import static nl.kroniek.nlp.eval.TestFacts.place;
import static nl.kroniek.nlp.eval.TestFacts.quantity;
import static nl.kroniek.nlp.eval.TestFacts.quote;
import static nl.kroniek.nlp.eval.TestFacts.range;
import static nl.kroniek.nlp.eval.TestFacts.score;
import static nl.kroniek.nlp.eval.TestFacts.source;
import static nl.kroniek.nlp.eval.TestFacts.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.kroniek.model.fact.Facts;
import org.junit.jupiter.api.Test;

/** Counting and one-to-one matching, on hand-made gold and predicted facts. */
class FactsScorerTest {

  private static Counts key(FactsScore s, Extractor e) {
    return s.counts(e, Criterion.KEY);
  }

  private static Counts span(FactsScore s, Extractor e) {
    return s.counts(e, Criterion.SPAN);
  }

  @Test
  void identicalFactsScorePerfectlyForEveryExtractor() {
    Facts gold = facts(quote(0, 20, "Mark Rutte"), source(30, 33, "BBC"), quantity(40, 50, 250.0),
        money(60, 70, 2000, "USD"), time(80, 90, "2017-10"), place(100, 108, "NL", "Amsterdam"));
    FactsScore s = score(gold, gold);
    for (Extractor e : Extractor.values()) {
      assertThat(key(s, e)).as(e.label()).isEqualTo(new Counts(1, 0, 0));
      assertThat(key(s, e).precision()).isEqualTo(1.0);
      assertThat(key(s, e).recall()).isEqualTo(1.0);
      assertThat(key(s, e).f1()).isEqualTo(1.0);
    }
    assertThat(s.counts(Extractor.PLACES, Criterion.NAME)).isEqualTo(new Counts(1, 0, 0));
    assertThat(s.misses()).isEmpty();
  }

  @Test
  void partlyOverlappingSpansMatchButAdjacentOrDisjointOnesDoNot() {
    Facts gold = facts(time(10, 20, "2019"), time(30, 40, "2018"), time(50, 60, "2017"));
    Facts predicted = facts(time(15, 25, "2019"), time(40, 45, "2018"), time(0, 5, "2017"));
    Counts c = key(score(gold, predicted), Extractor.TIMES);
    assertThat(c).isEqualTo(new Counts(1, 2, 2));
  }

  @Test
  void aSpanInsideAGoldSpanMatches() {
    Facts gold = facts(quote(0, 100, "Dillon"));
    Facts predicted = facts(quote(40, 45, "Dillon"));
    assertThat(key(score(gold, predicted), Extractor.QUOTES)).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void emptyPredictedSpanCountsAsOneCharacterWide() {
    Facts gold = facts(place(10, 20, "NL", "Utrecht"));
    assertThat(key(score(gold, facts(place(10, 10, "NL", "Utrecht"))), Extractor.PLACES).truePositives()).isOne();
    assertThat(key(score(gold, facts(place(20, 20, "NL", "Utrecht"))), Extractor.PLACES).truePositives())
        .isZero();
  }

  @Test
  void onePredictionCoveringTwoGoldFactsMatchesOnlyOne() {
    Facts gold = facts(quote(0, 10, "Jansen"), quote(12, 20, "Jansen"));
    Facts predicted = facts(quote(0, 20, "Jansen"));
    assertThat(key(score(gold, predicted), Extractor.QUOTES)).isEqualTo(new Counts(1, 0, 1));
  }

  @Test
  void twoPredictionsOfOneGoldFactCountOneFalsePositive() {
    Facts gold = facts(source(5, 8, "BBC"));
    Facts predicted = facts(source(5, 8, "BBC"), source(4, 8, "de BBC"));
    assertThat(key(score(gold, predicted), Extractor.SOURCES)).isEqualTo(new Counts(1, 1, 0));
  }

  @Test
  void matchingIsMaximalNotGreedy() {
    // p0 overlaps both gold facts (and g0 best); p1 overlaps only g0. Greedy would pair p0-g0 and lose p1.
    Facts gold = facts(place(0, 10, "NL", "Breda"), place(9, 30, "NL", "Tilburg"));
    Facts predicted = facts(place(0, 12, "NL", "Breda"), place(2, 4, "NL", "Breda"));
    assertThat(key(score(gold, predicted), Extractor.PLACES)).isEqualTo(new Counts(2, 0, 0));
  }

  @Test
  void orderOfPredictionsDoesNotChangeTheScore() {
    Facts gold = facts(place(0, 10, "NL", "Breda"), place(9, 30, "NL", "Tilburg"));
    Facts a = facts(place(0, 12, "NL", "Breda"), place(2, 4, "NL", "Breda"));
    Facts b = facts(place(2, 4, "NL", "Breda"), place(0, 12, "NL", "Breda"));
    assertThat(key(score(gold, a), Extractor.PLACES)).isEqualTo(key(score(gold, b), Extractor.PLACES));
  }

  @Test
  void wrongKeyCountsForSpanButNotForKeyAndIsReportedAsWrongValue() {
    Facts gold = facts(quote(0, 30, "Mark Rutte"));
    Facts predicted = facts(quote(0, 30, "Sigrid Kaag"));
    FactsScore s = score(gold, predicted);
    assertThat(span(s, Extractor.QUOTES)).isEqualTo(new Counts(1, 0, 0));
    assertThat(key(s, Extractor.QUOTES)).isEqualTo(new Counts(0, 1, 1));
    assertThat(s.misses()).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(Miss.Kind.WRONG_VALUE);
      assertThat(m.detail()).contains("Mark Rutte").contains("Sigrid Kaag");
      assertThat(m.start()).isZero();
    });
  }

  @Test
  void missesNameMissedAndSpuriousFacts() {
    Facts gold = facts(money(0, 10, 5, "EUR"));
    Facts predicted = facts(money(20, 30, 5, "EUR"));
    FactsScore s = score(gold, predicted);
    assertThat(s.misses()).extracting(Miss::kind).containsExactly(Miss.Kind.MISSED, Miss.Kind.SPURIOUS);
    assertThat(s.misses()).extracting(Miss::start).containsExactly(0, 20);
  }

  @Test
  void aKeyMatchElsewhereIsPreferredOverASpanOnlyMatch() {
    // p0 overlaps both; its value fits g1 only. Under KEY p0 must go to g1, not be wasted on g0.
    Facts gold = facts(quantity(0, 10, 3.0), quantity(8, 20, 7.0));
    Facts predicted = facts(quantity(5, 15, 7.0));
    assertThat(key(score(gold, predicted), Extractor.QUANTITIES)).isEqualTo(new Counts(1, 0, 1));
  }

  @Test
  void aRangePredictedAsTwoHalvesWithTheSameSpanCountsOnce() {
    Facts gold = facts(range(0, 20, 2e6, 3e6));
    Facts predicted = facts(quantity(0, 20, 2e6), quantity(0, 20, 3e6));
    FactsScore s = score(gold, predicted);
    assertThat(key(s, Extractor.QUANTITIES)).isEqualTo(new Counts(1, 0, 0));
    assertThat(span(s, Extractor.QUANTITIES)).isEqualTo(new Counts(1, 0, 0));
    assertThat(s.misses()).isEmpty();
  }

  @Test
  void aSecondPredictionThatIsNotARangeEndStillCounts() {
    Facts gold = facts(range(0, 20, 2.0, 3.0));
    Facts predicted = facts(quantity(0, 20, 2.0), quantity(0, 20, 9.0));
    assertThat(key(score(gold, predicted), Extractor.QUANTITIES)).isEqualTo(new Counts(1, 1, 0));
    Facts exact = facts(quantity(0, 20, 2.0));
    assertThat(key(score(exact, facts(quantity(0, 20, 2.0), quantity(0, 20, 2.0))), Extractor.QUANTITIES))
        .as("duplicates of an exact gold value are not range halves").isEqualTo(new Counts(1, 1, 0));
  }

  @Test
  void moneyNeedsValueAndCurrency() {
    Facts gold = facts(money(0, 10, 2000, "USD"), money(20, 30, 1700, "EUR"));
    Facts predicted = facts(money(0, 10, 2000, "EUR"), money(20, 30, 1700.0000001, "eur"));
    assertThat(key(score(gold, predicted), Extractor.MONEY)).isEqualTo(new Counts(1, 1, 1));
  }

  @Test
  void placesReportCountryAndNameSeparately() {
    Facts gold = facts(place(0, 5, "SY", "Ar Raqqah"), place(10, 15, "NL", "The Hague"));
    Facts predicted = facts(place(0, 5, "SY", "Raqqa"), place(10, 15, "nl", "the hague"));
    FactsScore s = score(gold, predicted);
    assertThat(key(s, Extractor.PLACES)).isEqualTo(new Counts(2, 0, 0));
    assertThat(s.counts(Extractor.PLACES, Criterion.NAME)).isEqualTo(new Counts(1, 1, 1));
  }

  @Test
  void nameCriterionIsOnlyForPlaces() {
    FactsScore s = score(Facts.EMPTY, Facts.EMPTY);
    assertThatThrownBy(() -> s.counts(Extractor.QUOTES, Criterion.NAME))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nothingPredictedGivesUndefinedPrecisionAndZeroRecall() {
    Counts c = key(score(facts(time(0, 4, "2019")), Facts.EMPTY), Extractor.TIMES);
    assertThat(c).isEqualTo(new Counts(0, 0, 1));
    assertThat(c.precision()).isNaN();
    assertThat(c.recall()).isZero();
    assertThat(c.f1()).isNaN();
  }

  @Test
  void goldArticlesWithoutPredictionAreMissedAndExtraPredictedArticlesIgnored() {
    Map<String, Facts> gold = new LinkedHashMap<>();
    gold.put("a", facts(place(0, 5, "NL", "Delft")));
    gold.put("b", facts(place(0, 5, "BE", "Gent")));
    Map<String, Facts> predicted = Map.of("a", facts(place(0, 5, "NL", "Delft")),
        "zzz", facts(place(0, 5, "FR", "Lyon")));
    FactsScore s = FactsScorer.score(gold, predicted);
    assertThat(s.articles()).isEqualTo(2);
    assertThat(key(s, Extractor.PLACES)).isEqualTo(new Counts(1, 0, 1));
  }

  @Test
  void countsAddUpOverArticles() {
    FactsScorer scorer = new FactsScorer();
    scorer.add("a", facts(time(0, 4, "2019")), facts(time(0, 4, "2019")));
    scorer.add("b", facts(time(0, 4, "2019")), facts(time(0, 4, "2018"), time(10, 12, "2019")));
    Counts c = key(scorer.result(), Extractor.TIMES);
    assertThat(c).isEqualTo(new Counts(1, 2, 1));
    assertThat(c.precision()).isEqualTo(1.0 / 3);
    assertThat(c.recall()).isEqualTo(0.5);
    assertThat(c.f1()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void reportIsATableWithEveryExtractorAndCriterion() {
    Facts gold = facts(quote(0, 20, "Mark Rutte"), time(30, 34, "2019"));
    Facts predicted = facts(quote(0, 20, "Rutte"), time(30, 34, "2018"));
    String report = score(gold, predicted).report();
    assertThat(report).contains("quotes", "sources", "quantities", "money", "times", "places",
        "span+key+name", "n/a");
    assertThat(report.lines().filter(l -> l.startsWith("times") && l.contains("span+key")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains("0.000"));
    assertThat(report.lines().filter(l -> l.startsWith("quotes") && l.contains("span+key")).findFirst())
        .hasValueSatisfying(l -> assertThat(l).contains("1.000"));
    assertThat(report.lines().count()).isEqualTo(2 + 6 * 2 + 1);
  }
}
