package nl.kroniek.nlp.eval;

import static nl.kroniek.nlp.eval.TestFacts.place;
import static nl.kroniek.nlp.eval.TestFacts.quantity;
import static nl.kroniek.nlp.eval.TestFacts.quote;
import static nl.kroniek.nlp.eval.TestFacts.range;
import static nl.kroniek.nlp.eval.TestFacts.source;
import static nl.kroniek.nlp.eval.TestFacts.time;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The key-value agreement rules, one type at a time. */
class MatchRulesTest {

  private static boolean speakers(String gold, String predicted) {
    return MatchRules.speakerAgrees(quote(0, 1, gold), quote(0, 1, predicted));
  }

  private static boolean sources(String gold, String predicted) {
    return MatchRules.sourceAgrees(source(0, 1, gold), source(0, 1, predicted));
  }

  private static boolean times(String gold, String predicted) {
    return MatchRules.timeAgrees(time(0, 1, gold), time(0, 1, predicted));
  }

  @Test
  void speakerMayBeTheLastNameOrAPartOrAWholeWithTitle() {
    assertThat(speakers("Ryan Dillon", "Dillon")).isTrue();
    assertThat(speakers("Ryan Dillon", "ryan dillon")).isTrue();
    assertThat(speakers("Ryan Dillon", "kolonel Ryan Dillon")).isTrue();
    assertThat(speakers("Jasper van Dijk", "Van Dijk")).isTrue();
    assertThat(speakers("Paul Rosenmöller", "Rosenmoller")).isTrue();
    assertThat(speakers("Gökmen T.", "Gökmen T")).isTrue();
    assertThat(speakers("een woordvoerder van de politie", "woordvoerder")).isTrue();
    assertThat(speakers("een vrijwilliger", "De vrijwilliger")).isTrue();
  }

  @Test
  void speakerMustNotBeSomeoneElseOrOnlyAParticle() {
    assertThat(speakers("Ryan Dillon", "Sigrid Kaag")).isFalse();
    assertThat(speakers("Jasper van Dijk", "van")).isFalse();
    assertThat(speakers("Jasper van Dijk", "Dijkstra")).as("whole words only").isFalse();
    assertThat(speakers("Mark Rutte", null)).as("a missing predicted speaker").isFalse();
    assertThat(speakers(null, "Mark Rutte")).isFalse();
    assertThat(speakers(null, " ")).as("two missing speakers").isTrue();
  }

  @Test
  void sourceNamesIgnoreLeadingArticlesAndCase() {
    assertThat(sources("BBC", "de BBC")).isTrue();
    assertThat(sources("The Guardian", "Guardian")).isTrue();
    assertThat(sources("de Volkskrant", "Volkskrant")).isTrue();
    assertThat(sources("Het Parool", "parool")).isTrue();
    assertThat(sources("Reuters", "persbureau Reuters")).isTrue();
    assertThat(sources("Trouw", "Het Parool")).isFalse();
    assertThat(sources("de", "de")).as("articles alone still compare as themselves").isTrue();
  }

  @Test
  void quantityValuesMustBeEqual() {
    assertThat(MatchRules.quantityAgrees(quantity(0, 1, 2500.0), quantity(0, 1, 2500.0000001))).isTrue();
    assertThat(MatchRules.quantityAgrees(quantity(0, 1, 2500.0), quantity(0, 1, 2501.0))).isFalse();
    assertThat(MatchRules.quantityAgrees(quantity(0, 1, 0.2), quantity(0, 1, 0.2000000001))).isTrue();
    assertThat(MatchRules.quantityAgrees(quantity(0, 1, 10.0), quantity(0, 1, null))).isFalse();
  }

  @Test
  void quantityRangesCompareBothEndsOrAcceptOneEnd() {
    assertThat(MatchRules.quantityAgrees(range(0, 1, 6.0, 7.0), range(0, 1, 6.0, 7.0))).isTrue();
    assertThat(MatchRules.quantityAgrees(range(0, 1, 6.0, 7.0), range(0, 1, 6.0, 8.0))).isFalse();
    assertThat(MatchRules.quantityAgrees(range(0, 1, 100.0, null), range(0, 1, 100.0, null))).isTrue();
    assertThat(MatchRules.quantityAgrees(range(0, 1, 6.0, 7.0), quantity(0, 1, 7.0))).isTrue();
    assertThat(MatchRules.quantityAgrees(range(0, 1, 6.0, 7.0), quantity(0, 1, 6.5))).isFalse();
    assertThat(MatchRules.isRangeHalf(range(0, 1, 6.0, 7.0), quantity(0, 1, 6.0))).isTrue();
    assertThat(MatchRules.isRangeHalf(quantity(0, 1, 6.0), quantity(0, 1, 6.0))).isFalse();
  }

  @Test
  void timeValuesCompareExactlyExceptAnchorsOfDurations() {
    assertThat(times("2017-10", "2017-10")).isTrue();
    assertThat(times("2017-w42", "2017-W42")).isTrue();
    assertThat(times("2017-10", "2017-10-15")).isFalse();
    assertThat(times("PXW", "PXW/2017-09")).isTrue();
    assertThat(times("P3Y", "2019-03-25/P3Y")).isTrue();
    assertThat(times("PXY/2019", "PXY/2018")).as("anchors differ, durations agree").isTrue();
    assertThat(times("P2Y", "P3Y/2019")).isFalse();
    assertThat(times("2016/2018", "2016/2019")).as("intervals of dates compare fully").isFalse();
    assertThat(times("2016/2018", "2016")).isFalse();
    assertThat(times(null, null)).isTrue();
    assertThat(times(null, "2019")).isFalse();
    assertThat(times("2019", null)).isFalse();
  }

  @Test
  void countriesCompareCodesAndNamesCompareSeparately() {
    assertThat(MatchRules.countryAgrees(place(0, 1, "NL", "x"), place(0, 1, "nl", "y"))).isTrue();
    assertThat(MatchRules.countryAgrees(place(0, 1, null, "Europe"), place(0, 1, "", "Europe"))).isTrue();
    assertThat(MatchRules.countryAgrees(place(0, 1, null, "Europe"), place(0, 1, "DE", "Europe"))).isFalse();
    assertThat(MatchRules.placeNameAgrees(place(0, 1, "TR", "Türkiye"), place(0, 1, "TR", "Turkiye"))).isTrue();
    assertThat(MatchRules.placeNameAgrees(place(0, 1, "NL", "The Hague"), place(0, 1, "NL", "Den Haag")))
        .isFalse();
  }
}
