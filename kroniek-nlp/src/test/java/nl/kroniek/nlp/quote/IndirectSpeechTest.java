package nl.kroniek.nlp.quote;

import static nl.kroniek.nlp.quote.Fixture.only;
import static nl.kroniek.nlp.quote.Fixture.quotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.model.fact.Quote;
import org.junit.jupiter.api.Test;

/** Indirect speech: direct=false, the reported clause as text and span. */
class IndirectSpeechTest {

  @Test
  void zegtDat() {
    String text = "Sanne Bos zegt dat de huren volgend jaar met vijf procent stijgen.";
    Quote q = only(text);
    assertThat(q.direct()).isFalse();
    assertThat(q.text()).isEqualTo("de huren volgend jaar met vijf procent stijgen");
    assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    assertThat(q.speaker()).isEqualTo("Sanne Bos");
    assertThat(Fixture.mention(text, q)).isEqualTo("Sanne Bos");
  }

  @Test
  void zeiDatWithAnAddresseeBetween() {
    Quote q = only("De directeur zei tegen het personeel dat niemand wordt ontslagen.");
    assertThat(q.text()).isEqualTo("niemand wordt ontslagen");
    assertThat(q.speaker()).isEqualTo("de directeur");
  }

  @Test
  void lietWetenDat() {
    Quote q = only("De NS liet zaterdag weten dat de treinen weer rijden.");
    assertThat(q.text()).isEqualTo("de treinen weer rijden");
    assertThat(q.speaker()).isEqualTo("NS");
  }

  @Test
  void perfectTense() {
    assertThat(only("De minister heeft gisteren gezegd dat het geld er komt.").speaker()).isEqualTo("de minister");
  }

  @Test
  void invertedSubject() {
    Quote q = only("Na afloop verklaarde de scheidsrechter dat hij de overtreding niet had gezien.");
    assertThat(q.speaker()).isEqualTo("de scheidsrechter");
    assertThat(q.text()).isEqualTo("hij de overtreding niet had gezien");
  }

  @Test
  void volgensAtTheStart() {
    Quote q = only("Volgens Tim de Ruiter is het plan onbetaalbaar.");
    assertThat(q.direct()).isFalse();
    assertThat(q.speaker()).isEqualTo("Tim de Ruiter");
    assertThat(q.text()).isEqualTo("is het plan onbetaalbaar");
  }

  @Test
  void volgensAtTheEnd() {
    Quote q = only("Het plan is onbetaalbaar, volgens Tim de Ruiter.");
    assertThat(q.text()).isEqualTo("Het plan is onbetaalbaar");
    assertThat(q.speaker()).isEqualTo("Tim de Ruiter");
  }

  @Test
  void volgensInTheMiddleReportsTheWholeSentence() {
    Quote q = only("Het plan is volgens Tim de Ruiter onbetaalbaar.");
    assertThat(q.text()).isEqualTo("Het plan is volgens Tim de Ruiter onbetaalbaar");
  }

  @Test
  void volgensHemResolves() {
    List<Quote> q = quotes("\"Dit is nieuw\", zegt Omar Haddou. Volgens hem is het nooit eerder vertoond.");
    assertThat(q.get(1).direct()).isFalse();
    assertThat(q.get(1).speaker()).isEqualTo("Omar Haddou");
  }

  @Test
  void trailingReportingVerb() {
    Quote q = only("De opkomst was hoger dan ooit, zegt politicoloog Rens Baas.");
    assertThat(q.text()).isEqualTo("De opkomst was hoger dan ooit");
    assertThat(q.speaker()).isEqualTo("Rens Baas");
  }

  @Test
  void trailingZoVerbWithAddressee() {
    Quote q = only("Het vuur woedde urenlang, zo vertelden omwonenden aan de lokale omroep.");
    assertThat(q.text()).isEqualTo("Het vuur woedde urenlang");
    assertThat(q.speaker()).isEqualTo("omwonenden");
  }

  @Test
  void trailingAldus() {
    Quote q = only("Er zijn geen gewonden gevallen, aldus de brandweer.");
    assertThat(q.direct()).isFalse();
    assertThat(q.speaker()).isEqualTo("de brandweer");
  }

  @Test
  void datMeldtPointsToTheSentenceBefore() {
    Quote q = only("De fabriek in Delfzijl gaat dicht. Dat meldt de regionale omroep.");
    assertThat(q.text()).isEqualTo("De fabriek in Delfzijl gaat dicht");
    assertThat(q.speaker()).isEqualTo("de regionale omroep");
  }

  @Test
  void opinionVerbsAreNotReportedSpeech() {
    assertThat(quotes("De bond verwacht dat de staking lang duurt.")).isEmpty();
    assertThat(quotes("Hij vindt dat de gemeente te laat was.")).isEmpty();
  }

