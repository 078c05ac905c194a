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
  void outletTheSpeakerTalkedToButNotTheSpeakerOfAPlainVerb() {
    // the speaker of "vertellen" is quoted, not cited (facts guidelines); the medium is cited
    List<CitedSource> s = sources("Een agent vertelde aan de Guardian dat de orders van hogerhand kwamen.");
    assertThat(s).extracting(CitedSource::name).containsExactly("The Guardian");
    assertThat(s.get(0).cue()).isEqualTo("vertelde aan");
    assertThat(s.get(0).text()).isEqualTo("Guardian");
  }

  @Test
  void mediumBeforeTheVerbAndAfterAldus() {
    assertThat(only("Tegen persbureau Reuters zei hij dat de grens dichtgaat.").name()).isEqualTo("Reuters");
    assertThat(sources("'Het is rond', aldus Ellen Smits later tegen de krant Le Soir."))
        .extracting(CitedSource::name).containsExactly("Ellen Smits", "Le Soir");
    assertThat(only("In een interview met Het Parool zei zij: \"We stoppen.\"").name()).isEqualTo("Het Parool");
  }

  @Test
  void aLetterToParliamentIsNoMedium() {
    // "schrijven" attributes information to the writer; the addressee is no medium
    assertThat(sources("Het plan gaat niet door, schreef de minister aan de Tweede Kamer."))
        .extracting(CitedSource::name).containsExactly("minister");
  }

  @Test
  void verbsThatAcknowledgeOrConfirmInformation() {
    assertThat(only("Uiteindelijk erkenden de autoriteiten dat er fouten waren gemaakt.").cue()).isEqualTo("erkenden");
    assertThat(only("Een woordvoerder van Defensie bevestigt dat de oefening is gestopt.").name())
        .isEqualTo("Defensie");
    assertThat(only("De verdachte beaamde dat hij alleen stond.").name()).isEqualTo("verdachte");
    assertThat(only("Na lang aandringen gaf de directeur toe dat het misging.").name()).isEqualTo("directeur");
  }

  @Test
  void plainSpeechVerbsAndDenialsAreNoSources() {
    assertThat(sources("Directeur Sandra Bos zegt dat de school verhuist.")).isEmpty();
    assertThat(sources("De woordvoerder verklaarde dat het onderzoek loopt.")).isEmpty();
    assertThat(sources("De minister ontkent dat er geld is verdwenen.")).isEmpty();
  }

  @Test
  void everyVolgensIsASourceEvenInOneSentence() {
    List<CitedSource> s = sources("De kandidaat lag volgens de eerste cijfers voor, volgens cijfers van de zender "
        + "RTV Oost.");
    assertThat(s).extracting(CitedSource::name).containsExactly("eerste cijfers", "zender RTV Oost");
  }

  @Test
  void findingsWithTheirDocuments() {
    assertThat(only("Uit interne stukken blijkt dat de bouw duurder wordt.").name()).isEqualTo("interne stukken");
    assertThat(only("De brief was openbaar, bleek gisteren uit dat rapport.").name()).isEqualTo("rapport");
    assertThat(only("Uit onderzoek van de NOS, dat de cijfers opvroeg, blijkt dat het misgaat.").name())
        .isEqualTo("NOS");
    assertThat(only("Verslaggevers van Zembla brachten vorige week aan het licht dat er werd gesjoemeld.").name())
        .isEqualTo("Zembla");
  }

  @Test
  void aDescriptionOfANamedPersonGivesTheName() {
    String text = "Maandag ontving de Belgische premier Jan Peeters de Duitse kanselier. "
        + "Het gesprek was goed, aldus de Belgische premier.";
    assertThat(only(text).name()).isEqualTo("Jan Peeters");
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
  void aPronounIsNoSource() {
    // facts guidelines: "volgens hem" names nobody (the quote's speaker is still resolved, see IndirectSpeechTest)
    assertThat(sources("\"Wij wachten af\", zei Bram Wit. Volgens hem duurt het nog maanden.")).isEmpty();
  }

  @Test
  void aPronounNamedInTheNextSentenceIsASource() {
    List<CitedSource> s = sources("Volgens hem is de zaak rond. Dat zei Kamerlid Pieter Omtzigt gisteren.");
    assertThat(s).extracting(CitedSource::name).containsExactly("Pieter Omtzigt");
    assertThat(s.get(0).cue()).isEqualTo("volgens");
  }

  @Test
  void theNewspaperItselfIsNoSource() {
    assertThat(sources("\"Het kan niet\", schreef deze krant vorig jaar al.")).isEmpty();
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

  @Test
  void figuresOfAnOrganisationCiteIt() {
    String text = "Volgens cijfers van het CBS groeide de economie met twee procent.";
    assertThat(Fixture.quotes(text, Fixture.entities(text, "CBS", EntityType.ORG, "CBS"))).isEmpty();
    assertThat(sources(text, Fixture.entities(text, "CBS", EntityType.ORG, "CBS"))).extracting(CitedSource::name)
        .containsExactly("CBS");
  }
}
