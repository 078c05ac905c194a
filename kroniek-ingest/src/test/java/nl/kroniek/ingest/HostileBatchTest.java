package nl.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.kroniek.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One batch directory full of bad files next to good ones: every bad record is rejected with its file and
 * position, every good record in the same batch is read.
 */
class HostileBatchTest {

  @TempDir
  static Path batch;

  static CollectingSink sink;
  static IngestStats stats;
  static long progressTotal;
  static long progressSum;
  static String bigText;

  @BeforeAll
  static void readTheBatch() throws IOException {
    write("truncated.jsonl", "{\"id\":\"a\",\"text\":\"Een.\"}\n{\"id\":\"b\",\"text\":\"Twee.\"}\n"
        + "{\"id\":\"c\",\"text\":\"Drie, maar afgebro");
    Files.write(batch.resolve("latin1.txt"),
        "Café in België\n\nDe één na laatste zin.\n".getBytes(StandardCharsets.ISO_8859_1));
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    Files.write(batch.resolve("foto.txt"), binary);
    write("empty.txt", "");
    StringBuilder big = new StringBuilder();
    for (int i = 0; big.length() < 20_000_000; i++) {
      big.append("Alinea ").append(i).append(" van een heel lang artikel, met genoeg woorden om de ruimte te vullen.")
          .append("\n\n");
    }
    bigText = big.toString().strip();
    write("big.txt", bigText);
    write("nul.txt", "Tekst met\u0000 NUL-bytes\u0000 erin, en verder gewoon een artikel over de gemeenteraad.");
    write("broken.csv", "title,text\nEen,goed\nTwee,\"nooit gesloten\nDrie,ook goed\nVier,nog een\n");
    write("deep.jsonl", "{\"text\":\"voor\"}\n{\"text\":\"x\",\"a\":" + "[".repeat(10_000) + "]".repeat(10_000)
        + "}\n{\"text\":\"na\"}\n");
    write("seed.txt", " date 2017-11 Een seed in de batch.");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(batch.resolve("feed.jsonl.gz")))) {
      out.write("{\"text\":\"uit gzip\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(batch.resolve("archief.zip")))) {
      out.putNextEntry(new ZipEntry("2017/pagina.html"));
      out.write("<html><body><article><p>Uit een zip.</p></article></body></html>".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    byte[] zip = Files.readAllBytes(batch.resolve("archief.zip"));
    Files.write(batch.resolve("kapot.zip"), java.util.Arrays.copyOf(zip, zip.length / 2));
    byte[] gz = Files.readAllBytes(batch.resolve("feed.jsonl.gz"));
    Files.write(batch.resolve("afgebroken.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length - 10));

    sink = new CollectingSink();
    stats = new IngestReader(ReadOptions.DEFAULT).read(List.of(batch), sink, new ProgressListener() {
      @Override
      public void start(long totalBytes) {
        progressTotal = totalBytes;
      }

      @Override
      public void advance(long bytes) {
        progressSum += bytes;
      }
    });
  }

  private static void write(String name, String content) throws IOException {
    Files.writeString(batch.resolve(name), content);
  }

  private static Rejection onlyRejectionOf(String file) {
    assertThat(sink.rejectionsOf(file)).as("rejections of " + file).hasSize(1);
    Rejection r = sink.rejectionsOf(file).get(0);
    assertThat(r.file()).isEqualTo(batch.resolve(file).toString());
    return r;
  }

  @Test
  void truncatedJsonLinesKeepsTheGoodLines() {
    assertThat(sink.from("truncated.jsonl")).extracting(Article::id).containsExactly("a", "b");
    Rejection r = onlyRejectionOf("truncated.jsonl");
    assertThat(r.line()).isEqualTo(3);
    assertThat(r.record()).isEqualTo(3);
    assertThat(r.reason()).startsWith("invalid JSON").contains("end-of-input");
  }

  @Test
  void latin1TextIsAGoodArticle() {
    Article a = sink.from("latin1.txt").get(0);
    assertThat(a.title()).isEqualTo("Café in België");
    assertThat(a.text()).isEqualTo("De één na laatste zin.");
    assertThat(a.metadata()).containsEntry("encoding", "windows-1252");
    assertThat(sink.rejectionsOf("latin1.txt")).isEmpty();
  }

  @Test
  void binaryAndEmptyFilesAreRejectedAsWholeInputs() {
    Rejection binary = onlyRejectionOf("foto.txt");
    assertThat(binary.reason()).startsWith("binary content");
    assertThat(binary.record()).isZero();
    assertThat(onlyRejectionOf("empty.txt").reason()).isEqualTo("empty input");
    assertThat(sink.from("foto.txt")).isEmpty();
  }

  @Test
  void twentyMegabyteArticleIsIngestedWhole() {
    Article a = sink.from("big.txt").get(0);
    assertThat(a.text()).isEqualTo(bigText);
    assertThat(a.text().length()).isGreaterThan(20_000_000);
  }

  @Test
  void nulBytesAreStrippedAndNoted() {
    Article a = sink.from("nul.txt").get(0);
    assertThat(a.text()).doesNotContain("\u0000").startsWith("Tekst met NUL-bytes erin");
    assertThat(a.metadata()).containsEntry("sanitized", "control-characters");
  }

  @Test
  void csvAfterABrokenQuoteIsStillRead() {
    assertThat(sink.from("broken.csv")).extracting(Article::title).containsExactly("Een", "Drie", "Vier");
    Rejection r = onlyRejectionOf("broken.csv");
    assertThat(r.line()).isEqualTo(3);
    assertThat(r.reason()).contains("quoted field is never closed");
  }

  @Test
  void deeplyNestedJsonLineIsRejectedAndItsNeighboursRead() {
    assertThat(sink.from("deep.jsonl")).extracting(Article::text).containsExactly("voor", "na");
    Rejection r = onlyRejectionOf("deep.jsonl");
    assertThat(r.line()).isEqualTo(2);
    assertThat(r.reason()).contains("nesting depth");
  }

  @Test
  void containersAndSeedsInTheSameBatchAreRead() {
    assertThat(sink.from("seed.txt")).singleElement().satisfies(a -> assertThat(a.provenance().format()).isEqualTo("seed"));
    assertThat(sink.from("feed.jsonl.gz")).extracting(Article::text).containsExactly("uit gzip");
    assertThat(sink.from("archief.zip!/2017/pagina.html")).extracting(Article::text).containsExactly("Uit een zip.");
  }

  @Test
  void corruptContainersAreRejectedWithTheirName() {
    assertThat(onlyRejectionOf("kapot.zip").reason()).startsWith("not a readable zip archive");
    Rejection cut = onlyRejectionOf("afgebroken.jsonl.gz");
    assertThat(cut.reason()).startsWith("cannot read input");
  }

  @Test
  void countsAndProgressAddUp() {
    assertThat(stats.articles()).isEqualTo(sink.articles.size());
    assertThat(stats.rejections()).isEqualTo(sink.rejections.size());
    assertThat(sink.articles).hasSize(2 + 1 + 1 + 1 + 3 + 2 + 1 + 1 + 1);
    assertThat(progressTotal).isPositive().isEqualTo(progressSum);
    assertThat(sink.rejections).allSatisfy(r -> assertThat(r.file()).startsWith(batch.toString()));
  }

  @Test
  void anExceptionFromTheSinkIsNotSwallowed() throws IOException {
    RecordSink failing = new RecordSink() {
      @Override
      public void accept(Article article) {
        throw new IllegalStateException("index full");
      }

      @Override
      public void reject(Rejection rejection) {}
    };
    Path one = batch.resolve("seed.txt");
    assertThatThrownBy(() -> new IngestReader(ReadOptions.DEFAULT).read(List.of(one), failing, ProgressListener.NONE))
        .isInstanceOf(IllegalStateException.class).hasMessage("index full");
  }
}
