package nl.kroniek.nlp.token;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenTextTest {

  @Test
  void unifiesApostrophesQuotesAndHyphensAndDropsSoftHyphens() {
    assertThat(TokenText.normalize("Saoedi’s")).isEqualTo("Saoedi's");
    assertThat(TokenText.normalize("‘s-Hertogenbosch")).isEqualTo("'s-Hertogenbosch");
    assertThat(TokenText.normalize("„Ja”")).isEqualTo("\"Ja\"");
    assertThat(TokenText.normalize("IS\u2011strijders")).isEqualTo("IS-strijders");
    assertThat(TokenText.normalize("ont\u00ADwikkeling")).isEqualTo("ontwikkeling");
  }

  @Test
  void composesToNfcAndReturnsTheSameStringWhenNothingChanges() {
    assertThat(TokenText.normalize("cafe\u0301")).isEqualTo("café");
    String plain = "Raqqa";
    assertThat(TokenText.normalize(plain)).isSameAs(plain);
  }

  @Test
  void foldAlsoLowerCases() {
    assertThat(TokenText.fold("Zo’N")).isEqualTo("zo'n");
    assertThat(TokenText.fold("IS-Strijders")).isEqualTo("is-strijders");
  }
}
