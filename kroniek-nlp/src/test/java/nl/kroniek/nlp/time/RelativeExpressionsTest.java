package nl.kroniek.nlp.time;

import static nl.kroniek.nlp.time.TimeAssert.DAY;
import static nl.kroniek.nlp.time.TimeAssert.INSTANT;
import static nl.kroniek.nlp.time.TimeAssert.MONTH;
import static nl.kroniek.nlp.time.TimeAssert.UNKNOWN;
import static nl.kroniek.nlp.time.TimeAssert.YEAR;
import static nl.kroniek.nlp.time.TimeAssert.expect;
import static nl.kroniek.nlp.time.TimeAssert.extract;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.kroniek.model.PubDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Expressions resolved against the publication date, at every reference precision. The day reference is
 * Wednesday 15 November 2017; the month reference 2017-11, the year reference 2017.
 */
class RelativeExpressionsTest {

  /**
   * One row per construction: sentence, span, then value/granularity for DAY, MONTH, YEAR references.
   * INSTANT resolves like DAY; UNKNOWN gives a null value with the DAY granularity.
   */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Gisteren werd het pand ontruimd.              | Gisteren            | 2017-11-14 | day     | 2017-11 | month   | 2017    | year
      Eergisteren werd het pand ontruimd.           | Eergisteren         | 2017-11-13 | day     | 2017-11 | month   | 2017    | year
      Vandaag wordt het pand ontruimd.              | Vandaag             | 2017-11-15 | day     | 2017-11 | month   | 2017    | year
      Morgen wordt het pand ontruimd.               | Morgen              | 2017-11-16 | day     | 2017-11 | month   | 2017    | year
      Overmorgen wordt het pand ontruimd.           | Overmorgen          | 2017-11-17 | day     | 2017-11 | month   | 2017    | year
      Vanochtend werd het pand ontruimd.            | Vanochtend          | 2017-11-15 | day     | 2017-11 | month   | 2017    | year
      Vanmorgen werd het pand ontruimd.             | Vanmorgen           | 2017-11-15 | day     | 2017-11 | month   | 2017    | year
      Vanavond wordt het pand ontruimd.             | Vanavond            | 2017-11-15 | day     | 2017-11 | month   | 2017    | year
      Vannacht werd het pand ontruimd.              | Vannacht            | 2017-11-15 | day     | 2017-11 | month   | 2017    | year
      Gisteravond werd het pand ontruimd.           | Gisteravond         | 2017-11-14 | day     | 2017-11 | month   | 2017    | year
      Vorige week werd het pand ontruimd.           | Vorige week         | 2017-W45   | week    | 2017-11 | month   | 2017    | year
      Volgende week wordt het pand ontruimd.        | Volgende week       | 2017-W47   | week    | 2017-11 | month   | 2017    | year
      Deze week wordt het pand ontruimd.            | Deze week           | 2017-W46   | week    | 2017-11 | month   | 2017    | year
      Afgelopen dinsdag werd het pand ontruimd.     | Afgelopen dinsdag   | 2017-11-14 | day     | 2017-11 | month   | 2017    | year
      Vorige dinsdag werd het pand ontruimd.        | Vorige dinsdag      | 2017-11-14 | day     | 2017-11 | month   | 2017    | year
      Op dinsdag werd het pand ontruimd.            | dinsdag             | 2017-11-14 | day     | 2017-11 | month   | 2017    | year
      Op maandagavond werd het pand ontruimd.       | maandagavond        | 2017-11-13 | day     | 2017-11 | month   | 2017    | year
      Komende vrijdag wordt het pand ontruimd.      | Komende vrijdag     | 2017-11-17 | day     | 2017-11 | month   | 2017    | year
      De deal wordt maandag beklonken.              | maandag             | 2017-11-13 | day     | 2017-11 | month   | 2017    | year
      Vrijdag aanstaande wordt het pand ontruimd.   | Vrijdag aanstaande  | 2017-11-17 | day     | 2017-11 | month   | 2017    | year
      De verdachte zal vrijdag worden voorgeleid.   | vrijdag             | 2017-11-17 | day     | 2017-11 | month   | 2017    | year
      Het kabinet zal maandag besluiten.            | maandag             | 2017-11-20 | day     | 2017-11 | month   | 2017    | year
      De rechters zullen woensdag uitspraak doen.   | woensdag            | 2017-11-15 | day     | 2017-11 | month   | 2017    | year
      De actiegroep wil zondag flyeren.             | zondag              | 2017-11-19 | day     | 2017-11 | month   | 2017    | year
      Het kabinet kon maandag niet beslissen.       | maandag             | 2017-11-13 | day     | 2017-11 | month   | 2017    | year
      De verdachte is vrijdag voorgeleid.           | vrijdag             | 2017-11-10 | day     | 2017-11 | month   | 2017    | year
      Het kabinet heeft maandag besloten.           | maandag             | 2017-11-13 | day     | 2017-11 | month   | 2017    | year
      De minister zei vrijdag dat ze zal aftreden.  | vrijdag             | 2017-11-10 | day     | 2017-11 | month   | 2017    | year
      Een woordvoerder zegt dinsdag dat ze zal gaan.| dinsdag             | 2017-11-14 | day     | 2017-11 | month   | 2017    | year
      Vorige week dinsdag werd het pand ontruimd.   | Vorige week dinsdag | 2017-11-07 | day     | 2017-11 | month   | 2017    | year
      Vorige maand werd het pand ontruimd.          | Vorige maand        | 2017-10    | month   | 2017-10 | month   | 2017    | year
      Volgend jaar wordt het pand ontruimd.         | Volgend jaar        | 2018       | year    | 2018    | year    | 2018    | year
      Vorig jaar werd het pand ontruimd.            | Vorig jaar          | 2016       | year    | 2016    | year    | 2016    | year
      Dit jaar wordt het pand ontruimd.             | Dit jaar            | 2017       | year    | 2017    | year    | 2017    | year
      Afgelopen weekend werd het pand ontruimd.     | Afgelopen weekend   | 2017-W45-WE | week   | 2017-11 | month   | 2017    | year
      Twee jaar geleden werd het pand ontruimd.     | Twee jaar geleden   | 2015       | year    | 2015    | year    | 2015    | year
      Twee maanden geleden werd het pand ontruimd.  | Twee maanden geleden | 2017-09   | month   | 2017-09 | month   | 2017    | year
      Drie weken geleden werd het pand ontruimd.    | Drie weken geleden  | 2017-W43   | week    | 2017-10 | month   | 2017    | year
      Over twee weken wordt het pand ontruimd.      | Over twee weken     | 2017-W48   | week    | 2017-11 | month   | 2017    | year
      Over een jaar wordt het pand ontruimd.        | Over een jaar       | 2018       | year    | 2018    | year    | 2018    | year
      Het vorige kwartaal werd het pand ontruimd.   | Het vorige kwartaal | 2017-Q3    | quarter | 2017-Q3 | quarter | 2017    | year
      """)
  void resolvesAtEveryPrecision(String sentence, String span, String dayValue, String dayGranularity,
      String monthValue, String monthGranularity, String yearValue, String yearGranularity) {
    expect(sentence, DAY, span, dayValue, dayGranularity, null, true);
    expect(sentence, INSTANT, span, dayValue, dayGranularity, null, true);
    expect(sentence, MONTH, span, monthValue, monthGranularity, null, true);
    expect(sentence, YEAR, span, yearValue, yearGranularity, null, true);
    expect(sentence, UNKNOWN, span, null, dayGranularity.equals("week") && dayValue.endsWith("WE") ? "week"
        : dayGranularity, null, true);
  }

  @Test
  void monthPrecisionNeverInventsADayEvenAtTheMonthBoundary() {
    // On 1 November "gisteren" was in October; with month precision the reference month is accepted.
    PubDate firstOfMonth = PubDate.ofDay(LocalDate.of(2017, 11, 1));
    expect("Gisteren werd het pand ontruimd.", firstOfMonth, "Gisteren", "2017-10-31", "day", null, true);
    expect("Gisteren werd het pand ontruimd.", MONTH, "Gisteren", "2017-11", "month", null, true);
  }

  @Test
  void bareWeekdayIsTheLatestOnOrBeforeTheReference() {
    expect("Woensdag sprak de Kamer erover.", DAY, "Woensdag", "2017-11-15", "day", null, true);
    expect("Donderdag sprak de Kamer erover.", DAY, "Donderdag", "2017-11-09", "day", null, true);
    expect("Afgelopen woensdag sprak de Kamer erover.", DAY, "Afgelopen woensdag", "2017-11-08", "day", null, true);
    expect("Komende woensdag spreekt de Kamer erover.", DAY, "Komende woensdag", "2017-11-22", "day", null, true);
  }

  @Test
  void recurringAndAnaphoricWeekdaysAreNotDated() {
    assertThat(extract("Elke zaterdag is er markt.", DAY)).isEmpty();
    assertThat(extract("Op die zaterdag was ik aan het leren.", DAY)).isEmpty();
    assertThat(extract("Er is een zaterdag vrij.", DAY)).isEmpty();
  }

  @Test
  void morgenIsOnlyTomorrowWhenNotAMorningOrANewspaper() {
    assertThat(extract("De Morgen schreef erover.", DAY)).isEmpty();
    assertThat(extract("Het was vroeg in de morgen.", DAY)).isEmpty();
    assertThat(extract("Hij werkt 's morgens.", DAY)).isEmpty();
    assertThat(extract("Vandaag de dag werkt niemand meer zo.", DAY)).isEmpty();
  }

  @Test
  void stretchesEndingOrStartingAtTheReferenceAreAnchoredDurations() {
    String s = "De afgelopen weken is het aantal meldingen verdubbeld.";
    expect(s, DAY, "De afgelopen weken", "PXW/2017-11-15", "duration", null, true);
    expect(s, INSTANT, "De afgelopen weken", "PXW/2017-11-15", "duration", null, true);
    expect(s, MONTH, "De afgelopen weken", "PXW/2017-11", "duration", null, true);
    expect(s, YEAR, "De afgelopen weken", "PXW/2017", "duration", null, true);
    expect(s, UNKNOWN, "De afgelopen weken", null, "duration", null, true);
    expect("De afgelopen jaren groeide de stad.", MONTH, "De afgelopen jaren", "PXY/2017-11", "duration", null,
        true);
    expect("De laatste twee jaar groeide de stad.", DAY, "De laatste twee jaar", "P2Y/2017-11-15", "duration",
        null, true);
    expect("De komende dagen blijft het koud.", DAY, "De komende dagen", "2017-11-15/PXD", "duration", null, true);
    expect("Het afgelopen jaar groeide de stad.", DAY, "Het afgelopen jaar", "P1Y/2017-11-15", "duration", null,
        true);
  }

  @Test
  void vagueAdverbsAreNotReported() {
    assertThat(extract("Binnenkort komt er een besluit; onlangs en recent was er ook al overleg.", DAY)).isEmpty();
  }

  @Test
  void vagueCountsGiveNoValue() {
    expect("Enkele dagen geleden werd het pand ontruimd.", DAY, "Enkele dagen geleden", null, "day", null, true);
    expect("Jaren geleden werd het pand ontruimd.", DAY, "Jaren geleden", null, "year", null, true);
  }

  @Test
  void partsOfRelativeYears() {
    expect("Eind vorig jaar werd het pand ontruimd.", DAY, "Eind vorig jaar", "2016", "year", "end", true);
    expect("Eind vorig jaar werd het pand ontruimd.", MONTH, "Eind vorig jaar", "2016", "year", "end", true);
    expect("Eind vorig jaar werd het pand ontruimd.", UNKNOWN, "Eind vorig jaar", null, "year", "end", true);
    expect("Begin volgend jaar wordt het pand ontruimd.", YEAR, "Begin volgend jaar", "2018", "year", "start",
        true);
  }
}
