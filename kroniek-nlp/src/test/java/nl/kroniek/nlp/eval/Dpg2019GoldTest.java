package nl.kroniek.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.fact.Facts;
import org.junit.jupiter.api.Test;

/**
 * The committed DPG 2019 facts gold set: well-formed, big enough, no article text in it, and (where the
 * developer data is present) exactly fitting the article texts.
 */
class Dpg2019GoldTest {

  private static final Pattern TIME_VALUE = Pattern.compile(
      "\\d{2}|\\d{3}|\\d{4}(-(\\d{2}(-\\d{2})?|W\\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?"
          + "|P(\\d+(\\.\\d+)?|X)[YMWD]|PT(\\d+|X)[HMS]|PXDE|PXCE|P\\d+Y\\d+M|P\\d+DE"
          + "|\\d{4}(-\\d{2}){0,2}/\\d{4}(-\\d{2}){0,2}");

  private static Path goldFile() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FactsGold.DPG2019_PATH);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static FactsGold gold() throws IOException {
    Path file = goldFile();
    assumeTrue(file != null, FactsGold.DPG2019_PATH + " not found above the working directory; skipping");
    return FactsGold.read(file);
  }

  @Test
  void hasFortyArticlesAndTheTargetedNumberOfFacts() throws IOException {
    FactsGold gold = gold();
    assertThat(gold.size()).isEqualTo(40);
    Map<Extractor, Integer> counts = gold.counts();
    assertThat(counts.get(Extractor.QUOTES)).isGreaterThanOrEqualTo(60);
    assertThat(counts.get(Extractor.SOURCES)).isGreaterThanOrEqualTo(40);
    assertThat(counts.get(Extractor.QUANTITIES)).isGreaterThanOrEqualTo(150);
    assertThat(counts.get(Extractor.MONEY)).isGreaterThanOrEqualTo(30);
    assertThat(counts.get(Extractor.TIMES)).isGreaterThanOrEqualTo(150);
    assertThat(counts.get(Extractor.PLACES)).isGreaterThanOrEqualTo(150);
    assertThat(gold.facts().values().stream().flatMap(f -> f.quotes().stream()).filter(q -> !q.direct()).count())
        .as("indirect speech is annotated too").isGreaterThan(30);
  }

  @Test
  void valuesAreWellFormed() throws IOException {
    for (GoldArticle a : gold().articles()) {
      assertThat(a.id()).startsWith("dpg2019-");
      assertThat(a.sha256()).matches("[0-9a-f]{16}");
      assertThat(a.date().precision()).isEqualTo(PubDate.Precision.DAY);
      Facts f = a.facts();
      f.quotes().forEach(q -> assertThat(q.speaker()).as(a.id()).isNotBlank());
      f.sources().forEach(s -> assertThat(s.name()).as(a.id()).isNotBlank());
      f.quantities().forEach(q -> assertThat(q.value() != null || q.low() != null || q.high() != null).isTrue());
      f.money().forEach(m -> assertThat(m.currency()).matches("[A-Z]{3}"));
      f.times().stream().filter(t -> t.value() != null)
          .forEach(t -> assertThat(t.value()).as(a.id()).matches(TIME_VALUE));
      f.places().forEach(p -> {
        assertThat(p.name()).isNotBlank();
        if (p.country() != null) {
          assertThat(p.country()).matches("[A-Z]{2}");
        }
      });
    }
  }

  @Test
  void holdsNoArticleText() throws IOException {
    Path file = goldFile();
    assumeTrue(file != null, "gold file not found; skipping");
    // Only short annotation values (names, nouns, codes) may appear: never a sentence of the article.
    Pattern string = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    for (String line : Files.readAllLines(file)) {
      var m = string.matcher(line);
      while (m.find()) {
        assertThat(m.group(1).length()).as(m.group(1)).isLessThanOrEqualTo(60);
      }
    }
  }

  @Test
  void scoringTheGoldAgainstItselfIsPerfect() throws IOException {
    FactsGold gold = gold();
    FactsScore s = FactsScorer.score(gold.facts(), gold.facts());
    for (Extractor e : Extractor.values()) {
      assertThat(s.counts(e, Criterion.KEY).f1()).as(e.label()).isEqualTo(1.0);
    }
    assertThat(s.counts(Extractor.PLACES, Criterion.NAME).f1()).isEqualTo(1.0);
  }

  @Test
  void fitsTheArticleTextsWhenTheDeveloperDataIsPresent() throws IOException {
    FactsGold gold = gold();
    String shared = System.getProperty("kroniek.shared");
    assumeTrue(shared != null && !shared.isBlank(), "kroniek.shared not set; skipping");
    Path corpus = Path.of(shared, "data/news-nl/dpgmedia2019-articles.jsonl.gz");
    assumeTrue(Files.isRegularFile(corpus), "DpgMedia2019 articles not found under kroniek.shared; skipping");
    Map<String, String> texts = ArticleTexts.read(corpus, id -> gold.article(id) != null);
    assertThat(gold.verify(texts)).isEmpty();
    // Spot checks that the offsets point at what the guidelines say: quote marks, digits, place names.
    for (GoldArticle a : gold.articles()) {
      String text = texts.get(a.id());
      a.facts().quotes().stream().filter(q -> q.direct()).forEach(q -> assertThat(",'\"“”‘’„«»")
          .contains(text.substring(q.start(), q.start() + 1)));
      a.facts().places().forEach(p -> assertThat(Character.isUpperCase(text.charAt(p.start())))
          .as(a.id() + " place at " + p.start()).isTrue());
    }
  }
}
