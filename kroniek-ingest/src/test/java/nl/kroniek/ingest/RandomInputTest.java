package nl.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import nl.kroniek.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Garbage through every reader: random bytes, and random soups of the characters and fragments that the
 * formats care about. Every input must give at least one result, each an article or a rejection of the
 * right shape, and never an exception.
 */
class RandomInputTest {

  private static final String[] FRAGMENTS = {"{", "}", "[", "]", "\"", "\"\"", ",", ";", ":", "\t", "\n", "\r",
      "\r\n", "\n\n", " ", "  ", "\\", "\\u00", "\\\"", "text", "title", "\"text\":", "\"title\":\"", "published_at",
      "date 2017-11 ", " date 2019-02-12", "<p>", "</p>", "<article>", "</article>", "<br>", "<script>", "</div>",
      "<meta property=\"article:published_time\" content=\"", "<!--", "&amp;", "©", "Foto: ANP", "é", "ë", "€",
      "\u0000", "\u0007", "\u00A0", "\uFEFF", "\u2029", "12", "2019", "1549966500", "null", "true", "-0.5e3",
      "De", "kabinet", "zegt", ".", "…", "Zoë", "\uD83D\uDE00"};

  @ParameterizedTest
  @ValueSource(strings = {"seed", "txt", "jsonl", "csv", "tsv", "html"})
  void randomBytesNeverBreakAReader(String format) throws Exception {
    ArticleReader reader = new Readers(ReadOptions.DEFAULT.withMaxRecordBytes(4000)).reader(format);
    Random random = new Random(format.hashCode());
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[random.nextInt(3000)];
      random.nextBytes(bytes);
      check(reader, "random-" + i + "." + format, bytes);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed", "txt", "jsonl", "csv", "tsv", "html"})
  void randomSoupsOfFormatCharactersNeverBreakAReader(String format) throws Exception {
    ArticleReader reader = new Readers(ReadOptions.DEFAULT.withMaxRecordBytes(4000)).reader(format);
    Random random = new Random(31 * format.hashCode());
    for (int i = 0; i < 500; i++) {
      StringBuilder soup = new StringBuilder();
      int parts = random.nextInt(400);
      for (int p = 0; p < parts; p++) {
        soup.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
      byte[] bytes = soup.toString().getBytes(random.nextInt(5) == 0 ? StandardCharsets.ISO_8859_1
          : StandardCharsets.UTF_8);
      check(reader, "soup-" + i + "." + format, bytes);
      if (random.nextInt(4) == 0) { // also cut at a random byte, as a truncated download would be
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.write(bytes, 0, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
        check(reader, "cut-" + i + "." + format, cut.toByteArray());
      }
    }
  }

  private static void check(ArticleReader reader, String name, byte[] bytes) throws Exception {
    CollectingSink sink = new CollectingSink();
    reader.read(Inputs.of(name, bytes), sink);
    assertThat(sink.articles.size() + sink.rejections.size()).as("results for %s", name).isPositive();
    for (Article a : sink.articles) {
      assertThat(a.id()).isNotBlank();
      assertThat(a.provenance().file()).isEqualTo(name);
      assertThat(a.provenance().format()).isEqualTo(reader.format());
      assertThat(a.text().isEmpty() && a.title().isEmpty()).as("empty article from %s", name).isFalse();
      assertThat(a.title()).doesNotContain("\n");
      if (!a.text().isEmpty()) {
        for (String paragraph : a.text().split("\n\n", -1)) {
          assertThat(paragraph).as("paragraph of %s", name).isNotEmpty().isEqualTo(paragraph.strip())
              .doesNotContain("\n").doesNotContain("  ");
        }
      }
      assertThat(a.text().chars().filter(c -> c < 0x20 && c != '\n' || c == 0x7F)).as("controls in %s", name)
          .isEmpty();
      assertThat(a.metadata().values()).allSatisfy(v -> assertThat(v).isNotBlank());
    }
    for (Rejection r : sink.rejections) {
      assertThat(r.file()).isEqualTo(name);
      assertThat(r.reason()).isNotBlank();
      assertThat(r.line()).isNotNegative();
      assertThat(r.record()).isNotNegative();
    }
  }
}
