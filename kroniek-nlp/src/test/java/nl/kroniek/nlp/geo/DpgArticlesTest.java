package nl.kroniek.nlp.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.model.fact.Place;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real news text (shared/data/news-nl, skipped where absent), with two extreme recognisers: none at all
 * (only untagged country names are found) and one that tags every capitalised word LOC.
 */
class DpgArticlesTest {

  private static final List<String> TEXTS = new ArrayList<>();
  private static final Geocoder GEOCODER = new Geocoder();

  @BeforeAll
  static void readArticles() throws IOException {
    String shared = System.getProperty("kroniek.shared");
    Path file = shared == null ? null : Path.of(shared, "data/news-nl/dpgmedia2019-articles.jsonl.gz");
    assumeTrue(file != null && Files.isRegularFile(file), "no DPG articles (kroniek.shared=" + shared + ")");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String text = textField(line);
        if (text != null && !text.isEmpty()) {
          TEXTS.add(text);
        }
      }
    }
  }

  @Test
  void withoutEntitiesOnlyStandaloneCountryNamesAreFound() {
    UntaggedCountries names = new UntaggedCountries(nl.kroniek.lexicon.Gazetteer.get());
    int found = 0;
    long t0 = System.nanoTime();
    for (String text : TEXTS) {
      for (Place p : GEOCODER.places(text, List.of())) {
        assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
        assertThat(names.countryOrContinent(p.text())).as(p.text()).isNotNull();
        assertThat(TextPosition.capitalisedWordAfter(text, p.end())).as(p.text()).isFalse();
        found++;
      }
    }
    System.out.printf("untagged country names in %d DPG articles: %d (%d ms)%n", TEXTS.size(), found,
        (System.nanoTime() - t0) / 1_000_000);
    assertThat(found).isGreaterThan(TEXTS.size() / 2);
  }

  @Test
  void everyCapitalisedWordTaggedLocKeepsTheInvariants() {
    int mentions = 0;
    int places = 0;
    long t0 = System.nanoTime();
    for (String text : TEXTS) {
      List<Entity> entities = capitalisedWords(text);
      mentions += entities.size();
      List<Place> result = GEOCODER.places(text, entities);
      int previousEnd = 0;
      for (Place p : result) {
        assertThat(p.start()).isGreaterThanOrEqualTo(previousEnd);
        assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
        previousEnd = p.end();
      }
      places += result.size();
    }
    System.out.printf("every capitalised word as LOC: %d mentions, %d places (%d ms)%n", mentions, places,
        (System.nanoTime() - t0) / 1_000_000);
    assertThat(places).isLessThan(mentions);
  }

  private static List<Entity> capitalisedWords(String text) {
    List<Entity> entities = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
        i++;
      }
      if (Character.isUpperCase(text.charAt(start))) {
        entities.add(new Entity(text.substring(start, i), EntityType.LOC, null, start, i));
      }
    }
    return entities;
  }

  /** The "text" string of one JSON line (enough JSON for this file: no nested objects before it). */
  private static String textField(String json) {
    int k = json.indexOf("\"text\": \"");
    if (k < 0) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    for (int p = k + 9; p < json.length(); p++) {
      char c = json.charAt(p);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\') {
        char e = json.charAt(++p);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'u' -> {
            sb.append((char) Integer.parseInt(json, p + 1, p + 5, 16));
            p += 4;
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
    return null;
  }
}
