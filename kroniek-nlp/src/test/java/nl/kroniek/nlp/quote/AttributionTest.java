package nl.kroniek.nlp.quote;

import static nl.kroniek.nlp.quote.Fixture.entity;
import static nl.kroniek.nlp.quote.Fixture.mention;
import static nl.kroniek.nlp.quote.Fixture.only;
import static nl.kroniek.nlp.quote.Fixture.quotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.model.fact.Quote;
import org.junit.jupiter.api.Test;

/** Who said a direct quote: one test per construction. */
class AttributionTest {

  @Test
  void reportingVerbAfterTheQuote() {
    Quote q = only("\"De brug blijft tot maandag dicht\", zegt Noor Hamdi.");
    assertThat(q.speaker()).isEqualTo("Noor Hamdi");
    assertThat(q.speakerDescription()).isNull();
  }

  @Test
  void reportingVerbAndColonBeforeTheQuote() {
    String text = "Noor Hamdi zei: \"De brug blijft tot maandag dicht.\"";
    Quote q = only(text);
    assertThat(q.speaker()).isEqualTo("Noor Hamdi");
    assertThat(q.text()).isEqualTo("De brug blijft tot maandag dicht.");
    assertThat(mention(text, q)).isEqualTo("Noor Hamdi");
  }

  @Test
  void invertedSubjectBeforeTheColon() {
    assertThat(only("Daarop zei de voorzitter van de raad: 'Zo gaan we niet met elkaar om.'").speaker())
        .isEqualTo("de voorzitter van de raad");
  }

  @Test
  void aldus() {
    Quote q = only("\"We hebben de wedstrijd in de eerste helft verloren\", aldus trainer Piet Vos.");
    assertThat(q.speaker()).isEqualTo("Piet Vos");
    assertThat(q.speakerDescription()).isEqualTo("trainer");
  }

  @Test
  void nameInsideANamingRelativeClause() {
    String text = "\"Ik slaap al weken in mijn auto\", vertelde de 52-jarige vrouw die zichzelf Rosa liet noemen.";
    Quote q = only(text);
    assertThat(q.speaker()).isEqualTo("Rosa");
    assertThat(q.speakerDescription()).isEqualTo("52-jarige vrouw");
    assertThat(mention(text, q)).isEqualTo("Rosa");
  }

  @Test
  void titleBeforeAndRoleAfterTheNameGoToTheDescription() {
    Quote q = only("\"We trekken ons niet terug\", reageerde generaal Anna Berg, commandant van de landmacht.");
    assertThat(q.speaker()).isEqualTo("Anna Berg");
    assertThat(q.speakerDescription()).isEqualTo("generaal, commandant van de landmacht");
  }

  @Test
  void nameAfterARoleAndComplement() {
    Quote q = only("\"Het onderzoek is afgerond\", zei de minister van Binnenlandse Zaken Sara Kuipers.");
    assertThat(q.speaker()).isEqualTo("Sara Kuipers");
    assertThat(q.speakerDescription()).isEqualTo("minister van Binnenlandse Zaken");
  }

  @Test
  void appositiveNameAfterARole() {
    Quote q = only("De woordvoerder van de rederij, Thijs Ouwens, zei: \"Het schip vaart morgen weer.\"");
    assertThat(q.speaker()).isEqualTo("Thijs Ouwens");
    assertThat(q.speakerDescription()).isEqualTo("woordvoerder van de rederij");
  }

  @Test
  void unnamedSpeakerIsItsNounPhrase() {
    String text = "\"Ze kwamen midden in de nacht\", verklaarde een buurtbewoner.";
    Quote q = only(text);
    assertThat(q.speaker()).isEqualTo("een buurtbewoner");
    assertThat(q.speakerDescription()).isNull();
    assertThat(mention(text, q)).isEqualTo("een buurtbewoner");
  }

