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
import java.util.stream.Stream;
import nl.kroniek.model.PubDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Dates, months, years, decades, ranges, holidays, seasons and quarters written out in the text. */
class AbsoluteExpressionsTest {

  static Stream<PubDate> everyReference() {
    return Stream.of(DAY, MONTH, YEAR, INSTANT, UNKNOWN);
  }

  @ParameterizedTest
  @MethodSource("everyReference")
  void fullDateNeedsNoReference(PubDate ref) {
    expect("Het verdrag werd op 15 oktober 2017 in Brussel getekend.", ref, "15 oktober 2017", "2017-10-15",
        "day", null, false);
  }

  @ParameterizedTest
  @MethodSource("everyReference")
  void abbreviatedMonthKeepsItsPeriodInTheSpan(PubDate ref) {
    expect("De hoorzitting is verplaatst naar 15 okt. 2017 om negen uur.", ref, "15 okt. 2017", "2017-10-15",
        "day", null, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Het contract eindigt op 15-10-2017, meldt de gemeente.  | 15-10-2017
      Het contract eindigt op 15/10/2017, meldt de gemeente.  | 15/10/2017
      Het contract eindigt op 15.10.2017, meldt de gemeente.  | 15.10.2017
      Het contract eindigt op 2017-10-15, meldt de gemeente.  | 2017-10-15
      """)
  void numericDates(String sentence, String span) {
    for (PubDate ref : new PubDate[] {DAY, MONTH, YEAR, INSTANT, UNKNOWN}) {
      expect(sentence, ref, span, "2017-10-15", "day", null, false);
    }
  }

  @Test
  void impossibleOrGluedNumericDatesAreNotDates() {
    assertThat(extract("Bel 31-02-2017 of 06-12-3456 of code 12-10-2017-44.", DAY)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("everyReference")
  void monthWithYear(PubDate ref) {
    expect("In oktober 2017 zakte de omzet in.", ref, "oktober 2017", "2017-10", "month", null, false);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      De school werd in 2016 gesloten.                      | 2016
      Hij woont sinds 1999 in Leiden.                       | 1999
      Het rapport uit 2016 werd nooit openbaar.             | 2016
      De regeling geldt t/m 2020.                           | 2020
      De wet geldt tot en met 2020.                         | 2020
      Het boek Collapse (2005) gaat over ineenstorting.     | 2005
      De winst over boekjaar 2016 viel tegen.               | 2016
      De plannen lopen tot aan 2030.                        | 2030
      Er werd vanaf ongeveer 1960 gebouwd.                  | 1960
      Het schip is vergaan rond 1540.                       | 1540
      De munt stamt uit 1543, zegt de expert.               | 1543
      De familie had tot 1548 een kopermijn.                | 1548
      """)
  void bareYearInAYearContext(String sentence, String year) {
    for (PubDate ref : new PubDate[] {DAY, MONTH, YEAR, INSTANT, UNKNOWN}) {
      expect(sentence, ref, year, year, "year", null, false);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Het schip dateert uit de zeventiende eeuw.            | de zeventiende eeuw    | 16
      Het schip dateert uit de 17e eeuw.                    | de 17e eeuw            | 16
      In de 19de eeuw groeide de stad snel.                 | de 19de eeuw           | 18
      Dat is het probleem van de eenentwintigste eeuw.      | de eenentwintigste eeuw | 20
      """)
  void centuriesByTheirOrdinal(String sentence, String span, String value) {
    for (PubDate ref : new PubDate[] {DAY, MONTH, UNKNOWN}) {
      expect(sentence, ref, span, value, "century", null, false);
    }
  }

  @Test
  void rangesOfDaysAndYears() {
    expect("De staking duurt van 8 tot en met 10 april.", DAY, "8 tot en met 10 april", "2017-04-08/2017-04-10",
        "day", null, true);
    expect("Het festival is 17 t/m 19 juli 2019 in Gent.", UNKNOWN, "17 t/m 19 juli 2019", "2019-07-17/2019-07-19",
        "day", null, false);
    // against a month the range takes the year a single date would take (the nearest, leaning to the past)
    expect("De staking duurt van 8 tot en met 10 april.", MONTH, "8 tot en met 10 april", "2017-04-08/2017-04-10",
        "day", null, true);
    expect("Wie geboren is in de jaren 2004 tot en met 2007, mag meedoen.", DAY, "2004 tot en met 2007",
        "2004/2007", "year", null, false);
    assertThat(extract("Het werd 3-1 voor Ajax in april.", DAY)).extracting(e -> e.text()).containsExactly("april");
  }

  @Test
  void yearPhraseIncludesItsNoun() {
    expect("In het jaar 2016 begon de bouw.", MONTH, "het jaar 2016", "2016", "year", null, false);
    expect("De stad anno 2017 is een andere stad.", UNKNOWN, "anno 2017", "2017", "year", null, false);
  }

  @Test
  void listsOfYearsContinueAfterTheFirst() {
    assertThat(extract("Hij won in 2014, 2015 en 2016 de titel.", DAY)).extracting(e -> e.value())
        .containsExactly("2014", "2015", "2016");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Er kwamen 2016 mensen op de markt af.
      Hij kreeg een boete van 2000 euro.
      In 1500 gevallen ging het mis.
      Het gebied valt onder Natura 2000 sinds de uitbreiding.
      Het kostte 2.000 dollar en 1.700 euro.
      Het nummer is 0201 2016 330.
      Per jaar 2000 nieuwe aanvragen.
      Het stadion biedt plaats aan tot 1500 bezoekers.
      Sinds 1200 leden opzegden, is de club kleiner.
      In 1700 huishoudens viel de stroom uit.
      """)
  void numbersThatAreNotYears(String sentence) {
    assertThat(extract(sentence, DAY)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Dat was populair in de jaren negentig.                        | de jaren negentig                       | 199
      Dat was populair in de jaren 90.                              | de jaren 90                             | 199
      Dat was populair in de jaren '90.                             | de jaren '90                            | 199
      Dat was populair in de jaren 1990.                            | de jaren 1990                           | 199
      Dat was populair in de jaren twintig van de vorige eeuw.      | de jaren twintig van de vorige eeuw     | 192
      Dat wordt populair in de jaren twintig van deze eeuw.         | de jaren twintig van deze eeuw          | 202
      Dat was populair aan het einde van de jaren nul.              | het einde van de jaren nul              | 200
      """)
  void decades(String sentence, String span, String value) {
    for (PubDate ref : new PubDate[] {DAY, MONTH, YEAR, INSTANT, UNKNOWN}) {
      assertThat(extract(sentence, ref)).singleElement().satisfies(e -> {
        assertThat(e.text()).isEqualTo(span);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.granularity()).isEqualTo("decade");
      });
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      De renovatie duurde 2016-2017.                    | 2016-2017                 | 2016/2017
      Het seizoen 2016/17 was zwak.                     | 2016/17                   | 2016/2017
      Hij was van 2016 tot 2018 wethouder.              | van 2016 tot 2018         | 2016/2018
      Hij was van 2016 tot en met 2018 wethouder.       | van 2016 tot en met 2018  | 2016/2018
      Hij was tussen 2016 en 2018 wethouder.            | tussen 2016 en 2018       | 2016/2018
      """)
  void yearRangesAreIsoIntervals(String sentence, String span, String value) {
    for (PubDate ref : new PubDate[] {DAY, MONTH, YEAR, INSTANT, UNKNOWN}) {
      expect(sentence, ref, span, value, "year", null, false);
    }
  }

  @Test
  void weekdayWithDateTakesTheDate() {
    expect("De stemming is op dinsdag 15 oktober 2019.", UNKNOWN, "dinsdag 15 oktober 2019", "2019-10-15",
        "day", null, false);
    expect("De stemming is op dinsdag 14 november.", DAY, "dinsdag 14 november", "2017-11-14", "day", null,
        true);
  }

  @Test
  void dayAndMonthTakeTheYearOfTheNearestOccurrenceLeaningToThePast() {
    String s = "De deadline is 15 oktober.";
    expect(s, DAY, "15 oktober", "2017-10-15", "day", null, true);
    expect(s, MONTH, "15 oktober", "2017-10-15", "day", null, true);
    expect(s, YEAR, "15 oktober", "2017-10-15", "day", null, true);
    expect(s, INSTANT, "15 oktober", "2017-10-15", "day", null, true);
    expect(s, UNKNOWN, "15 oktober", null, "day", null, true);
    // Up to four months ahead of the reference counts as coming; further ahead means last year's.
    expect("Op 1 januari gaat de wet in.", DAY, "1 januari", "2018-01-01", "day", null, true);
    expect("Op 15 mei ging de wet in.", DAY, "15 mei", "2017-05-15", "day", null, true);
    expect("Op 15 april gaat de wet in.", DAY, "15 april", "2017-04-15", "day", null, true);
    expect("Op 1 januari gaat de wet in.", YEAR, "1 januari", "2017-01-01", "day", null, true);
    expect("Op de 1e januari gaat de wet in.", DAY, "1e januari", "2018-01-01", "day", null, true);
  }

  @Test
  void leapDayFindsALeapYear() {
    expect("Hij is jarig op 29 februari.", DAY, "29 februari", "2016-02-29", "day", null, true);
    expect("Hij is jarig op 29 februari.", YEAR, "29 februari", null, "day", null, true);
    // No such day: only the month is read.
    assertThat(extract("Op 30 februari gebeurde niets.", DAY)).extracting(e -> e.text()).containsExactly("februari");
  }

  @Test
  void bareMonthsAndTheirYear() {
    expect("In oktober vertrok de trainer.", DAY, "oktober", "2017-10", "month", null, true);
    expect("In oktober vertrok de trainer.", UNKNOWN, "oktober", null, "month", null, true);
    expect("In maart gaat de fabriek dicht.", DAY, "maart", "2018-03", "month", null, true);
    expect("In oktober van vorig jaar vertrok hij.", DAY, "oktober van vorig jaar", "2016-10", "month", null,
        true);
    expect("In oktober vorig jaar vertrok hij.", YEAR, "oktober vorig jaar", "2016-10", "month", null, true);
    expect("De omzet groeide afgelopen november het traagst.", PubDate.ofDay(LocalDate.of(2018, 3, 5)),
        "afgelopen november", "2017-11", "month", null, true);
    // A capitalised month mid-sentence is a name.
    assertThat(extract("Keizer Augustus regeerde lang.", DAY)).isEmpty();
  }

  @Test
  void holidays() {
    PubDate february2018 = PubDate.ofDay(LocalDate.of(2018, 2, 1));
    expect("Met Kerstmis is de winkel dicht.", DAY, "Kerstmis", "2017-12-25", "day", null, true);
    expect("Met Kerstmis is de winkel dicht.", UNKNOWN, "Kerstmis", null, "day", null, true);
    expect("Rond Pasen komen de toeristen.", february2018, "Pasen", "2018-04-01", "day", null, true);
    expect("Op tweede kerstdag 2016 was het druk.", UNKNOWN, "tweede kerstdag 2016", "2016-12-26", "day", null,
        false);
    expect("Op Koningsdag 2014 was het zonnig.", UNKNOWN, "Koningsdag 2014", "2014-04-26", "day", null, false);
    expect("Op Prinsjesdag 2017 werd de begroting gepresenteerd.", UNKNOWN, "Prinsjesdag 2017", "2017-09-19",
        "day", null, false);
    expect("Rond de jaarwisseling is het druk.", MONTH, "de jaarwisseling", "2017-12-31", "day", null, true);
    assertThat(extract("De pasen van de bezoekers werden gecontroleerd.", DAY)).isEmpty();
  }

  @Test
  void seasons() {
    expect("Deze zomer gaan de werkzaamheden beginnen.", DAY, "Deze zomer", "2017-SU", "season", null, true);
    expect("Deze zomer gaan de werkzaamheden beginnen.", YEAR, "Deze zomer", "2017-SU", "season", null, true);
    expect("Deze zomer gaan de werkzaamheden beginnen.", UNKNOWN, "Deze zomer", null, "season", null, true);
    expect("Hij vertrok in het voorjaar van 2016 naar Syrië.", UNKNOWN, "het voorjaar van 2016", "2016-SP",
        "season", null, false);
    expect("Afgelopen zomer was het droog.", DAY, "Afgelopen zomer", "2017-SU", "season", null, true);
    expect("Komende winter wordt het koud.", DAY, "Komende winter", "2017-WI", "season", null, true);
    expect("Na de zomer valt het besluit.", MONTH, "de zomer", "2017-SU", "season", null, true);
    expect("De zomer van vorig jaar was nat.", INSTANT, "De zomer van vorig jaar", "2016-SU", "season", null,
        true);
    assertThat(extract("Het zomer/wintertijdsysteem blijft.", DAY)).isEmpty();
  }

  @Test
  void quartersAndHalfYears() {
    expect("Het derde kwartaal was goed.", DAY, "Het derde kwartaal", "2017-Q3", "quarter", null, true);
    expect("Het derde kwartaal was goed.", MONTH, "Het derde kwartaal", "2017-Q3", "quarter", null, true);
    expect("Het derde kwartaal was goed.", UNKNOWN, "Het derde kwartaal", null, "quarter", null, true);
    expect("In Q3 2016 daalde de winst.", DAY, "Q3 2016", "2016-Q3", "quarter", null, false);
    expect("In het 3e kwartaal daalde de winst.", YEAR, "het 3e kwartaal", "2017-Q3", "quarter", null, true);
    expect("In het laatste kwartaal van 2016 daalde de winst.", DAY, "het laatste kwartaal van 2016", "2016-Q4",
        "quarter", null, false);
    expect("Het vorige kwartaal daalde de winst.", DAY, "Het vorige kwartaal", "2017-Q3", "quarter", null, true);
    expect("Het eerste halfjaar van 2018 groeide de winst.", DAY, "Het eerste halfjaar van 2018", "2018-H1",
        "halfyear", null, false);
  }

  @Test
  void isoWeekNumbers() {
    expect("In week 48 komen de bussen.", DAY, "week 48", "2017-W48", "week", null, true);
    expect("In week 2 van 2018 komen de bussen.", UNKNOWN, "week 2 van 2018", "2018-W02", "week", null, false);
  }
}
