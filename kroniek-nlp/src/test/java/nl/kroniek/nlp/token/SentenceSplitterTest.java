package nl.kroniek.nlp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

  private final Tokenizer tokenizer = new Tokenizer();
  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    List<Token> tokens = tokenizer.tokenize(text);
    List<Sentence> sentences = splitter.split(tokens);
    Invariants.checkSentences(tokens, sentences, splitter.maxTokens());
    return sentences.stream().map(s -> s.text(text)).toList();
  }

  @Test
  void endsAtFinalPunctuationBeforeACapital() {
    assertThat(sentences("Het was laat. Iedereen ging! Waarom? Niemand wist het… Daarna niets... Slot"))
        .containsExactly("Het was laat.", "Iedereen ging!", "Waarom?", "Niemand wist het…", "Daarna niets...",
            "Slot");
  }

  @Test
  void doesNotEndBeforeALowerCaseWordOrComma() {
    assertThat(sentences("Hij wachtte... en wachtte. Wat? zei hij.")).containsExactly(
        "Hij wachtte... en wachtte.", "Wat? zei hij.");
  }

  @Test
  void endsBeforeNumbersOpeningQuotesCurrencyAndBrackets() {
    assertThat(sentences("Het was 2018. 2019 was beter. \"Ja.\" €5 kostte het. (Foto ANP) Klaar.")).containsExactly(
        "Het was 2018.", "2019 was beter.", "\"Ja.\"", "€5 kostte het.", "(Foto ANP) Klaar.");
  }

  @Test
  void abbreviationsAndInitialsDoNotEndSentences() {
    assertThat(sentences("Dhr. Jansen sprak o.a. Pieters, mr. A. de Vries en J. Dillon. Zij kwamen ca. 3 uur."))
        .containsExactly("Dhr. Jansen sprak o.a. Pieters, mr. A. de Vries en J. Dillon.", "Zij kwamen ca. 3 uur.");
    assertThat(sentences("Het ging om appels, peren enz. De rest niet.")).containsExactly(
        "Het ging om appels, peren enz.", "De rest niet.");
  }

  @Test
  void anInitialAfterANameEndsASentenceOnlyBeforeAFunctionWord() {
    assertThat(sentences("Rapporten over Michael P. Hij erkende het. George W. Bush had een plan."))
        .containsExactly("Rapporten over Michael P.", "Hij erkende het.", "George W. Bush had een plan.");
    assertThat(sentences("Verdachte Linda H. (60) zweeg.")).containsExactly("Verdachte Linda H. (60) zweeg.");
  }

  @Test
  void quotationFollowedByAttributionIsOneSentence() {
    assertThat(sentences("\"We wilden niet dat er iemand vertrok\", reageerde kolonel Ryan Dillon. \"Wat nu?\""
        + " vroeg hij. “Vertrek!”, riep zij.")).containsExactly(
        "\"We wilden niet dat er iemand vertrok\", reageerde kolonel Ryan Dillon.", "\"Wat nu?\" vroeg hij.",
        "“Vertrek!”, riep zij.");
  }

  @Test
  void aSentenceEndingInsideAQuoteEndsAfterTheClosingMark() {
    assertThat(sentences("Hij zei dat hij vertrok.\" Daarna bleef het stil. Zij zei: ,,We gaan.'' En weg."))
        .containsExactly("Hij zei dat hij vertrok.\"", "Daarna bleef het stil.", "Zij zei: ,,We gaan.''", "En weg.");
    assertThat(sentences("Het eindigt (zie foto.) Daarna 'Ja.' Nee.")).containsExactly(
        "Het eindigt (zie foto.)", "Daarna 'Ja.'", "Nee.");
  }

  @Test
  void straightQuotesWithSpaceOnBothSidesArePairedInOrder() {
    assertThat(sentences("\" Ik ga . \" Dan gaat hij.")).containsExactly("\" Ik ga . \"", "Dan gaat hij.");
  }

  @Test
  void paragraphBreaksAlwaysEndASentenceAndHeadlinesStandAlone() {
    assertThat(sentences("Franse jihadisten\n\n\n\nVeel meer terroristen dan gedacht ontsnapten, meldt de BBC\n\n"
        + "dhr.\n\nslot")).containsExactly("Franse jihadisten",
        "Veel meer terroristen dan gedacht ontsnapten, meldt de BBC", "dhr.", "slot");
  }

  @Test
  void aSingleLineBreakDoesNotEndASentenceButAListItemDoes() {
    assertThat(sentences("Dit loopt door\nop de volgende regel. Stappen:\n1. Inleiding\n2. Methode\n- punt één\n"
        + "• punt twee")).containsExactly("Dit loopt door\nop de volgende regel.", "Stappen:", "1. Inleiding",
        "2. Methode", "- punt één", "• punt twee");
  }

  @Test
  void numberPeriodsInDateListsDoNotEndSentences() {
    assertThat(sentences("Op 3. 4. en 5. mei was het feest. In 2019. Toen.")).containsExactly(
        "Op 3. 4. en 5. mei was het feest.", "In 2019.", "Toen.");
  }

  @Test
  void elidedArticlesAndUncasedScriptsCanStartSentences() {
    assertThat(sentences("Het was laat. 's Avonds ging hij. 's-Hertogenbosch lag stil. 't Is voorbij."))
        .containsExactly("Het was laat.", "'s Avonds ging hij.", "'s-Hertogenbosch lag stil.", "'t Is voorbij.");
    assertThat(sentences("Eerste zin. القاهرة كبيرة. Москва тоже. 東京です。大きい")).containsExactly(
        "Eerste zin.", "القاهرة كبيرة.", "Москва тоже.", "東京です。", "大きい");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 10, 47})
  void longSentencesAreCappedAtAPause(int maxTokens) {
    SentenceSplitter small = new SentenceSplitter(Abbreviations.dutch(), maxTokens);
    String text = "een twee drie; vier, vijf zes zeven acht negen tien ".repeat(40) + ".";
    List<Token> tokens = tokenizer.tokenize(text);
    List<Sentence> sentences = small.split(tokens);

    Invariants.checkSentences(tokens, sentences, maxTokens);
    assertThat(sentences).hasSizeGreaterThanOrEqualTo(tokens.size() / maxTokens);
    assertThat(sentences.subList(0, sentences.size() - 1)).allMatch(Sentence::capped);
    assertThat(sentences.get(sentences.size() - 1).capped()).isFalse();
    if (maxTokens == 47) {
      assertThat(sentences.subList(0, sentences.size() - 1))
          .allMatch(s -> tokens.get(s.tokenEnd() - 1).is(';'), "cut after a semicolon");
    }
  }

  @Test
  void sentenceGivesItsTokensAndText() {
    String text = "Eén. Twee drie.";
    List<Token> tokens = tokenizer.tokenize(text);
    Sentence second = splitter.split(tokens).get(1);
    assertThat(second).isEqualTo(new Sentence(2, 5, 5, 15, false));
    assertThat(second.tokenCount()).isEqualTo(3);
    assertThat(second.tokens(tokens)).extracting(Token::text).containsExactly("Twee", "drie", ".");
    assertThat(second.text(text)).isEqualTo("Twee drie.");
  }

  @Test
  void acceptsAnyListAndRejectsBadArguments() {
    List<Token> linked = new LinkedList<>(tokenizer.tokenize("A. Zin. B zin."));
    assertThat(splitter.split(linked)).hasSize(2);
    assertThat(splitter.split(List.of())).isEmpty();
    assertThatThrownBy(() -> new SentenceSplitter(Abbreviations.dutch(), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> splitter.split(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Sentence(3, 3, 0, 1, false)).isInstanceOf(IllegalArgumentException.class);
  }
}
