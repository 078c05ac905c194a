package nl.kroniek.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Quote;
import org.junit.jupiter.api.Test;
import nl.kroniek.nlp.Seeds;

/** The two seed articles (bundled with the demo). */
class SeedArticlesTest {

  private static String seed(String prefix) throws IOException {
    return SharedData.seedText(Seeds.raw(prefix));
  }


  private static Quote quoteStartingWith(List<Quote> quotes, String words) {
    return quotes.stream().filter(q -> q.text().startsWith(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote '" + words + "' in " + quotes));
  }

  @Test
  void dillonIsQuotedTwiceAndTheScareQuoteIsNoQuote() throws IOException {
    String text = seed("000_");
    List<Quote> quotes = Fixture.quotes(text);
    Quote first = quoteStartingWith(quotes, "We wilden niet dat er iemand vertrok");
    assertThat(first.direct()).isTrue();
    assertThat(first.speaker()).isEqualTo("Ryan Dillon");
    assertThat(first.speakerDescription()).isEqualTo("kolonel, woordvoerder van de westerse coalitie tegen IS");
    Quote second = quoteStartingWith(quotes, "Maar dit gaat terug tot");
    assertThat(second.speaker()).isEqualTo("Ryan Dillon");
    assertThat(second.text()).contains("'door, met en via'").endsWith("met betrekking tot de operaties.");
    assertThat(quotes).extracting(Quote::text).noneMatch(t -> t.equals("door, met en via"));
  }

  @Test
  void abuSaadTheOfficerAndTheIndirectQuote() throws IOException {
    String text = seed("004_");
    List<Quote> quotes = Fixture.quotes(text);
    assertThat(quoteStartingWith(quotes, "De meesten willen er weg").speaker()).isEqualTo("Abu Saad");
    assertThat(quoteStartingWith(quotes, "Velen beseffen").speaker()).isEqualTo("Abu Saad");
    assertThat(quoteStartingWith(quotes, "Het is nu veel beter dan vroeger").speaker())
        .isEqualTo("een inlichtingsofficier");
    assertThat(quoteStartingWith(quotes, "We hebben een veel beter beeld gekregen").speaker())
        .isEqualTo("een inlichtingsofficier");
    Quote indirect = quoteStartingWith(quotes, "vormen de Saoedi's");
    assertThat(indirect.direct()).isFalse();
    assertThat(indirect.speaker()).isEqualTo("Abu Saad");
    assertThat(quotes).extracting(Quote::text).doesNotContain("The Guardian");
  }

  @Test
  void sourcesOfTheSeeds() throws IOException {
    String first = seed("000_");
    List<CitedSource> bbc = Fixture.sources(first).stream().filter(s -> s.name().equals("BBC")).toList();
    assertThat(bbc).extracting(CitedSource::cue).containsExactly("vertelden aan", "meldt");
    String second = seed("004_");
    List<CitedSource> guardian = Fixture.sources(second).stream().filter(s -> s.name().equals("The Guardian"))
        .toList();
    assertThat(guardian).extracting(CitedSource::cue).containsExactly("volgens", "vertelde aan");
    assertThat(guardian).extracting(CitedSource::text).containsExactly("The Guardian", "Guardian");
    assertThat(Fixture.sources(first)).extracting(CitedSource::name).contains("getuigen", "autoriteiten");
  }
}
