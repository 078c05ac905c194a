package nl.kroniek.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReadersTest {

  private final Readers readers = new Readers(ReadOptions.DEFAULT);

  private String formatOf(String name, String content) throws Exception {
    return readers.forInput(Inputs.of(name, content.getBytes(StandardCharsets.UTF_8))).format();
  }

  @Test
  void choosesByExtension() throws Exception {
    assertThat(formatOf("a.jsonl", "x")).isEqualTo("jsonl");
    assertThat(formatOf("a.NDJSON", "x")).isEqualTo("jsonl");
    assertThat(formatOf("a.json", "x")).isEqualTo("jsonl");
    assertThat(formatOf("a.csv", "x")).isEqualTo("csv");
    assertThat(formatOf("a.tab", "x")).isEqualTo("tsv");
    assertThat(formatOf("a.xhtml", "x")).isEqualTo("html");
    assertThat(formatOf("a.txt", "Gewone tekst")).isEqualTo("txt");
  }

  @Test
  void textWithTheDateHeaderIsASeed() throws Exception {
    assertThat(formatOf("a.txt", " date 2017-11 De BBC")).isEqualTo("seed");
    assertThat(formatOf("a.txt", "\uFEFF\n date 2017-11-02\nTekst")).isEqualTo("seed");
    assertThat(formatOf("zonder-extensie", "date 2017-11 Tekst")).isEqualTo("seed");
  }

  @Test
  void sniffsUnknownExtensions() throws Exception {
    assertThat(formatOf("pagina", "  <!DOCTYPE html>")).isEqualTo("html");
    assertThat(formatOf("feed.dat", "\n{\"text\":1}")).isEqualTo("jsonl");
    assertThat(formatOf("README", "Hallo")).isEqualTo("txt");
  }

  @Test
  void forcedFormatWins() throws Exception {
    Readers forced = new Readers(ReadOptions.DEFAULT.withFormat("tsv"));
    assertThat(forced.forInput(Inputs.of("a.json", new byte[0])).format()).isEqualTo("tsv");
    assertThatThrownBy(() -> readers.reader("pdf")).isInstanceOf(IllegalArgumentException.class);
  }
}
