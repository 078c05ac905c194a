package nl.kroniek.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kroniek.model.fact.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every quote style pairs, and the quote's text and offsets are the same whatever the marks. */
class QuoteStylesTest {

  @ParameterizedTest(name = "{0}…{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "\"|\"", "\u201C|\u201D", "\u201E|\u201D", ",,|''", ",,|\"", "\u2018|\u2019", "'|'", "\u00AB|\u00BB"})
  void everyStyleIsAQuoteWithItsSpeaker(String open, String close) {
    String text = "De haven ligt stil. " + open + "We wachten al drie dagen op onderdelen" + close
        + ", zei havenmeester Gijs Ravestein.";
    Quote q = Fixture.only(text);
    assertThat(q.direct()).isTrue();
    assertThat(q.text()).isEqualTo("We wachten al drie dagen op onderdelen");
    assertThat(q.speaker()).isEqualTo("Gijs Ravestein");
    assertThat(q.speakerDescription()).isEqualTo("havenmeester");
    assertThat(text.substring(q.start(), q.end())).startsWith(open).endsWith(close);
    assertThat(Fixture.mention(text, q)).isEqualTo("Gijs Ravestein");
  }

  @ParameterizedTest(name = "{0}…{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"\"|\"", ",,|''", "'|'", "\u2018|\u2019"})
  void commaInsideTheMarksIsNotPartOfTheText(String open, String close) {
    Quote q = Fixture.only(open + "Dat klopt niet," + close + " zei de wethouder.");
    assertThat(q.text()).isEqualTo("Dat klopt niet");
    assertThat(q.speaker()).isEqualTo("de wethouder");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"'Een robot is een prima hulp,\" zei de ingenieur.",
      "\"Een robot is een prima hulp,' zei de ingenieur."})
  void mixedMarksAfterPunctuationStillPair(String text) {
    Quote q = Fixture.only(text);
    assertThat(q.text()).isEqualTo("Een robot is een prima hulp");
    assertThat(q.speaker()).isEqualTo("de ingenieur");
  }
}
