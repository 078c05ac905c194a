package nl.kroniek.nlp.quote;

import static nl.kroniek.nlp.quote.Fixture.entity;
import static nl.kroniek.nlp.quote.Fixture.sources;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.EntityType;
import org.junit.jupiter.api.Test;

/** Which outlets, organisations and people information is attributed to. */
class SourceExtractorTest {

  private static CitedSource only(String text) {
    List<CitedSource> s = sources(text);
    assertThat(s).as("sources of %s", text).hasSize(1);
    return s.get(0);
  }

  @Test
  void volgens() {
    CitedSource s = only("Volgens de BBC zijn er tientallen doden gevallen.");
    assertThat(s.name()).isEqualTo("BBC");
    assertThat(s.text()).isEqualTo("BBC");
    assertThat(s.cue()).isEqualTo("volgens");
  }

  @Test
  void meldtAfterTheClause() {
    CitedSource s = only("De grens is weer open, meldt persbureau Reuters.");
    assertThat(s.name()).isEqualTo("Reuters");
    assertThat(s.cue()).isEqualTo("meldt");
  }

  @Test
  void outletTheSpeakerTalkedTo() {
    List<CitedSource> s = sources("Een agent vertelde aan de Guardian dat de orders van hogerhand kwamen.");
    assertThat(s).extracting(CitedSource::name).containsExactly("een agent", "The Guardian");
    assertThat(s.get(1).cue()).isEqualTo("vertelde aan");
    assertThat(s.get(1).text()).isEqualTo("Guardian");
  }

  @Test
  void quotedOutletNameAfterItsKind() {
    CitedSource s = only("Volgens de Amerikaanse krant 'New York Times' is de deal rond.");
    assertThat(s.name()).isEqualTo("The New York Times");
    assertThat(s.text()).isEqualTo("New York Times");
  }

  @Test
  void unnamedSourcesKeepTheirNounPhrase() {
    assertThat(only("Bij het ongeluk vielen drie gewonden, aldus de getuigen.").name()).isEqualTo("getuigen");
    assertThat(only("Uiteindelijk erkenden de autoriteiten dat er fouten waren gemaakt.").name())
        .isEqualTo("autoriteiten");
    assertThat(only("Het kabinet valt deze week, zeggen bronnen rond het kabinet.").name())
        .isEqualTo("bronnen rond het kabinet");
  }

  @Test
  void aSpokespersonStandsForTheOrganisation() {
    CitedSource s = only("De verdachte is vrijgelaten, aldus een woordvoerder van de politie.");
    assertThat(s.name()).isEqualTo("politie");
    assertThat(s.text()).isEqualTo("de politie");
  }

  @Test
  void publisherOfAFinding() {
    assertThat(only("Het aantal faillissementen stijgt, zo blijkt uit onderzoek van het CBS.").name())
        .isEqualTo("CBS");
    assertThat(only("Uit cijfers van het Kadaster blijkt dat huizen duurder worden.").name()).isEqualTo("Kadaster");
  }

  @Test
  void schrijftAndMeldtAsVerbsOfTheSubject() {
    assertThat(only("NRC schrijft dat de minister ervan wist.").name()).isEqualTo("NRC");
    assertThat(only("Het AD meldt dat de wedstrijd is afgelast.").name()).isEqualTo("Algemeen Dagblad");
  }

  @Test
  void speakerOfADirectQuoteWithZeiIsNoSource() {
    assertThat(sources("\"Wij zijn klaar\", zei Petra Lont.")).isEmpty();
  }

  @Test
  void speakerOfADirectQuoteWithAnInformationCueIsASource() {
    assertThat(only("\"Er is een verdachte opgepakt\", bevestigde de politie.").name()).isEqualTo("politie");
    assertThat(only("\"De bus rijdt niet\", aldus Petra Lont.").name()).isEqualTo("Petra Lont");
  }

  @Test
  void interviewWithAnOutlet() {
    List<CitedSource> s = sources("\"Ik stop\", zei de zanger in een interview met de Volkskrant.");
    assertThat(s).extracting(CitedSource::name).containsExactly("de Volkskrant");
    assertThat(s.get(0).cue()).isEqualTo("interview met");
  }

  @Test
  void pronounSourceIsResolvedButKeepsItsMention() {
    List<CitedSource> s = sources("\"Wij wachten af\", zei Bram Wit. Volgens hem duurt het nog maanden.");
    assertThat(s).hasSize(1);
    assertThat(s.get(0).name()).isEqualTo("Bram Wit");
    assertThat(s.get(0).text()).isEqualTo("hem");
  }

  @Test
  void organisationEntityAsAddressee() {
    String text = "Hij zei tegen Zembla dat de cijfers niet kloppen.";
    List<CitedSource> s = sources(text, entity(text, "Zembla", EntityType.ORG, "Zembla"));
    assertThat(s).extracting(CitedSource::name).contains("Zembla");
  }

  @Test
  void nothingInPlainNarrative() {
    assertThat(sources("De trein vertrok om negen uur uit Utrecht en kwam pas om twaalf uur aan.")).isEmpty();
  }
}
