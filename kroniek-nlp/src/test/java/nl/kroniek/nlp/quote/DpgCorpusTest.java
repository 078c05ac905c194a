package nl.kroniek.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.kroniek.model.fact.CitedSource;
import nl.kroniek.model.fact.Quote;
import org.junit.jupiter.api.Test;

/**
 * All 1,222 DpgMedia2019 articles (skipped without shared/): invariants, and the coverage measured when the
 * extractor was tuned, with a margin, so a regression shows.
 */
class DpgCorpusTest {

  @Test
  void invariantsAndCoverageOnTheDpgArticles() throws IOException {
    Optional<Path> shared = SharedData.folder();
    assumeTrue(shared.isPresent(), "no shared/ folder");
    Path file = shared.get().resolve("data/news-nl/dpgmedia2019-articles.jsonl.gz");
    assumeTrue(Files.isRegularFile(file), "no DPG articles");
    List<String> texts = SharedData.texts(file);
    int direct = 0;
    int directWithSpeaker = 0;
    int indirect = 0;
    int sources = 0;
    for (String text : texts) {
      List<Quote> quotes = Fixture.quotes(text);
      for (Quote q : quotes) {
        if (q.direct()) {
          direct++;
          directWithSpeaker += q.speaker() == null ? 0 : 1;
          assertThat(text.substring(q.start(), q.end())).contains(q.text().substring(0, Math.min(20,
              q.text().length())));
        } else {
          indirect++;
        }
      }
      List<CitedSource> cited = Fixture.sources(text);
      sources += cited.size();
    }
    System.out.printf("DPG: %d articles, %d direct quotes (%d with speaker), %d indirect, %d sources%n",
        texts.size(), direct, directWithSpeaker, indirect, sources);
    assertThat(texts).hasSizeGreaterThan(1000);
    assertThat(direct).isGreaterThan(2500);
    // most unattributed quotes get a speaker from the context (the salience fallback)
    assertThat((double) directWithSpeaker / direct).isGreaterThan(0.8);
    assertThat(indirect).isGreaterThan(1000);
    // sources are information cues only (volgens, aldus, meldt, erkent, ...), not every speaker: about 950
    assertThat(sources).isGreaterThan(700);
  }
}