  @Test
  void pronounResolvesToThePreviouslyQuotedPerson() {
    List<Quote> q = quotes("\"We gaan door\", zei Ilse Dijkman. Het bestuur vergaderde daarna urenlang. "
        + "\"Er komt een nieuwe koers\", zei ze later.");
    assertThat(q).extracting(Quote::speaker).containsExactly("Ilse Dijkman", "Ilse Dijkman");
    assertThat(q.get(1).speakerStart()).isEqualTo(-1);
    assertThat(q.get(1).speakerEnd()).isEqualTo(-1);
  }

  @Test
  void aldusZijAndVerteltZeResolve() {
    List<Quote> q = quotes("\"Het is mooi geweest\", aldus Marjan Hoek. Ze stopt na dertig jaar. "
        + "\"Ik ga reizen\", vertelt ze.");
    assertThat(q).extracting(Quote::speaker).containsExactly("Marjan Hoek", "Marjan Hoek");
  }

  @Test
  void pronounResolvesToTheRecognisedPersonWhenNobodyWasQuotedYet() {
    String text = "Wethouder Dekkers opende de vergadering. \"Dit wordt een lange avond\", zei hij.";
    Quote q = only(text, entity(text, "Dekkers", EntityType.PER, "Johan Dekkers"));
    assertThat(q.speaker()).isEqualTo("Johan Dekkers");
  }

  @Test
  void pronounFallsBackToAWrittenNameWithoutEntities() {
    Quote q = only("Minister Eva Jansen reageerde kort. \"Dit is onacceptabel\", zei ze.");
    assertThat(q.speaker()).isEqualTo("Eva Jansen");
  }

  @Test
  void pluralPronounIsNotResolvedToOnePerson() {
    List<Quote> q = quotes("\"We gaan door\", zei Ilse Dijkman. \"Wij ook\", zeiden ze daarna in koor.");
    assertThat(q.get(1).speaker()).isNull();
  }

  @Test
  void aQuoteRightAfterAnAttributedOneHasTheSameSpeaker() {
    List<Quote> q = quotes("\"Het is voorbij\", zei Karel Smit. \"Ik heb er vrede mee.\" Hij vertrok.");
    assertThat(q).extracting(Quote::speaker).containsExactly("Karel Smit", "Karel Smit");
    assertThat(q.get(1).text()).isEqualTo("Ik heb er vrede mee.");
  }

  @Test
  void aQuoteInterruptedByItsAttribution() {
    List<Quote> q = quotes("\"Ik ben niet boos,\" zei de rector, \"maar wel teleurgesteld.\"");
    assertThat(q).extracting(Quote::text).containsExactly("Ik ben niet boos", "maar wel teleurgesteld.");
    assertThat(q).extracting(Quote::speaker).containsExactly("de rector", "de rector");
  }

  @Test
  void quoteAfterAnotherPersonIsIntroducedIsTheirs() {
    // the salience fallback: the subject of the sentence before, a possessive phrase spelled out
    List<Quote> q = quotes("\"Nee\", zei Jan Boer. Zijn buurman lachte. \"Dat zien we nog wel.\"");
    assertThat(q).extracting(Quote::speaker).containsExactly("Jan Boer", "de buurman van Jan Boer");
  }

