package nl.kroniek.nlp.quote;

import static nl.kroniek.nlp.quote.Fixture.entities;
import static nl.kroniek.nlp.quote.Fixture.entity;
import static nl.kroniek.nlp.quote.Fixture.only;
import static nl.kroniek.nlp.quote.Fixture.quotes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.model.fact.Quote;
import org.junit.jupiter.api.Test;

/**
 * Quotes without attribution of their own take the salient person of the narrative around them; descriptions
 * and pronouns are resolved to named people. Passages written for this test.
 */
class SpeakerSalienceTest {

  @Test
  void theSubjectOfTheSentenceBeforeSpeaks() {
    Quote q = only("Marloes Hendriks staat voor het afgebrande huis. ,,Alles is weg.''");
    assertThat(q.speaker()).isEqualTo("Marloes Hendriks");
    assertThat(q.speakerStart()).isZero();
  }

  @Test
  void anUnnamedPersonIntroducedAsSubjectSpeaks() {
    assertThat(only("Een buurman rende met een emmer water naar buiten. ,,Het vuur was te groot.''").speaker())
        .isEqualTo("een buurman");
  }

  @Test
  void aPronounSubjectLeadsBackToItsPerson() {
    String text = "Wethouder Frank de Leeuw wil de binnenstad autovrij maken. Hij presenteerde zijn plan.\n\n"
        + ",,We moeten kiezen voor de fietser.''";
    assertThat(only(text).speaker()).isEqualTo("Frank de Leeuw");
  }

  @Test
  void theLastSpeakerWhenTheNarrativeNamesNobody() {
    List<Quote> q = quotes(",,We hebben niet geslapen'', zegt Ingrid Kramer. Overal liggen takken en modder. "
        + ",,Het water kwam binnen een uur.''");
    assertThat(q).extracting(Quote::speaker).containsExactly("Ingrid Kramer", "Ingrid Kramer");
  }

  @Test
  void aNewPersonIntroducedBetweenTwoQuotesTakesOver() {
    List<Quote> q = quotes(",,Een zwarte dag'', zegt wethouder Bart Smits. Ondernemer Hanneke de Vries is minder "
        + "somber. ,,Er komen nieuwe winkels.''");
    assertThat(q).extracting(Quote::speaker).containsExactly("Bart Smits", "Hanneke de Vries");
  }

  @Test
  void aPersonNamedInTheQuoteIsNotItsSpeaker() {
    String text = "Mol speelt zondag tegen Ajax. \"Dat was mooi\", zei Mol. Tegen Bakri dus. "
        + "\"Bakri is overal op het veld.\"";
    List<Entity> ents = new ArrayList<>(List.of(entities(text, "Mol", EntityType.PER, "Lisa Mol")));
    ents.add(entity(text, "Bakri", EntityType.PER, "Fatima Bakri"));
    List<Quote> q = quotes(text, ents.toArray(new Entity[0]));
    assertThat(q).extracting(Quote::speaker).containsExactly("Lisa Mol", "Lisa Mol");
  }

  @Test
  void nobodyNearbyKeepsTheSpeakerNull() {
    assertThat(only("De brug is dicht. Het verkeer staat vast. \"Dit duurt nog uren.\"").speaker()).isNull();
  }

  @Test
  void aNameInAPrepositionalPhraseIsNoSubject() {
    String text = "Dijkstra herkent het logo van de familie Berger. \"Toen juichte ik\", zegt hij.";
    Entity[] ents = {entity(text, "Dijkstra", EntityType.PER, "Kees Dijkstra"),
        entity(text, "Berger", EntityType.PER, "Berger")};
    assertThat(only(text, ents).speaker()).isEqualTo("Kees Dijkstra");
  }

  @Test
  void anIndefiniteNewcomerDoesNotTakeOverThePronounTopic() {
    String text = "Ook Erik Brink kent pesterijen. Een vreemde eiste van hem zijn telefoonnummer. Hij weigerde. "
        + "\"Dan blijven ze bellen\", zegt hij.";
    assertThat(only(text).speaker()).isEqualTo("Erik Brink");
  }

  @Test
  void aDescriptionOfANamedPersonBecomesTheName() {
    String text = "Maandag ontving de Belgische premier Jan Peeters zijn gasten. \"Het was een goed gesprek\", zei "
        + "de Belgische premier.";
    Quote q = only(text);
    assertThat(q.speaker()).isEqualTo("Jan Peeters");
    assertThat(q.speakerDescription()).isEqualTo("Belgische premier");
    assertThat(Fixture.mention(text, q)).isEqualTo("de Belgische premier");
  }

  @Test
  void theComplementOfARoleIsNotItsHolder() {
    // "de oom van Sem Demir" describes the uncle, not Sem Demir
    String text = "Ali Demir, de oom van Sem Demir, reageerde. De oom zegt dat hij geen contact meer heeft.";
    assertThat(only(text).speaker()).isEqualTo("Ali Demir");
  }

  @Test
  void aPossessiveRoleIsSpelledOut() {
    String text = "Wethouder Sanne Vos heeft geen bezwaar. \"Het is een ander plan\", stelt haar woordvoerder.";
    assertThat(only(text).speaker()).isEqualTo("de woordvoerder van Sanne Vos");
  }

  @Test
  void oneOfAGroupKeepsTheGroup() {
    Quote q = only("De taxichauffeurs die bezwaar maakten, noemen de regels oneerlijk, zei een van hen.");
    assertThat(q.speaker()).isEqualTo("een van de taxichauffeurs");
  }

  @Test
  void aNameInBracketsAfterTheRole() {
    assertThat(only("\"Het pad is te smal\", zei woordvoerder (K. Bos) van de bewoners.").speaker())
        .isEqualTo("K. Bos");
  }

  @Test
  void aGlueHeadlineWordBeforeASurnameIsDropped() {
    String text = "\"Ik heb het uitgegeven\", zegt Femke Jonker. Buurthuis Jonker weet dat het niet mocht. "
        + "\"Maar ik had het nodig.\"";
    assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Femke Jonker", "Femke Jonker");
  }

  @Test
  void randomNarrativeNeverFails() {
    String[] words = {"\"", ",,", "''", "Hij", "hij", "ze", "Zij", "hem", "haar", "Een", "een", "De", "de",
        "buurman", "minister", "van", "Jan", "de Vries", "Smit", "zei", "zegt", "vindt", "staat", "op", "de kade",
        ".", ",", ":", "\n\n", "die", "zijn", "woordvoerder", "Belgische", "premier", "Peeters", "Buurthuis", "te",
        "hebben", "dat", "Hoewel", "toegaf", "een van", "hen", "(", ")", "J.", "blikt", "terug", "Vertel", "aan"};
    Random random = new Random(31);
    for (int round = 0; round < 500; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(120);
      for (int i = 0; i < n; i++) {
        sb.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      String text = sb.toString();
      List<Quote> q = quotes(text); // checks offsets, order and mention ranges
      for (Quote quote : q) {
        assertThat(quote.speaker() == null || !quote.speaker().isBlank()).isTrue();
      }
      Fixture.sources(text);
    }
  }
}
