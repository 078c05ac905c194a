package nl.kroniek.nlp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every DpgMedia2019 article (shared/data/news-nl, skipped where absent) tokenizes and splits within the
 * invariants, and the output looks like Dutch news: no capped sentences, few lower-case sentence starts.
 */
class DpgCorpusTest {

  @Test
  void allArticlesKeepInvariantsAndLookLikeSentences() throws IOException {
    Optional<Path> file = DevData.dpgArticles();
    assumeTrue(file.isPresent(), "DpgMedia2019 articles not found under kroniek.shared; skipping");
    List<String> texts = DevData.texts(file.get());
    Tokenizer tokenizer = new Tokenizer();
    SentenceSplitter splitter = new SentenceSplitter();

    long sentences = 0;
    long lowerCaseStarts = 0;
    long capped = 0;
    long tokens = 0;
    for (String text : texts) {
      List<Token> t = tokenizer.tokenize(text);
      Invariants.checkTokens(text, t);
      List<Sentence> s = splitter.split(t);
      Invariants.checkSentences(t, s, splitter.maxTokens());
      tokens += t.size();
      sentences += s.size();
      capped += s.stream().filter(Sentence::capped).count();
      // An article's first sentence often starts with a lower-case section label in this corpus.
      lowerCaseStarts += s.stream().skip(1)
          .filter(x -> Character.isLowerCase(t.get(x.tokenStart()).text().codePointAt(0))).count();
    }

    assertThat(texts).hasSizeGreaterThan(1000);
    assertThat(capped).as("news sentences are far below the cap").isZero();
    assertThat((double) tokens / sentences).as("tokens per sentence").isBetween(12.0, 25.0);
    assertThat((double) lowerCaseStarts / sentences).as("sentences starting in lower case").isLessThan(0.005);
  }
}