  @Test
  void anObjectBetweenVerbAndDatMeansNoReportedSpeech() {
    assertThat(quotes("Met die stemming bevestigt de partij het beeld dat zij verdeeld is.")).isEmpty();
  }

  @Test
  void volgensPlanIsNoSource() {
    assertThat(quotes("Volgens plan gaat de school in augustus open.")).isEmpty();
  }

  @Test
  void laterNamedAttributionExplainsAPronoun() {
    Quote q = only("Volgens haar is het bedrijf failliet. Dat zei curator Ellen Smits gisteren.");
    assertThat(q.speaker()).isEqualTo("Ellen Smits");
  }
  @Test
  void aTeInfinitiveAfterAVerbOfSaying() {
    Quote q = only("De student zegt een gevaar voor zijn omgeving te zijn.");
    assertThat(q.text()).isEqualTo("een gevaar voor zijn omgeving te zijn");
    assertThat(q.speaker()).isEqualTo("de student");
    assertThat(quotes("De minister stelde voor te wachten.")).isEmpty(); // a proposal
    assertThat(quotes("Hij zei hem te vertrekken.")).isEmpty(); // an order
  }

  @Test
  void aPronounAfterTheVerbIsTheSubjectNotTheFrontedObject() {
    Quote q = only("Ellen Smit treedt op. Spijt zegt ze niet te hebben.");
    assertThat(q.speaker()).isEqualTo("Ellen Smit");
  }

  @Test
  void aReportInAFrontedSubordinateClauseEndsAtTheMainVerb() {
    List<Quote> q = quotes("Hoewel de wethouder toegaf dat het plan duur is, herhaalde hij dat de bouw doorgaat.");
    assertThat(q).extracting(Quote::text).containsExactly("het plan duur is", "de bouw doorgaat");
    assertThat(q).extracting(Quote::speaker).containsExactly("de wethouder", "de wethouder");
  }

  @Test
  void aRelativeDieStandsForThePhraseBeforeIt() {
    Quote q = only("Het plan is een doorn in het oog van Jansen, die roept dat veel gemeenten te laat zijn.");
    assertThat(q.speaker()).isEqualTo("Jansen");
  }

  @Test
  void aSubjectAfterAConjunction() {
    Quote q = only("Het bedrijf wordt niet genoemd, maar wethouder Anna Smit zei dat er zorgen zijn.");
    assertThat(q.speaker()).isEqualTo("Anna Smit");
  }

  @Test
  void aTrailingAttributionBeforeAColonReportsWhatFollows() {
    Quote q = only("Dan ontstaat een nieuw probleem, waarschuwt Van Dam: de wachtlijsten groeien.");
    assertThat(q.text()).isEqualTo("de wachtlijsten groeien");
    assertThat(q.speaker()).isEqualTo("Van Dam");
  }

  @Test
  void opinionsAndJudgementsAreNoReportedSpeech() {
    assertThat(quotes("De regels zijn te streng, vindt de bond.")).isEmpty();
    assertThat(quotes("Zij heeft de collega beledigd, oordeelde de kantonrechter.")).isEmpty();
  }

  @Test
  void aVerbFormAfterAnArticleIsANoun() {
    assertThat(only("Een bekende zegt dat de man vaak ruzie zocht.").speaker()).isEqualTo("een bekende");
  }

  @Test
  void volgensFiguresIsNoQuote() {
    assertThat(quotes("Volgens de voorlopige cijfers won de regeringspartij in bijna alle grote steden.")).isEmpty();
    assertThat(quotes("De regeringspartij won, volgens de laatste peilingen van het instituut.")).isEmpty();
    assertThat(quotes("Volgens de woordvoerder won de regeringspartij in bijna alle grote steden.")).hasSize(1);
  }

  @Test
  void aRoleOfANamedPersonSpeaks() {
    String text = "T.'s raadsman stelde dat de straf te hoog was.";
    Quote q = only(text, Fixture.entities(text, "T.'s", EntityType.PER, "T."));
    assertThat(q.speaker()).isEqualTo("T.'s raadsman");
    assertThat(q.direct()).isFalse();
    String volgens = "Volgens Trumps advocaat is de zaak rond.";
    assertThat(only(volgens, Fixture.entities(volgens, "Trumps", EntityType.PER, "Trump")).speaker())
        .isEqualTo("Trumps advocaat");
    String named = "Klaas zei dat de straf te hoog was.";
    assertThat(only(named, Fixture.entities(named, "Klaas", EntityType.PER, "Klaas")).speaker())
        .as("a name ending in s without a role after it is the speaker").isEqualTo("Klaas");
  }
}
