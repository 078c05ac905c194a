package nl.kroniek.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kroniek.lexicon.Gazetteer;
import org.junit.jupiter.api.Test;

class QualifierTest {

  private static final Gazetteer GAZETTEER = Gazetteer.get();

  private static Qualifier after(String text, String name) {
    return Qualifier.after(text, text.indexOf(name) + name.length(), GAZETTEER);
  }

  @Test
  void dutchProvinceAbbreviations() {
    assertThat(after("Hengelo (Gld) en", "Hengelo")).isEqualTo(new Qualifier("NL.03", "NL"));
    assertThat(after("Bergen (NH)", "Bergen")).isEqualTo(new Qualifier("NL.07", "NL"));
    assertThat(after("Rijswijk (N.-B.)", "Rijswijk")).isEqualTo(new Qualifier("NL.06", "NL"));
  }

  @Test
  void regionsAndCountriesByName() {
    assertThat(after("Paris, Texas", "Paris").admin1()).isEqualTo("US.TX");
    assertThat(after("Valencia (Spanje)", "Valencia")).isEqualTo(new Qualifier(null, "ES"));
    assertThat(after("Hengelo (Gelderland)", "Hengelo").admin1()).isEqualTo("NL.03");
  }

  @Test
  void listsAndOtherBracketsAreNoQualifiers() {
    assertThat(after("Parijs, Londen en Berlijn", "Parijs")).isNull();
    assertThat(after("Utrecht (foto: ANP)", "Utrecht")).isNull();
    assertThat(after("Utrecht, dat", "Utrecht")).isNull();
    assertThat(after("Utrecht", "Utrecht")).isNull();
    assertThat(after("Utrecht (", "Utrecht")).isNull();
  }
}
