package nl.kroniek.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import nl.kroniek.model.fact.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import nl.kroniek.nlp.Seeds;

/**
 * The places of the two example articles (bundled with the demo), with the LOC entities a recogniser should give
 * (built from the text's own offsets).
 */
class SeedArticlesTest {

  private static String seeds;

  @BeforeAll
  static void readSeeds() throws IOException {
    seeds = Seeds.allRaw();
  }

  private static List<Place> places() {
    Tagged tagged = Tagged.text(seeds).loc("Turkije", "Saoedi-Arabië", "Syrië", "Raqqa", "Idlib", "Zuid-Turkije",
        "Irak", "Europa");
    return new Geocoder().places(tagged.text(), tagged.entities());
  }

  private static Place first(List<Place> places, String written) {
    return places.stream().filter(p -> p.text().equals(written)).findFirst()
        .orElseThrow(() -> new AssertionError("no place written '" + written + "' in " + places));
  }

  @Test
  void everySeedPlaceIsGeocodedWithItsCountry() {
    List<Place> places = places();
    assertThat(first(places, "Turkije").country()).isEqualTo("TR");
    assertThat(first(places, "Saoedi-Arabië").country()).isEqualTo("SA");
    assertThat(first(places, "Syrië").country()).isEqualTo("SY");
    assertThat(first(places, "Raqqa").country()).isEqualTo("SY");
    assertThat(first(places, "Idlib").country()).isEqualTo("SY");
    assertThat(first(places, "Zuid-Turkije").country()).isEqualTo("TR");
    assertThat(first(places, "Irak").country()).isEqualTo("IQ");
    assertThat(first(places, "Europa").country()).isNull();
  }

  @Test
  void coordinatesLieInThePlace() {
    List<Place> places = places();
    Place raqqa = first(places, "Raqqa");
    assertThat(raqqa.name()).isEqualTo("Ar Raqqah");
    assertThat(raqqa.lat()).isCloseTo(35.95, within(0.1));
    assertThat(raqqa.lon()).isCloseTo(39.01, within(0.1));
    assertThat(raqqa.geonameId()).isEqualTo(172955L);
    Place idlib = first(places, "Idlib");
    assertThat(idlib.lat()).isCloseTo(35.93, within(0.1));
    assertThat(idlib.lon()).isCloseTo(36.63, within(0.1));
    // countries: a point inside the country (population-weighted centre)
    Place turkey = first(places, "Turkije");
    assertThat(turkey.lat()).isBetween(36.0, 42.0);
    assertThat(turkey.lon()).isBetween(26.0, 45.0);
    assertThat(first(places, "Zuid-Turkije").lat()).isEqualTo(turkey.lat());
    Place syria = first(places, "Syrië");
    assertThat(syria.lat()).isBetween(32.3, 37.3);
    assertThat(syria.lon()).isBetween(35.7, 42.4);
    Place iraq = first(places, "Irak");
    assertThat(iraq.lat()).isBetween(29.0, 37.4);
    Place saudi = first(places, "Saoedi-Arabië");
    assertThat(saudi.lat()).isBetween(16.0, 32.0);
    Place europe = first(places, "Europa");
    assertThat(europe.lat()).isBetween(40.0, 70.0);
    assertThat(europe.lon()).isBetween(-10.0, 40.0);
  }

  @Test
  void withoutEntitiesTheCountriesAreStillFound() {
    List<Place> places = new Geocoder().places(seeds, List.of());
    assertThat(places).extracting(Place::text)
        .contains("Turkije", "Saoedi-Arabië", "Syrië", "Zuid-Turkije", "Irak", "Europa")
        .doesNotContain("Raqqa", "Idlib"); // towns need the recogniser's word
    for (Place p : places) {
      assertThat(seeds.substring(p.start(), p.end())).isEqualTo(p.text());
    }
  }
}
