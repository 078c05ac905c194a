package nl.kroniek.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.kroniek.ingest.IngestReader;
import nl.kroniek.ingest.ProgressListener;
import nl.kroniek.ingest.ReadOptions;
import nl.kroniek.ingest.RecordSink;
import nl.kroniek.ingest.Rejection;
import nl.kroniek.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReplicatorTest {

  @TempDir Path tmp;

  /** Reads a generated corpus back with the ingest reader; rejections fail the test. */
  private static List<Article> readBack(Path file) {
    List<Article> articles = new ArrayList<>();
    new IngestReader(ReadOptions.DEFAULT).read(List.of(file), new RecordSink() {
      @Override
      public void accept(Article article) {
        articles.add(article);
      }

      @Override
      public void reject(Rejection rejection) {
        throw new AssertionError("generated corpus has a bad record: " + rejection);
      }
    }, ProgressListener.NONE);
    return articles;
  }

  @Test
  void cyclesTheDistinctArticlesWithNewIdsAndMarkedTexts() throws Exception {
    Path in = tmp.resolve("in.jsonl");
    Files.writeString(in, """
        {"id":"a","title":"Eerste","text":"De minister sprak.","published_at":"2019-03-01","source":"Trouw","collection":"x"}
        {"id":"b","title":"Tweede","text":"De politie zocht."}
        {"id":"c","title":"Derde","text":"Het kabinet viel."}
        {"id":"a","title":"Zelfde id","text":"Andere tekst."}
        {"id":"d","title":"Eerste","text":"De  MINISTER sprak."}
        {"id":"e","text":
        """);
    CorpusStats stats = CorpusReplicator.replicate(List.of(in), 10, tmp.resolve("out.jsonl"));
    assertThat(stats.sourceArticles()).isEqualTo(3);
    assertThat(stats.sourceSkipped()).isEqualTo(3); // a duplicate id, a duplicate text, a broken record
    assertThat(stats.articles()).isEqualTo(10);
    assertThat(stats.copies()).isEqualTo(4);
    assertThat(stats.fileBytes()).isEqualTo(Files.size(tmp.resolve("out.jsonl")));

    List<Article> out = readBack(stats.file());
    assertThat(out).extracting(Article::id)
        .containsExactly("a", "b", "c", "a#r1", "b#r1", "c#r1", "a#r2", "b#r2", "c#r2", "a#r3");
    assertThat(out.get(0).text()).isEqualTo("De minister sprak.");
    assertThat(out.get(3).text()).isEqualTo("De minister sprak. [r1]");
    assertThat(out.get(3).date().toString()).isEqualTo("2019-03-01");
    assertThat(out.get(3).source()).isEqualTo("Trouw");
    assertThat(out.get(3).metadata()).containsEntry("collection", "x");
    assertThat(out.stream().map(Article::fingerprint).distinct()).hasSize(10);
    long bytes = out.stream().mapToLong(a -> (a.title() + a.text()).getBytes(StandardCharsets.UTF_8).length).sum();
    assertThat(stats.textBytes()).isEqualTo(bytes);
  }

  @Test
  void stopsReadingOnceEnoughArticlesAreFound() throws Exception {
    Path in = TinyCorpus.write(tmp.resolve("in.jsonl"), 50, 1);
    CorpusStats stats = CorpusReplicator.replicate(List.of(in), 7, tmp.resolve("out.jsonl"));
    assertThat(stats.sourceArticles()).isEqualTo(7);
    assertThat(stats.copies()).isEqualTo(1);
    assertThat(readBack(stats.file())).extracting(Article::id).doesNotContain("tiny-0#r1").hasSize(7);
  }

  @Test
  void headCopiesTheFirstLines() throws Exception {
    Path in = TinyCorpus.write(tmp.resolve("in.jsonl"), 20, 2);
    assertThat(CorpusReplicator.head(in, 5, tmp.resolve("head.jsonl"))).isEqualTo(5);
    assertThat(readBack(tmp.resolve("head.jsonl"))).extracting(Article::id)
        .containsExactly("tiny-0", "tiny-1", "tiny-2", "tiny-3", "tiny-4");
    assertThat(CorpusReplicator.head(in, 500, tmp.resolve("all.jsonl"))).isEqualTo(20);
  }

  @Test
  void aCorpusWithoutReadableArticlesIsAnErrorThatSaysSo() throws Exception {
    Path in = tmp.resolve("broken.jsonl");
    Files.writeString(in, "{\"id\":\n{{{\n");
    assertThatThrownBy(() -> CorpusReplicator.replicate(List.of(in), 10, tmp.resolve("out.jsonl")))
        .isInstanceOf(IOException.class).hasMessageContaining("no readable articles");
    assertThatThrownBy(() -> CorpusReplicator.replicate(List.of(in), 0, tmp.resolve("out.jsonl")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomTextsSurviveTheRoundTripAsDistinctArticles() throws Exception {
    Random random = new Random(42);
    ObjectMapper mapper = new ObjectMapper();
    Path in = tmp.resolve("random.jsonl");
    try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      for (int i = 0; i < 40; i++) {
        w.write(jsonLine(mapper, Map.of("id", "r" + i, "title", garbage(random, 20),
            "text", garbage(random, 400) + " x" + i)));
        w.write('\n');
      }
      w.write("\u0000\u0001 not json at all ]]\n");
    }
    CorpusStats stats = CorpusReplicator.replicate(List.of(in), 150, tmp.resolve("out.jsonl"));
    List<Article> out = readBack(stats.file());
    assertThat(out).hasSize(150);
    assertThat(stats.sourceArticles() + stats.sourceSkipped()).isEqualTo(41);
    assertThat(new HashSet<>(out.stream().map(Article::id).toList())).hasSize(150);
    assertThat(new HashSet<>(out.stream().map(Article::fingerprint).toList())).hasSize(150);
  }

  /** One JSON object with every surrogate escaped, so that lone ones survive the file as JSON escapes. */
  static String jsonLine(ObjectMapper mapper, Map<String, String> fields) throws IOException {
    String json = mapper.writeValueAsString(fields);
    StringBuilder sb = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Random code points: letters, digits, punctuation, brackets, controls, emoji, lone surrogates. */
  static String garbage(Random random, int maxLength) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(8)) {
        case 0 -> sb.append((char) random.nextInt(0x20));
        case 1 -> sb.append((char) (0xD800 + random.nextInt(0x800)));
        case 2 -> sb.appendCodePoint(0x1F600 + random.nextInt(0x40));
        case 3 -> sb.append("[]{}\"'\\#*?~:()".charAt(random.nextInt(14)));
        case 4 -> sb.append(' ');
        default -> sb.append((char) ('a' + random.nextInt(26)));
      }
    }
    return sb.toString();
  }
}
