package nl.kroniek.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.kroniek.ingest.CollectingSink;
import nl.kroniek.ingest.ReadOptions;
import nl.kroniek.ingest.Rejection;
import nl.kroniek.model.Article;
import nl.kroniek.model.PubDate;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  private final CsvReader csv = CsvReader.csv(ReadOptions.DEFAULT);
  private final CsvReader tsv = CsvReader.tsv(ReadOptions.DEFAULT);

  @Test
  void readsAnAmcatUploadWithAliasesAndMetadata() throws Exception {
    String file = "Title,TEXT,date,publisher,section\r\n"
        + "Kop een,\"Eerste alinea.\r\n\r\nTweede, met komma.\",2019-02-12,Trouw,Binnenland\r\n"
        + "Kop twee,Tekst twee,,NRC,\r\n";
    CollectingSink sink = CollectingSink.read(csv, "a.csv", file);
    assertThat(sink.rejections).isEmpty();
    Article a = sink.articles.get(0);
    assertThat(a.title()).isEqualTo("Kop een");
    assertThat(a.text()).isEqualTo("Eerste alinea.\n\nTweede, met komma.");
    assertThat(a.date()).isEqualTo(PubDate.ofDay(LocalDate.of(2019, 2, 12)));
    assertThat(a.source()).isEqualTo("Trouw");
    assertThat(a.metadata()).containsExactly(java.util.Map.entry("section", "Binnenland"));
    assertThat(a.provenance().line()).isEqualTo(2);
    assertThat(a.provenance().record()).isEqualTo(1);
    Article b = sink.articles.get(1);
    assertThat(b.provenance().line()).isEqualTo(5);
    assertThat(b.provenance().record()).isEqualTo(2);
    assertThat(b.date()).isEqualTo(PubDate.UNKNOWN);
    assertThat(b.metadata()).isEmpty();
  }

  @Test
  void sniffsSemicolonsAndReadsTabs() throws Exception {
    Article a = CollectingSink.read(csv, "a.csv", "titel;text;date\nKop;Tekst, met komma;2019-03\n").only();
    assertThat(a.text()).isEqualTo("Tekst, met komma");
    assertThat(a.date()).isEqualTo(PubDate.ofMonth(2019, 3));
    assertThat(a.metadata()).containsEntry("titel", "Kop");
    Article t = CollectingSink.read(tsv, "a.tsv", "title\tbody\nKop\tTekst; met \"quote\"\n").only();
    assertThat(t.text()).isEqualTo("Tekst; met \"quote\"");
    assertThat(t.provenance().format()).isEqualTo("tsv");
  }

  @Test
  void brokenQuoteCostsOnlyItsRecordAndParsingResumes() throws Exception {
    String file = "title,text\n"
        + "Een,goed\n"
        + "Twee,\"nooit gesloten\n"
        + "Drie,ook goed\n"
        + "Vier,\"x\"y\n"
        + "Vijf,\"meer\nregels\"\n"
        + "Zes,laatste\n";
    CollectingSink sink = CollectingSink.read(csv, "a.csv", file);
    assertThat(sink.articles).extracting(Article::title).containsExactly("Een", "Drie", "Vijf", "Zes");
    assertThat(sink.articles).extracting(a -> a.provenance().line()).containsExactly(2L, 4L, 6L, 8L);
    assertThat(sink.rejections).extracting(Rejection::line).containsExactly(3L, 5L);
    assertThat(sink.rejections.get(0).reason()).startsWith("broken quoting: ");
    assertThat(sink.rejections.get(1).reason()).isEqualTo("broken quoting: text after the closing quote of a field");
    assertThat(sink.articles.get(2).text()).isEqualTo("meer\n\nregels");
  }

  @Test
  void wrongFieldCountIsRejectedWithItsLine() throws Exception {
    String file = "title,text\nEen,goed\nTwee,te,veel\nDrie\n\nVier,goed\n";
    CollectingSink sink = CollectingSink.read(csv, "a.csv", file);
    assertThat(sink.articles).extracting(Article::title).containsExactly("Een", "Vier");
    assertThat(sink.rejections).extracting(Rejection::line).containsExactly(3L, 4L);
    assertThat(sink.rejections.get(0).reason()).isEqualTo("3 fields, but the header has 2");
    assertThat(sink.rejections.get(1).reason()).isEqualTo("1 fields, but the header has 2");
  }

  @Test
  void headerWithoutTextOrTitleAndEmptyFilesAreRejected() throws Exception {
    Rejection r = CollectingSink.read(csv, "a.csv", "naam,leeftijd\nJan,4\n").onlyRejection();
    assertThat(r.reason()).startsWith("no text or title column").contains("body").contains("headline");
    assertThat(r.line()).isEqualTo(1);
    assertThat(CollectingSink.read(csv, "a.csv", "\n\n").onlyRejection().reason()).isEqualTo("empty input");
  }

  @Test
  void unclosedQuoteInAHugeRecordStopsAtTheRecordLimit() throws Exception {
    CsvReader small = CsvReader.csv(ReadOptions.DEFAULT.withMaxRecordBytes(1000));
    StringBuilder file = new StringBuilder("title,text\nEen,\"open\n");
    for (int i = 0; i < 200; i++) {
      file.append("regel ").append(i).append(" zonder einde\n");
    }
    CollectingSink sink = CollectingSink.read(small, "a.csv", file.toString());
    assertThat(sink.rejections.get(0).line()).isEqualTo(2);
    assertThat(sink.rejections.get(0).reason()).startsWith("record too large");
    // The lines after the broken record are read again as records (one field each: rejected, not lost).
    assertThat(sink.rejections).hasSize(201);
  }

  @Test
  void latin1RowIsDecodedAndNoted() throws Exception {
    byte[] file = "title,text\nCaf\u00e9,Een \u00e9\u00e9n\n".getBytes(StandardCharsets.ISO_8859_1);
    Article a = CollectingSink.read(csv, "a.csv", file).only();
    assertThat(a.title()).isEqualTo("Café");
    assertThat(a.metadata()).containsEntry("encoding", "windows-1252");
  }

  @Test
  void utf16WithByteOrderMarkIsRead() throws Exception {
    byte[] body = "title\ttext\nKop\tTekst met \u00eb\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] file = new byte[body.length + 2];
    file[0] = (byte) 0xFF;
    file[1] = (byte) 0xFE;
    System.arraycopy(body, 0, file, 2, body.length);
    Article a = CollectingSink.read(tsv, "a.tsv", file).only();
    assertThat(a.text()).isEqualTo("Tekst met ë");
    assertThat(a.metadata()).containsEntry("encoding", "UTF-16LE");
  }

  @Test
  void delimiterSniffing() {
    assertThat(CsvReader.sniffDelimiter("title,text,date")).isEqualTo(',');
    assertThat(CsvReader.sniffDelimiter("title;text;date")).isEqualTo(';');
    assertThat(CsvReader.sniffDelimiter("\"a,b\";text;date")).isEqualTo(';');
    assertThat(CsvReader.sniffDelimiter("title\ttext")).isEqualTo('\t');
    assertThat(CsvReader.sniffDelimiter("title")).isEqualTo(',');
  }
}
