package nl.kroniek.nlp.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DutchNumbersTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = ';', value = {
      "3.500; 3500", "2,5; 2.5", "1.700.000; 1700000", "2.000,50; 2000.5", "250; 250", "0,75; 0.75",
      "3.5; 3.5", "1,700,000; 1700000", "1,700; 1.7", "007; 7"})
  void readsDigitsWithDutchSeparators(String digits, double expected) {
    assertThat(DutchNumbers.parseDigits(digits)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "3..5", "1.2.3", "12.34.567", "3,5,1", "1.000,5,5", ".5", "5.", "12a", "IV"})
  void rejectsMalformedDigits(String digits) {
    assertThat(DutchNumbers.parseDigits(digits)).isNull();
  }

  @Test
  void hugeDigitStringsGiveNullWhenTheyDoNotFitAndAValueWhenTheyDo() {
    assertThat(DutchNumbers.parseDigits("9".repeat(400))).isNull();
    assertThat(DutchNumbers.parseDigits("1" + "0".repeat(300))).isEqualTo(1e300);
    assertThat(DutchNumbers.parseDigits("0".repeat(5000) + "42")).isEqualTo(42.0);
    assertThat(DutchNumbers.parseDigits("1," + "3".repeat(5000))).isCloseTo(1.3333, org.assertj.core.data.Offset
        .offset(1e-3));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
      "vijftig, 50", "dertien, 13", "honderd, 100", "duizend, 1000", "tweehonderdvijftig, 250",
      "drieëntwintig, 23", "Drieëntwintig, 23", "vijfenzeventig, 75", "eenentwintig, 21", "twaalfhonderd, 1200",
      "drieduizend, 3000", "tweeduizendvijfhonderd, 2500", "honderdduizend, 100000", "honderdentwintig, 120",
      "anderhalf, 1.5", "anderhalve, 1.5", "tweeënhalf, 2.5", "één, 1", "Eén, 1", "een, 1", "nul, 0",
      "half, 0.5", "dozijn, 12", "miljoen, 1000000", "negentienhonderdvijfenveertig, 1945"})
  void readsNumberWords(String word, double expected) {
    assertThat(DutchNumbers.parseWord(word)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"enkele", "veel", "sommige", "derde", "honderden", "tientallen", "tiental", "en",
      "tweeën", "honderdhonderd", "mln", "aantal", "vijfjarige", "eenen"})
  void rejectsWordsThatAreNotNumberWords(String word) {
    assertThat(DutchNumbers.parseWord(word)).isNull();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = ';', value = {
      "2,5 miljoen; 2500000", "drie miljard; 3000000000", "een half; 0.5", "1,2 mld; 1200000000",
      "een miljoen; 1000000", "anderhalf miljoen; 1500000", "twee honderd; 200", "  7  ; 7"})
  void readsExpressionsWithScaleWords(String expression, double expected) {
    assertThat(DutchNumbers.parse(expression)).isEqualTo(expected);
  }

  @Test
  void expressionsWithUnknownWordsOrOverflowAreNull() {
    assertThat(DutchNumbers.parse("drie mensen")).isNull();
    assertThat(DutchNumbers.parse("")).isNull();
    assertThat(DutchNumbers.parse("9".repeat(300) + " miljard miljard")).isNull();
  }

  @Test
  void scaleWords() {
    assertThat(DutchNumbers.scaleOf("mln")).isEqualTo(1e6);
    assertThat(DutchNumbers.scaleOf("Miljard")).isEqualTo(1e9);
    assertThat(DutchNumbers.scaleOf("mrd")).isEqualTo(1e9);
    assertThat(DutchNumbers.scaleOf("honderd")).isEqualTo(100.0);
    assertThat(DutchNumbers.scaleOf("euro")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"eerste", "tweede", "derde", "vierde", "achtste", "tiende", "twintigste", "honderdste",
      "drieëntwintigste", "miljoenste"})
  void recognisesOrdinalWords(String word) {
    assertThat(DutchNumbers.isOrdinalWord(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"drie", "honderd", "onderde", "verde", "beste", "laatste", "mode"})
  void otherWordsAreNotOrdinals(String word) {
    assertThat(DutchNumbers.isOrdinalWord(word)).isFalse();
  }

  @Test
  void nullIsAnArgumentError() {
    assertThatNullPointerException().isThrownBy(() -> DutchNumbers.parse(null));
    assertThatNullPointerException().isThrownBy(() -> DutchNumbers.parseWord(null));
    assertThatNullPointerException().isThrownBy(() -> DutchNumbers.parseDigits(null));
  }
}
