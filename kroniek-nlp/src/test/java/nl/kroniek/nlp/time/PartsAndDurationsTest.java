package nl.kroniek.nlp.time;

import static nl.kroniek.nlp.time.TimeAssert.DAY;
import static nl.kroniek.nlp.time.TimeAssert.INSTANT;
import static nl.kroniek.nlp.time.TimeAssert.MONTH;
import static nl.kroniek.nlp.time.TimeAssert.UNKNOWN;
import static nl.kroniek.nlp.time.TimeAssert.YEAR;
import static nl.kroniek.nlp.time.TimeAssert.expect;
import static nl.kroniek.nlp.time.TimeAssert.extract;
import static org.assertj.core.api.Assertions.assertThat;

import nl.kroniek.model.PubDate;
import nl.kroniek.model.fact.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fuzzy parts of periods (begin/midden/eind) and durations. */
class PartsAndDurationsTest {

  private static final PubDate[] ALL = {DAY, MONTH, YEAR, INSTANT, UNKNOWN};

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Begin september kwamen ze aan.          | Begin september         | 2017-09 | month    | start | true
      Midden oktober vertrok het konvooi.     | Midden oktober          | 2017-10 | month    | mid   | true
      Half oktober vertrok het konvooi.       | Half oktober            | 2017-10 | month    | mid   | true
      Medio oktober vertrok het konvooi.      | Medio oktober           | 2017-10 | month    | mid   | true
      Halverwege oktober vertrok het konvooi. | Halverwege oktober      | 2017-10 | month    | mid   | true
      Eind-oktober vertrok het konvooi.       | Eind-oktober            | 2017-10 | month    | end   | true
      Eind 2016 vertrok het konvooi.          | Eind 2016               | 2016    | year     | end   | false
      Begin jaren negentig vertrok hij.       | Begin jaren negentig    | 199     | decade   | start | false
      Eind oktober 2015 vertrok het konvooi.  | Eind oktober 2015       | 2015-10 | month    | end   | false
      Medio 2018 gaat de wet in.              | Medio 2018              | 2018    | year     | mid   | false
      """)
  void modifierBeforeAPeriod(String sentence, String span, String value, String granularity, String modifier,
      boolean relative) {
    for (PubDate ref : ALL) {
      expect(sentence, ref, span, ref == UNKNOWN && relative ? null : value, granularity, modifier, relative);
    }
  }

  @Test
  void modifierNounsWithVan() {
    expect("Aan het einde van het jaar komt het plan.", DAY, "het einde van het jaar", "2017", "year", "end", true);
    expect("Aan het eind van de maand komt het plan.", MONTH, "het eind van de maand", "2017-11", "month", "end",
        true);
    expect("Het begin van de week verliep rustig.", DAY, "Het begin van de week", "2017-W46", "week", "start",
        true);
    expect("Tegen het einde van 2016 kwam het plan.", UNKNOWN, "het einde van 2016", "2016", "year", "end", false);
  }

  @Test
  void modifierIsDroppedWhenTheValueIsCoarsenedToTheReference() {
    // "begin volgende week" with a month reference: the start of an unknown week says nothing about the month.
    expect("Begin volgende week valt het besluit.", DAY, "Begin volgende week", "2017-W47", "week", "start", true);
    expect("Begin volgende week valt het besluit.", MONTH, "Begin volgende week", "2017-11", "month", null, true);
  }

  @Test
  void halvesOfAYear() {
    expect("De eerste helft van 2017 was goed.", UNKNOWN, "De eerste helft van 2017", "2017-H1", "halfyear", null,
        false);
    expect("De tweede helft van vorig jaar was goed.", DAY, "De tweede helft van vorig jaar", "2016-H2",
        "halfyear", null, true);
    expect("De eerste helft van het jaar was goed.", MONTH, "De eerste helft van het jaar", "2017-H1", "halfyear",
        null, true);
    expect("De tweede helft van oktober was nat.", DAY, "De tweede helft van oktober", "2017-10", "month", "end",
        true);
  }

  @Test
  void halfIsOnlyAModifierBeforeAMonthOrYear() {
    assertThat(extract("Het glas is half leeg en half vol.", DAY)).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Het beleg duurde vier maanden.                          | vier maanden      | P4M
      Het beleg duurde twee jaar.                             | twee jaar         | P2Y
      Het beleg duurde drie weken.                            | drie weken        | P3W
      Het overleg duurde anderhalf uur.                       | anderhalf uur     | PT1H30M
      Het overleg duurde een paar dagen.                      | een paar dagen    | PXD
      Na vier maanden van felle gevechten viel de stad.       | vier maanden      | P4M
      De bouw duurde 1,5 jaar.                                | 1,5 jaar          | P1Y6M
      De bouw duurde een half jaar.                           | een half jaar     | P6M
      De bouw duurde een halfjaar.                            | een halfjaar      | P6M
      Het overleg duurde een kwartier.                        | een kwartier      | PT15M
      Het overleg duurde drie kwartier.                       | drie kwartier     | PT45M
      Het overleg duurde een halfuur.                         | een halfuur       | PT30M
      Het overleg duurde 24 uur.                              | 24 uur            | PT24H
      Het overleg duurde vijfentwintig minuten.               | vijfentwintig minuten | PT25M
      Het pand stond jarenlang leeg.                          | jarenlang         | PXY
      Het pand staat al jaren leeg.                           | jaren             | PXY
      Wie klaagt, moet jaren wachten op een uitspraak.        | jaren             | PXY
      De reparatie kan weken duren.                           | weken             | PXW
      Hij had uren gezopen voor hij reed.                     | uren              | PTXH
      Het gebouw staat er al twee eeuwen.                     | twee eeuwen       | P200Y
      Het gebouw staat er al drie decennia.                   | drie decennia     | P30Y
      De winst steeg twee kwartalen op rij.                   | twee kwartalen    | P6M
      Het duurde tweeënhalve dag.                             | tweeënhalve dag   | P2DT12H
      """)
  void durationsResolveWithoutAReference(String sentence, String span, String value) {
    for (PubDate ref : ALL) {
      expect(sentence, ref, span, value, "duration", null, false);
    }
  }

  @Test
  void pluralUnitsWithAnArticleOrAdjectiveAreNoLengthOfTime() {
    assertThat(extract("In de jaren na de oorlog groeide de stad.", DAY)).isEmpty();
    assertThat(extract("Het waren zware weken voor het team.", DAY)).isEmpty();
  }

  @Test
  void anApproximateCountAfterOfIsNotReadAsOne() {
    assertThat(extract("Over een jaar of dertig is het op; het duurde een week of twee.", DAY)).isEmpty();
  }

  @Test
  void clockTimesAreNotDurations() {
    assertThat(extract("Hij belde om drie uur naar de meldkamer.", DAY)).isEmpty();
    assertThat(extract("De trein vertrekt om 15.00 uur.", DAY)).isEmpty();
  }

  @Test
  void longestMatchWinsAndExpressionsComeInTextOrder() {
    assertThat(extract("Eind vorig jaar, twee jaar geleden en over twee weken.", DAY))
        .extracting(TimeExpression::text)
        .containsExactly("Eind vorig jaar", "twee jaar geleden", "over twee weken");
  }
}
