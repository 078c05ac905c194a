package nl.kroniek.nlp.quote;

import static nl.kroniek.nlp.quote.Fixture.quotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kroniek.model.fact.Quote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Scare quotes, titles and names in quote marks are not quotes. */
class ScareQuoteTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Het college wil 'samen, sneller en slimmer' werken.",
      "Volgens de Franse krant 'Le Monde' is de top mislukt.",
      "Hij noemde het voorstel 'een speciale plek in de hel' waard.",
      "Ze las 'De ontdekking van de hemel' in twee dagen uit.",
      "Het 'Nee'-kamp won het referendum.",
      "De zogenaamde \"experts\" waren het oneens.",
      "Het programma „Nieuwsuur” besteedde er aandacht aan."})
  void shortPhraseInsideASentenceWithoutAttribution(String text) {
    assertThat(quotes(text)).filteredOn(Quote::direct).isEmpty();
  }

  @Test
  void scareQuoteInsideARealQuoteIsPartOfIt() {
    List<Quote> q = quotes("\"Wij werken 'van onderop' en niet anders\", zei de wethouder.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("Wij werken 'van onderop' en niet anders");
  }

  @Test
  void aSentenceOfItsOwnInQuoteMarksIsAQuoteWithoutSpeaker() {
    List<Quote> q = quotes("De zaal werd stil. \"Dit is het einde van een tijdperk.\" Daarna begon het applaus.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).direct()).isTrue();
    assertThat(q.get(0).speaker()).isNull();
  }

  @Test
  void partialQuoteWithAttributionIsAQuote() {
    List<Quote> q = quotes("De docent ligt volgens leerlingen 'heel erg goed in de klas', aldus de directeur.");
    assertThat(q).filteredOn(Quote::direct).extracting(Quote::speaker).containsExactly("de directeur");
  }
}
