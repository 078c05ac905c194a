package nl.kroniek.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LemmaGuesserTest {

  @Test
  void undoesDutchSpellingChangesBeforeVowelEndings() {
    assertThat(LemmaGuesser.candidates("stoppen")).contains("stop");
    assertThat(LemmaGuesser.candidates("straten")).contains("straat");
    assertThat(LemmaGuesser.candidates("besturen")).contains("bestuur");
    assertThat(LemmaGuesser.candidates("brieven")).contains("brief");
    assertThat(LemmaGuesser.candidates("huizen")).contains("huis");
    assertThat(LemmaGuesser.candidates("gesprekken")).contains("gesprek");
  }

  @Test
  void stripsInflectionalAndDerivationalEndings() {
    assertThat(LemmaGuesser.candidates("smokkelaars")).contains("smokkelaar", "smokkel");
    assertThat(LemmaGuesser.candidates("verschillende")).contains("verschillend", "verschil");
    assertThat(LemmaGuesser.candidates("leiding")).contains("leid");
    assertThat(LemmaGuesser.candidates("veiligheidsdiensten")).contains("veiligheidsdienst");
  }

  @Test
  void neverProposesTheWordItselfOrTooShortBases() {
    assertThat(LemmaGuesser.candidates("stoppen")).doesNotContain("stoppen").allMatch(c -> c.length() >= 3);
    assertThat(LemmaGuesser.candidates("lopen")).allMatch(c -> c.length() >= LemmaGuesser.MIN_BASE_LENGTH - 1);
    assertThat(LemmaGuesser.candidates("ab")).isEmpty();
    assertThat(LemmaGuesser.candidates("")).isEmpty();
  }
}
