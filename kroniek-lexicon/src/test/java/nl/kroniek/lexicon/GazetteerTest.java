package nl.kroniek.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import nl.kroniek.lexicon.Gazetteer.Entry;
import nl.kroniek.lexicon.Gazetteer.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    long t0 = System.nanoTime();
    gazetteer = Gazetteer.get();
    System.out.printf("Gazetteer loaded in %d ms: %d keys%n", (System.nanoTime() - t0) / 1_000_000, gazetteer.size());
  }

  private static Entry best(String name) {
    List<Entry> hits = gazetteer.lookup(name);
    assertThat(hits).as("candidates for %s", name).isNotEmpty();
    return hits.get(0);
  }

  @Test
  void dutchExonymsOfForeignCities() {
    assertThat(best("Parijs").name()).isEqualTo("Paris");
    assertThat(best("Parijs").country()).isEqualTo("FR");
    assertThat(best("Londen").name()).isEqualTo("London");
    assertThat(best("Keulen").name()).isEqualTo("Köln");
    assertThat(best("Istanboel").name()).isEqualTo("Istanbul");
    assertThat(best("Kamerijk").name()).isEqualTo("Cambrai");
  }

  @Test
  void dutchAndBelgianPlacesHaveTheirDutchNames() {
    assertThat(best("Antwerpen").country()).isEqualTo("BE");
    assertThat(best("Antwerpen").kind()).isEqualTo(Kind.CITY); // the city before the province
    assertThat(best("Brussel").name()).isEqualTo("Brussel");
    assertThat(best("Brussels").name()).isEqualTo("Brussel");
    Entry hague = best("Den Haag");
    assertThat(hague.name()).isEqualTo("Den Haag");
    assertThat(hague.admin1()).isEqualTo("NL.11");
    assertThat(best("'s-Gravenhage")).isEqualTo(hague);
    assertThat(best("The Hague")).isEqualTo(hague);
    assertThat(best("Den Bosch")).isEqualTo(best("'s-Hertogenbosch"));
    assertThat(best("Noord-Holland").name()).isEqualTo("Noord-Holland");
    assertThat(best("Noord-Holland").kind()).isEqualTo(Kind.REGION);
  }

  @Test
  void countriesByDutchNameWithCoordinatesInside() {
    Entry turkey = best("Turkije");
    assertThat(turkey.kind()).isEqualTo(Kind.COUNTRY);
    assertThat(turkey.country()).isEqualTo("TR");
    assertThat(turkey.lat()).isBetween(36.0, 42.0);
    assertThat(best("Saoedi-Arabië").country()).isEqualTo("SA");
    assertThat(best("saoedi arabie")).isEqualTo(best("Saoedi-Arabië"));
    assertThat(best("Verenigde Staten").country()).isEqualTo("US");
    assertThat(best("VK").country()).isEqualTo("GB");
    assertThat(best("Nederland").kind()).isEqualTo(Kind.COUNTRY);
    assertThat(gazetteer.country("NL")).isEqualTo(best("Nederland"));
  }

  @Test
  void continentsRegionsAndKronieksOwnPlaces() {
    assertThat(best("Europa").kind()).isEqualTo(Kind.CONTINENT);
    assertThat(best("Europa").country()).isNull();
    assertThat(best("Midden-Oosten").kind()).isEqualTo(Kind.CONTINENT);
    assertThat(best("Catalonië").admin1()).isEqualTo("ES.56");
    assertThat(best("Twente").country()).isEqualTo("NL");
    assertThat(best("Schiphol").lat()).isCloseTo(52.31, within(0.05));
    assertThat(gazetteer.lookup("Limburg")).extracting(Entry::country).startsWith("NL", "BE");
  }

  @Test
  void dutchCountryNamesAreNotEnglishOnes() {
    assertThat(gazetteer.dutchCountryOrContinent("Turkije").country()).isEqualTo("TR");
    assertThat(gazetteer.dutchCountryOrContinent("Georgië").country()).isEqualTo("GE");
    assertThat(gazetteer.dutchCountryOrContinent("Europa").kind()).isEqualTo(Kind.CONTINENT);
    assertThat(gazetteer.dutchCountryOrContinent("Georgia")).isNull(); // English: the US state in Dutch text
    assertThat(gazetteer.dutchCountryOrContinent("Parijs")).isNull();
    assertThat(best("Georgia")).isNotNull(); // but lookup knows it
  }

  @Test
  void rankingPrefersBigWellKnownAndNearbyPlaces() {
    assertThat(best("Utrecht").kind()).isEqualTo(Kind.ADMIN_SEAT); // the city, not the province
    assertThat(best("Hengelo").lat()).isCloseTo(52.27, within(0.05)); // Overijssel, not Gelderland
    assertThat(best("Valencia").country()).isEqualTo("ES"); // better known than the bigger one in Venezuela
    assertThat(best("Paris").country()).isEqualTo("FR");
    assertThat(best("Luik").name()).isEqualTo("Liège");
  }

  @Test
  void airportCodesAreNotNames() {
    assertThat(gazetteer.lookup("Dam")).extracting(Entry::name).doesNotContain("Damascus");
    assertThat(gazetteer.lookup("AMS")).isEmpty();
  }

  @Test
  void entriesCarryFirstLevelDivisionAndFame() {
    Entry amsterdam = best("Amsterdam");
    assertThat(amsterdam.admin1()).isEqualTo("NL.07");
    assertThat(amsterdam.alternateNames()).isGreaterThan(10);
    Entry made = new Entry(1, "X", "NL", 0, 0, 0, Kind.CITY);
    assertThat(made.admin1()).isNull();
    assertThat(made.alternateNames()).isZero();
  }

  @Test
  void keysFoldCaseDiacriticsAndPunctuation() {
    assertThat(Gazetteer.key("Saoedi-Arabië")).isEqualTo("saoedi arabie");
    assertThat(Gazetteer.key("'s-Hertogenbosch")).isEqualTo("s hertogenbosch");
    assertThat(Gazetteer.key("  Köln!! ")).isEqualTo("koln");
    assertThat(Gazetteer.key("‘Ayn al ‘Arab")).isEqualTo("ayn al arab");
    assertThat(Gazetteer.key("")).isEmpty();
    assertThat(gazetteer.lookup(null)).isEmpty();
    assertThat(gazetteer.lookup(" ")).isEmpty();
  }

  @Test
  void fastKeysEqualDecomposedKeysOnRandomText() {
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(12);
      for (int k = 0; k < n; k++) {
        int range = random.nextInt(4);
        char c = switch (range) {
          case 0 -> (char) (' ' + random.nextInt(95));
          case 1 -> (char) (0xC0 + random.nextInt(0x190));
          case 2 -> (char) (0x300 + random.nextInt(0x70)); // combining marks
          default -> (char) random.nextInt(0x3000);
        };
        sb.append(c);
      }
      String s = sb.toString();
      assertThat(Gazetteer.key(s)).as("key of %s", s).isEqualTo(Gazetteer.keyOfDecomposed(s));
    }
  }
}
