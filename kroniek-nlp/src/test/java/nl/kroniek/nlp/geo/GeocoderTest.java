package nl.kroniek.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.model.fact.Place;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The geocoder's rules, one group each, on short hand-written texts with hand-made entities. */
class GeocoderTest {

  private static final Geocoder GEOCODER = new Geocoder();

  private static List<Place> places(Tagged tagged) {
    return GEOCODER.places(tagged.text(), tagged.entities());
  }

  /** The single place whose mention is {@code written}. */
  private static Place place(Tagged tagged, String written) {
    List<Place> found = places(tagged).stream().filter(p -> p.text().equals(written)).toList();
    assertThat(found).as("places written '%s'", written).isNotEmpty();
    return found.get(0);
  }

  private static boolean geocoded(Tagged tagged, String written) {
    return places(tagged).stream().anyMatch(p -> p.text().equals(written));
  }

  @Nested
  class Output {

    @Test
    void onePlacePerMentionInTextOrderWithTheMentionsOffsets() {
      Tagged t = Tagged.text("Van Parijs reisde hij via Keulen naar Parijs.").loc("Parijs", "Keulen");
      List<Place> places = places(t);
      assertThat(places).extracting(Place::text).containsExactly("Parijs", "Keulen", "Parijs");
      assertThat(places).extracting(Place::start).containsExactly(4, 26, 38);
      for (Place p : places) {
        assertThat(t.text().substring(p.start(), p.end())).isEqualTo(p.text());
      }
      Place paris = places.get(0);
      assertThat(paris.name()).isEqualTo("Paris");
      assertThat(paris.country()).isEqualTo("FR");
      assertThat(paris.geonameId()).isEqualTo(2988507L);
      assertThat(paris.lat()).isCloseTo(48.85, within(0.1));
      assertThat(paris.lon()).isCloseTo(2.35, within(0.1));
      assertThat(places.get(1).name()).isEqualTo("Köln");
    }

    @Test
    void countriesAndContinentsHaveNoGeonameId() {
      Tagged t = Tagged.text("Turkije ligt deels in Europa.").loc("Turkije", "Europa");
      Place turkey = place(t, "Turkije");
      assertThat(turkey.country()).isEqualTo("TR");
      assertThat(turkey.geonameId()).isZero();
      Place europe = place(t, "Europa");
      assertThat(europe.country()).isNull();
      assertThat(europe.lat()).isBetween(40.0, 70.0);
    }

    @Test
    void unknownPlacesAreLeftOut() {
      Tagged t = Tagged.text("Ze liepen over de Kinkerstraat naar Amsterdam.").loc("Kinkerstraat", "Amsterdam");
      assertThat(places(t)).extracting(Place::text).containsExactly("Amsterdam");
    }

