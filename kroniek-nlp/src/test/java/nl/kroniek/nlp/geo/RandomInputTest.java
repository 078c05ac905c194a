package nl.kroniek.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.kroniek.lexicon.Gazetteer;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.model.fact.Place;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Random texts and random entity spans: the output keeps its invariants whatever comes in. */
class RandomInputTest {

  private static final Geocoder GEOCODER = new Geocoder();
  private static final String[] WORDS = {"Turkije", "Zuid-Turkije", "Parijs", "Hengelo", "(Gld)", "Best", "de",
      "Verenigde", "Staten", "'s-Hertogenbosch", "China's", "Noord", "-", ",", ".", "(", ")", "’s", "Limburg",
      "Nederland", "Radio", "Polen", "ß", "é", "\n", "Ⅻ", "😀", "\u0301", "", "Georgia", "Texas",
      "Amsterdam-Zuid",
      "x", "Europa", "League", "VS", "Mars"};

  @RepeatedTest(300)
  void invariantsHold(RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition() * 7919L);
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      if (random.nextInt(5) == 0) {
        sb.append((char) random.nextInt(0x3000));
      } else {
        sb.append(WORDS[random.nextInt(WORDS.length)]);
      }
      sb.append(random.nextBoolean() ? " " : "");
    }
    String text = sb.toString();
    List<Entity> entities = new ArrayList<>();
    int m = text.isEmpty() ? 0 : random.nextInt(12);
    for (int i = 0; i < m; i++) {
      int start = random.nextInt(text.length());
      int end = Math.min(text.length() + (random.nextInt(4) == 0 ? 5 : 0), start + 1 + random.nextInt(20));
      EntityType type = EntityType.values()[random.nextInt(EntityType.values().length)];
      entities.add(new Entity("x", type, null, start, end));
    }

    List<Place> places = GEOCODER.places(text, entities);

    int previousEnd = 0;
    for (Place p : places) {
      assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(p.end()).isLessThanOrEqualTo(text.length());
      assertThat(p.text()).isEqualTo(text.substring(p.start(), p.end()));
      assertThat(p.name()).isNotBlank();
      assertThat(p.lat()).isBetween(-90.0, 90.0);
      assertThat(p.lon()).isBetween(-180.0, 180.0);
      assertThat(p.geonameId()).isNotNegative();
      boolean fromEntity = entities.stream().anyMatch(e -> e.start() == p.start() && e.end() == p.end());
      boolean countryName = new UntaggedCountries(Gazetteer.get()).countryOrContinent(p.text()) != null;
      assertThat(fromEntity || countryName).as("%s comes from an entity or is a country name", p).isTrue();
      previousEnd = p.end();
    }
    assertThat(GEOCODER.places(text, entities)).isEqualTo(places);
  }
}
