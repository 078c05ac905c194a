package nl.kroniek.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number words, ISO durations and holiday dates. */
class DutchWordsTest {

  @ParameterizedTest
  @CsvSource({"een,1", "één,1", "twaalf,12", "twintig,20", "eenentwintig,21", "tweeëntwintig,22",
      "negenennegentig,99", "honderd,100", "anderhalf,1.5", "anderhalve,1.5", "drieënhalf,3.5", "tienenhalf,10.5",
      "kwartier,-1", "tig,-1", "entwintig,-1", "achtentachtigduizend,-1"})
  void numberWords(String word, double value) {
    assertThat(NumberWords.value(word)).isEqualTo(value);
  }

  @Test
  void decadeDigitOfTensWords() {
    assertThat(NumberWords.tens("negentig")).isEqualTo(9);
    assertThat(NumberWords.tens("twaalf")).isEqualTo(-1);
    assertThat(NumberWords.tens(null)).isEqualTo(-1);
  }

  @ParameterizedTest
  @CsvSource({"YEAR,4,P4Y", "YEAR,1.5,P1Y6M", "YEAR,0.5,P6M", "MONTH,1.5,P1.5M", "WEEK,-1,PXW",
      "HOUR,1.5,PT1H30M", "HOUR,0.5,PT30M", "MINUTE,2.5,PT2M30S", "DAY,0.5,PT12H", "DAY,3,P3D",
      "QUARTER_HOUR,3,PT45M", "QUARTER_HOUR,5,PT1H15M", "QUARTER_HOUR,4,PT1H", "DECADE,2,P20Y",
      "DECADE,-1,PXDE", "CENTURY,1,P100Y", "QUARTER,1.5,P4.5M", "SECOND,-1,PTXS"})
  void isoDurations(TimeUnit unit, double count, String iso) {
    assertThat(unit.iso(count)).isEqualTo(iso);
  }

  @ParameterizedTest
  @CsvSource({"2016,2016-03-27", "2017,2017-04-16", "2018,2018-04-01", "2019,2019-04-21", "2024,2024-03-31",
      "2038,2038-04-25"})
  void easter(int year, LocalDate expected) {
    assertThat(Holiday.easter(year)).isEqualTo(expected);
  }

  @Test
  void holidaysThatMoveOrDidNotExist() {
    assertThat(Holiday.KINGS_DAY.in(2014)).isEqualTo(LocalDate.of(2014, 4, 26)); // the 27th was a Sunday
    assertThat(Holiday.KINGS_DAY.in(2017)).isEqualTo(LocalDate.of(2017, 4, 27));
    assertThat(Holiday.KINGS_DAY.in(2010)).isNull();
    assertThat(Holiday.BUDGET_DAY.in(2018)).isEqualTo(LocalDate.of(2018, 9, 18));
    assertThat(Holiday.ASCENSION.in(2017)).isEqualTo(LocalDate.of(2017, 5, 25));
  }
}