  @Test
  void datZegtAfterTheQuote() {
    List<Quote> q = quotes(",,De wachtlijsten worden alleen maar langer.'' Dat zegt huisarts Femke Visser.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).speaker()).isEqualTo("Femke Visser");
    assertThat(q.get(0).direct()).isTrue();
  }

  @Test
  void nameAndColonLabel() {
    assertThat(only("Van Leeuwen: \"Ik heb hier nooit spijt van gehad.\"").speaker()).isEqualTo("Van Leeuwen");
  }

  @Test
  void separableReportingVerbs() {
    assertThat(only("\"We stoppen ermee\", liet de directie van Fabriek Noord weten.").speaker())
        .isEqualTo("de directie van Fabriek Noord");
    assertThat(only("\"Het kost tijd\", legde Iris Prins uit.").speaker()).isEqualTo("Iris Prins");
    assertThat(only("\"En dat is pas het begin\", voegde Iris Prins eraan toe.").speaker()).isEqualTo("Iris Prins");
  }

  @Test
  void anyVerbAfterAQuoteAndItsCommaIntroducesTheSpeaker() {
    // the quote fills the first position of the sentence, so the word after the comma is its verb
    assertThat(only("\"Kom maar\", liet de trainer de spelers horen.").speaker()).isEqualTo("de trainer");
    assertThat(only("\"Kom maar\", liet de trainer de spelers weten.").speaker()).isEqualTo("de trainer");
    assertThat(only("\"Nooit meer\", blikt Petra Lont terug.").speaker()).isEqualTo("Petra Lont");
    // no person after the verb: no attribution
    assertThat(quotes("Het bord vermeldt 'verboden toegang', staat er in de krant.")).isEmpty();
  }

  @Test
  void questionMarkInsideAndVerbAfter() {
    Quote q = only("\"Waar blijft de bus?\" vroeg een reiziger.");
    assertThat(q.text()).isEqualTo("Waar blijft de bus?");
    assertThat(q.speaker()).isEqualTo("een reiziger");
  }

  @Test
  void entityGivesTheCanonicalName() {
    String text = "\"Wij blijven hier\", zei Dillon.";
    Quote q = only(text, entity(text, "Dillon", EntityType.PER, "Ryan Dillon"));
    assertThat(q.speaker()).isEqualTo("Ryan Dillon");
    assertThat(mention(text, q)).isEqualTo("Dillon");
  }

  @Test
  void organisationEntityAsSpeaker() {
    String text = "\"De aanvallen moeten stoppen\", verklaarde de NAVO.";
    assertThat(only(text, entity(text, "NAVO", EntityType.ORG, "NAVO")).speaker()).isEqualTo("NAVO");
  }

  @Test
  void surnameExpandsToTheFullNameWrittenEarlier() {
    List<Quote> q = quotes("Trainer Erik Post was tevreden. \"Dit team heeft karakter\", zei Post.");
    assertThat(q.get(0).speaker()).isEqualTo("Erik Post");
  }

  @Test
  void subjectOfTheSentenceBeforeWhenAlreadyQuoted() {
    List<Quote> q = quotes("\"Ik voel me goed\", zegt Lars Meijer. Meijer pakt zijn tas. \"Morgen ga ik weer.\"");
    assertThat(q).extracting(Quote::speaker).containsExactly("Lars Meijer", "Lars Meijer");
  }

  @Test
  void subjectOfAnIntroducingSentenceEndingInAColon() {
    assertThat(only("Dennis Groen liet er geen twijfel over bestaan: \"Ik stop ermee.\"").speaker())
        .isEqualTo("Dennis Groen");
  }

  @Test
  void quoteContinuedInTheNextParagraph() {
    String text = "\"We hebben alles geprobeerd. Niets hielp.\n\n\"Daarom stoppen we\", zei Rik Mol.";
    Quote q = only(text);
    assertThat(q.text()).isEqualTo("We hebben alles geprobeerd. Niets hielp. Daarom stoppen we");
    assertThat(q.start()).isZero();
    assertThat(text.substring(q.start(), q.end())).endsWith("stoppen we\"");
    assertThat(q.speaker()).isEqualTo("Rik Mol");
  }

  @Test
  void closedQuoteIsNotContinuedByTheNextParagraph() {
    List<Quote> q = quotes("\"We hebben alles geprobeerd.\"\n\n\"Daarom stoppen we\", zei Rik Mol.");
    assertThat(q).extracting(Quote::text).containsExactly("We hebben alles geprobeerd.", "Daarom stoppen we");
  }
}