    @Test
    void nullArgumentsAreRejected() {
      assertThatThrownBy(() -> GEOCODER.places(null, List.of())).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> GEOCODER.places("Utrecht", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void entitiesOutsideTheTextAreIgnored() {
      List<Entity> entities = List.of(new Entity("Utrecht", EntityType.LOC, "Utrecht", 0, 7),
          new Entity("Utrecht", EntityType.LOC, "Utrecht", 20, 27));
      assertThat(GEOCODER.places("Utrecht", entities)).hasSize(1);
    }
  }

  @Nested
  class DutchNames {

    @Test
    void riversAndLakesByTheirDutchNames() {
      Tagged t = Tagged.text("Van het Gardameer langs de Po naar de Schelde.").loc("Gardameer", "Po", "Schelde");
      assertThat(place(t, "Gardameer").country()).isEqualTo("IT");
      assertThat(place(t, "Po").country()).isEqualTo("IT"); // the river, not Pô in Burkina Faso
      assertThat(place(t, "Schelde").country()).isNull(); // it flows through three countries
      assertThat(place(t, "Schelde").lat()).isBetween(50.0, 52.0);
    }

    @Test
    void exonymsAndDutchCountryNames() {
      Tagged t = Tagged.text("Londen, Antwerpen, Brussel, Istanboel, Saoedi-Arabië en de VS.")
          .loc("Londen", "Antwerpen", "Brussel", "Istanboel", "Saoedi-Arabië", "VS");
      assertThat(place(t, "Londen").country()).isEqualTo("GB");
      assertThat(place(t, "Antwerpen").country()).isEqualTo("BE");
      assertThat(place(t, "Brussel").name()).isEqualTo("Brussel");
      assertThat(place(t, "Istanboel").name()).isEqualTo("Istanbul");
      assertThat(place(t, "Saoedi-Arabië").country()).isEqualTo("SA");
      assertThat(place(t, "VS").country()).isEqualTo("US");
    }

    @Test
    void officialAndEverydayNamesOfDutchCitiesAreOnePlace() {
      Tagged t = Tagged.text("Den Haag heet officieel 's-Gravenhage, Den Bosch 's-Hertogenbosch.")
          .loc("Den Haag", "'s-Gravenhage", "Den Bosch", "'s-Hertogenbosch");
      assertThat(place(t, "Den Haag").geonameId()).isEqualTo(place(t, "'s-Gravenhage").geonameId());
      assertThat(place(t, "Den Haag").name()).isEqualTo("Den Haag");
      assertThat(place(t, "Den Bosch").geonameId()).isEqualTo(place(t, "'s-Hertogenbosch").geonameId());
      assertThat(place(t, "Den Bosch").country()).isEqualTo("NL");
    }
  }

  @Nested
  class CompassWords {

    @Test
    void aPartOfAPlaceGetsTheBasePlace() {
      Tagged t = Tagged.text("Van Noord-Syrië via Zuid-Turkije naar Oost-Europa en Midden-Nederland.")
          .loc("Noord-Syrië", "Zuid-Turkije", "Oost-Europa", "Midden-Nederland");
      Place southTurkey = place(t, "Zuid-Turkije");
      assertThat(southTurkey.name()).isEqualTo("Turkije");
      assertThat(southTurkey.country()).isEqualTo("TR");
      assertThat(place(t, "Noord-Syrië").country()).isEqualTo("SY");
      assertThat(place(t, "Oost-Europa").name()).isEqualTo("Europa");
      assertThat(place(t, "Midden-Nederland").name()).isEqualTo("Nederland");
    }

    @Test
    void exactNamesWinOverCompassSplitting() {
      Tagged t = Tagged.text("Noord-Holland, Zuid-Afrika, Noord-Korea en West-Vlaanderen.")
          .loc("Noord-Holland", "Zuid-Afrika", "Noord-Korea", "West-Vlaanderen");
      Place northHolland = place(t, "Noord-Holland");
      assertThat(northHolland.name()).isEqualTo("Noord-Holland");
      assertThat(northHolland.lat()).isBetween(52.2, 53.0);
      assertThat(place(t, "Zuid-Afrika").country()).isEqualTo("ZA");
      assertThat(place(t, "Noord-Korea").country()).isEqualTo("KP");
      assertThat(place(t, "West-Vlaanderen").country()).isEqualTo("BE");
    }

    @Test
    void westBrabantIsPartOfNoordBrabant() {
      Tagged t = Tagged.text("Boeren in West-Brabant protesteren.").loc("West-Brabant");
      assertThat(place(t, "West-Brabant").name()).isEqualTo("Noord-Brabant");
    }

    @Test
    void aDistrictGetsItsTown() {
      Tagged t = Tagged.text("Een woning in Amsterdam-Zuid en een in Almelo-Zuid.")
          .loc("Amsterdam-Zuid", "Almelo-Zuid");
      assertThat(place(t, "Amsterdam-Zuid").name()).isEqualTo("Amsterdam");
      assertThat(place(t, "Almelo-Zuid").name()).isEqualTo("Almelo");
    }

    @Test
    void smallTownsAreNotSplitAfterACompassWord() {
      // "Zuid-Best" is no place; Best (29,000 inhabitants) is too small to have a named south
      Tagged t = Tagged.text("Het bedrijf zit in Zuid-Best.").loc("Zuid-Best");
      assertThat(places(t)).isEmpty();
    }

    @Test
    void bareCompassWordsAreNoPlaces() {
      Tagged t = Tagged.text("Stadsdeel Noord en het Westen.").loc("Noord", "Westen");
      assertThat(places(t)).isEmpty();
    }
  }

  @Nested
  class Inflections {

    @Test
    void possessiveIsStripped() {
      Tagged t = Tagged.text("China's economie groeit.").loc("China's");
      Place china = place(t, "China's");
      assertThat(china.country()).isEqualTo("CN");
      assertThat(china.end() - china.start()).isEqualTo("China's".length());
    }

    @Test
    void adjectivesAndDemonymsAreNoPlaces() {
      Tagged t = Tagged.text("Het Nederlands elftal en Syrische strijders.").loc("Nederlands").misc("Syrische");
      assertThat(places(t)).isEmpty();
    }
  }

  @Nested
  class Ambiguity {

    @Test
    void hengeloIsTheTwentsTownUnlessTheTextSaysGelderland() {
      Tagged plain = Tagged.text("Hij woont in Hengelo.").loc("Hengelo");
      assertThat(place(plain, "Hengelo").lat()).isCloseTo(52.27, within(0.05));
      Tagged qualified = Tagged.text("Hij woont in Hengelo (Gld) sinds 2010.").loc("Hengelo");
      assertThat(place(qualified, "Hengelo").lat()).isCloseTo(52.05, within(0.05));
    }

    @Test
    void aQualifierAppliesToEveryMentionOfTheName() {
      Tagged t = Tagged.text("Hengelo (Gld) viert feest. In Hengelo is het druk.").loc("Hengelo");
      assertThat(places(t)).extracting(Place::lat).allSatisfy(lat -> assertThat(lat).isCloseTo(52.05, within(0.05)));
    }

    @Test
    void parisIsFranceUnlessTexasFollows() {
      assertThat(place(Tagged.text("Ze woont in Paris.").loc("Paris"), "Paris").country()).isEqualTo("FR");
      Tagged texas = Tagged.text("Ze woont in Paris, Texas.").loc("Paris", "Texas");
      assertThat(place(texas, "Paris").country()).isEqualTo("US");
    }

    @Test
    void valenciaIsTheSpanishCity() {
      assertThat(place(Tagged.text("Valencia won.").loc("Valencia"), "Valencia").country()).isEqualTo("ES");
    }

    @Test
    void limburgIsTheDutchProvinceUnlessTheArticleIsAboutBelgium() {
      Tagged dutch = Tagged.text("In Limburg regent het.").loc("Limburg");
      assertThat(place(dutch, "Limburg").country()).isEqualTo("NL");
      Tagged belgian = Tagged.text("In Limburg, een provincie van België, regent het.").loc("Limburg", "België");
      assertThat(place(belgian, "Limburg").country()).isEqualTo("BE");
    }

    @Test
    void georgiaInDutchTextIsTheStateGeorgieTheCountry() {
      assertThat(place(Tagged.text("Atlanta ligt in Georgia.").loc("Georgia"), "Georgia").country()).isEqualTo("US");
      assertThat(place(Tagged.text("Tbilisi ligt in Georgië.").loc("Georgië"), "Georgië").country()).isEqualTo("GE");
    }

    @Test
    void anotherNameOfTheArticlePicksTheCountry() {
      Tagged norway = Tagged.text("De rellen in Bergen, de tweede stad van het land. Noorwegen schrikt.")
          .loc("Bergen", "Noorwegen");
      Tagged holland = Tagged.text("De rellen in Bergen. Ook in Alkmaar was het onrustig.").loc("Bergen", "Alkmaar");
      assertThat(place(norway, "Bergen").country()).isEqualTo("NO");
      assertThat(place(holland, "Bergen").country()).isEqualTo("NL");
      assertThat(place(holland, "Bergen").lat()).isCloseTo(52.67, within(0.05));
    }

    @Test
    void idlibAfterSyria() {
      Tagged t = Tagged.text("In Syrië vluchten mensen naar Idlib.").loc("Syrië", "Idlib");
      assertThat(place(t, "Idlib").country()).isEqualTo("SY");
      assertThat(place(t, "Idlib").name()).isEqualTo("Idlib");
    }

    @Test
    void aTownBeatsTheRegionNamedAfterIt() {
      Tagged t = Tagged.text("Utrecht, Groningen en New York.").loc("Utrecht", "Groningen", "New York");
      assertThat(place(t, "Utrecht").geonameId()).isEqualTo(2745912L);
      assertThat(place(t, "Groningen").geonameId()).isPositive();
      assertThat(place(t, "New York").name()).isEqualTo("New York City");
    }

    @Test
    void tooAmbiguousNamesAreDropped() {
      // two villages called Winsum, in Groningen and in Friesland, of about the same size
      Tagged alone = Tagged.text("Het dorp Winsum krijgt een nieuwe school.").loc("Winsum");
      assertThat(places(alone)).isEmpty();
      Tagged withProvince = Tagged.text("Het Groningse Winsum krijgt een school, zegt de gemeente Groningen.")
          .loc("Winsum", "Groningen");
      assertThat(place(withProvince, "Winsum").lat()).isGreaterThan(53.3);
    }
  }

  @Nested
  class CommonWords {

    @Test
    void aRecognisedLocationIsTrustedEvenWhenItIsAWord() {
      Tagged t = Tagged.text("Hij werkt in Best en woont in Hoek.").loc("Best", "Hoek");
      assertThat(place(t, "Best").country()).isEqualTo("NL");
      assertThat(place(t, "Hoek").country()).isEqualTo("NL");
    }

    @Test
    void aSentenceInitialCommonWordNamingOnlyAVillageIsNot() {
      // "hoek" (corner) is a common word; Hoek in Zeeland has 1,100 inhabitants
      Tagged t = Tagged.text("Het regende. Hoek is een dorp, zeggen ze.").loc("Hoek");
      assertThat(places(t)).isEmpty();
    }
  }

  @Nested
  class OtherEntityTypes {

    @Test
    void aCountryTaggedOrgIsStillAPlace() {
      Tagged t = Tagged.text("Rusland reageert woedend.").org("Rusland");
      assertThat(place(t, "Rusland").country()).isEqualTo("RU");
    }

    @Test
    void townsTaggedOrgAreClubsOrCouncils() {
      Tagged t = Tagged.text("Ajax won van Heerenveen.").org("Ajax", "Heerenveen");
      assertThat(places(t)).isEmpty();
    }

    @Test
    void miscIsNeverAPlace() {
      // "Polen" tagged MISC are Poles, not Poland
      Tagged t = Tagged.text("Veel Polen werken in de kassen.").misc("Polen");
      assertThat(places(t)).isEmpty();
    }

    @Test
    void personsAreNeverPlaces() {
      Tagged t = Tagged.text("Jordan scoorde twee keer.").per("Jordan");
      assertThat(places(t)).isEmpty();
    }
  }

  @Nested
  class MissedByTheRecogniser {

    @Test
    void countryNamesStandingAloneAreFound() {
      String text = "De strijders trokken via Turkije naar de Verenigde Staten en het Midden-Oosten.";
      List<Place> places = GEOCODER.places(text, List.of());
      assertThat(places).extracting(Place::text).containsExactly("Turkije", "Verenigde Staten", "Midden-Oosten");
      assertThat(places.get(1).country()).isEqualTo("US");
    }

    @Test
    void aCountryWithACompassWordIsFound() {
      assertThat(GEOCODER.places("Ze kwamen aan in Zuid-Turkije.", List.of()))
          .extracting(Place::name).containsExactly("Turkije");
    }

    @Test
    void partsOfLongerNamesAreNot() {
      String text = "Hij luisterde naar Radio Nederland en keek de Europa League.";
      assertThat(GEOCODER.places(text, List.of())).isEmpty();
    }

    @Test
    void demonymHomographsAbbreviationsAndTownsAreNot() {
      String text = "Veel Polen en Zweden lezen het VK. Ze wonen in Best.";
      assertThat(GEOCODER.places(text, List.of())).isEmpty();
    }

    @Test
    void theRecognisersVerdictIsRespected() {
      // tagged as part of an organisation: not taken as a place on its own
      Tagged t = Tagged.text("De Bank Nederland bestaat niet.").org("Bank Nederland");
      assertThat(places(t)).isEmpty();
    }

    @Test
    void aSentenceStartIsNoObstacle() {
      assertThat(GEOCODER.places("Nederland won. Duitsland verloor.", List.of()))
          .extracting(Place::country).containsExactly("NL", "DE");
    }
  }
}
