package nl.kroniek.ingest.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import nl.kroniek.ingest.CollectingSink;
import nl.kroniek.ingest.FieldMapping;
import nl.kroniek.ingest.ReadOptions;
import nl.kroniek.ingest.Rejection;
import nl.kroniek.model.Article;
import nl.kroniek.model.PubDate;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

  private final JsonLinesReader reader = new JsonLinesReader();

  @Test
  void readsTheDefaultShapeAndKeepsOtherScalarsAsMetadata() throws Exception {
    String line = "{\"id\": \"dpg-1\", \"title\": \"Kop\", \"text\": \"Eerste.\\nTweede.\", \"published_at\":"
        + " \"2019-02-12\", \"source\": \"Trouw\", \"url\": null, \"collection\": \"X\", \"partisan_label\": true,"
        + " \"score\": 0.5, \"tags\": {\"a\": 1}}";
    Article a = CollectingSink.read(reader, "f.jsonl", line).only();
    assertThat(a.id()).isEqualTo("dpg-1");
    assertThat(a.title()).isEqualTo("Kop");
    assertThat(a.text()).isEqualTo("Eerste.\n\nTweede.");
    assertThat(a.date()).isEqualTo(PubDate.ofDay(LocalDate.of(2019, 2, 12)));
    assertThat(a.source()).isEqualTo("Trouw");
    assertThat(a.url()).isNull();
    assertThat(a.metadata()).containsExactly(java.util.Map.entry("collection", "X"),
        java.util.Map.entry("partisan_label", "true"), java.util.Map.entry("score", "0.5"));
    assertThat(a.provenance().line()).isEqualTo(1);
    assertThat(a.provenance().record()).isEqualTo(1);
    assertThat(a.provenance().format()).isEqualTo("jsonl");
  }

  @Test
  void datesMayBeTimestampsOrEpochNumbers() throws Exception {
    String lines = "{\"title\":\"a\",\"published_at\":\"2019-02-12T10:15:00+01:00\"}\n"
        + "{\"title\":\"b\",\"published_at\":1549966500}\n"
        + "{\"title\":\"c\",\"published_at\":1549966500000}\n"
        + "{\"title\":\"d\",\"published_at\":\"gisteren\"}\n";
    CollectingSink sink = CollectingSink.read(reader, "f.jsonl", lines);
    assertThat(sink.rejections).isEmpty();
    Instant instant = Instant.parse("2019-02-12T10:15:00Z");
    assertThat(sink.articles.get(0).date()).isEqualTo(PubDate.ofInstant(instant.minusSeconds(3600)));
    assertThat(sink.articles.get(1).date()).isEqualTo(PubDate.ofInstant(Instant.ofEpochSecond(1549966500)));
    assertThat(sink.articles.get(2).date()).isEqualTo(PubDate.ofInstant(Instant.ofEpochSecond(1549966500)));
    Article undated = sink.articles.get(3);
    assertThat(undated.date()).isEqualTo(PubDate.UNKNOWN);
    assertThat(undated.metadata()).containsEntry("date.raw", "gisteren");
  }

  @Test
  void eachBadLineIsRejectedWithItsLineAndTheNextLinesStillRead() throws Exception {
    String lines = "{\"text\":\"een\"}\n"
        + "\n"
        + "{\"text\": \"kapot\n"
        + "[1, 2]\n"
        + "{\"id\": 7, \"source\": \"NOS\"}\n"
        + "{\"text\":\"twee\"} {\"text\":\"drie\"}\n"
        + "{\"text\":\"vier\", \"id\": 4}";
    CollectingSink sink = CollectingSink.read(reader, "f.jsonl", lines);
    assertThat(sink.articles).extracting(Article::text).containsExactly("een", "vier");
    assertThat(sink.articles.get(1).id()).isEqualTo("4");
    assertThat(sink.articles.get(1).provenance().line()).isEqualTo(7);
    assertThat(sink.articles.get(1).provenance().record()).isEqualTo(6);
    assertThat(sink.rejections).extracting(Rejection::line).containsExactly(3L, 4L, 5L, 6L);
    assertThat(sink.rejections.get(0).reason()).startsWith("invalid JSON at column").contains("end-of-input")
        .doesNotContain("Source");
    assertThat(sink.rejections.get(1).reason()).isEqualTo("not a JSON object (found an array)");
    assertThat(sink.rejections.get(2).reason()).startsWith("no text and no title");
    assertThat(sink.rejections.get(3).reason()).isEqualTo("more than one JSON value on the line");
    assertThat(sink.rejections).allSatisfy(r -> assertThat(r.file()).isEqualTo("f.jsonl"));
  }

  @Test
  void lineNestedTenThousandDeepIsRejectedByTheNestingLimit() throws Exception {
    String deep = "{\"text\":\"x\",\"n\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    CollectingSink sink = CollectingSink.read(reader, "f.jsonl", deep + "\n{\"text\":\"ok\"}\n");
    assertThat(sink.articles).extracting(Article::text).containsExactly("ok");
    assertThat(sink.rejections).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(1);
      assertThat(r.reason()).contains("nesting depth").contains("1000").doesNotContain("StreamReadConstraints");
    });
  }

  @Test
  void fieldMappingAndAliases() throws Exception {
    String line = "{\"headline\": \"Kop\", \"body\": \"Tekst\", \"date\": \"12-02-2019\", \"publisher\": \"AD\"}";
    Article a = CollectingSink.read(reader, "f.jsonl", line).only();
    assertThat(a.title()).isEqualTo("Kop");
    assertThat(a.text()).isEqualTo("Tekst");
    assertThat(a.date()).isEqualTo(PubDate.ofDay(LocalDate.of(2019, 2, 12)));
    assertThat(a.source()).isEqualTo("AD");

    JsonLinesReader mapped = new JsonLinesReader(ReadOptions.DEFAULT.withFields(FieldMapping.parse("text=inhoud")));
    Article b = CollectingSink.read(mapped, "f.jsonl", "{\"inhoud\": \"Eigen veld\", \"text\": \"niet dit\"}").only();
    assertThat(b.text()).isEqualTo("Eigen veld");
    assertThat(b.metadata()).containsEntry("text", "niet dit");
  }

  @Test
  void textArrayIsAListOfParagraphsAndCreditsAreMetadata() throws Exception {
    Article a = CollectingSink.read(reader, "f.jsonl",
        "{\"text\": [\"Foto: ANP\", \"Alinea een.\", \"Alinea  twee.\"]}").only();
    assertThat(a.text()).isEqualTo("Alinea een.\n\nAlinea twee.");
    assertThat(a.metadata()).containsEntry(Article.META_CREDIT, "Foto: ANP");
  }

  @Test
  void windows1252LineIsDecodedAndNoted() throws Exception {
    byte[] utf8 = "{\"text\":\"Caf\u00e9 een\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin = "{\"text\":\"Caf\u00e9 twee\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] both = new byte[utf8.length + latin.length];
    System.arraycopy(utf8, 0, both, 0, utf8.length);
    System.arraycopy(latin, 0, both, utf8.length, latin.length);
    CollectingSink sink = CollectingSink.read(reader, "f.jsonl", both);
    assertThat(sink.articles).extracting(Article::text).containsExactly("Café een", "Café twee");
    assertThat(sink.articles.get(0).metadata()).doesNotContainKey("encoding");
    assertThat(sink.articles.get(1).metadata()).containsEntry("encoding", "windows-1252");
  }

  @Test
  void escapedControlCharactersAreRemoved() throws Exception {
    Article a = CollectingSink.read(reader, "f.jsonl", "{\"text\":\"a\\u0000b\\u0007c\"}").only();
    assertThat(a.text()).isEqualTo("abc");
    assertThat(a.metadata()).containsEntry("sanitized", "control-characters");
  }

  @Test
  void jsonArrayFileIsReadElementByElement() throws Exception {
    String json = "[\n  {\"text\": \"een\"},\n  {\"text\": \"twee\",\n   \"id\": \"b\"},\n  42,\n  {\"text\": \"drie\"}\n]\n";
    CollectingSink sink = CollectingSink.read(reader, "f.json", json);
    assertThat(sink.articles).extracting(Article::text).containsExactly("een", "twee", "drie");
    assertThat(sink.articles).extracting(a -> a.provenance().line()).containsExactly(2L, 3L, 6L);
    assertThat(sink.rejections).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(5);
      assertThat(r.record()).isEqualTo(3);
    });
  }

  @Test
  void twentyMegabyteArticleIsReadWhole() throws Exception {
    String text = "Een zin van een heel lang artikel. ".repeat(600_000).strip();
    assertThat(text.length()).isGreaterThan(20_000_000);
    Article a = CollectingSink.read(reader, "f.jsonl", "{\"text\":\"" + text + "\"}\n").only();
    assertThat(a.text()).isEqualTo(text);
  }

  @Test
  void lineOverTheRecordLimitIsRejectedAndTheNextLineRead() throws Exception {
    JsonLinesReader small = new JsonLinesReader(ReadOptions.DEFAULT.withMaxRecordBytes(100));
    String lines = "{\"text\":\"" + "x".repeat(200) + "\"}\n{\"text\":\"klein\"}\n";
    CollectingSink sink = CollectingSink.read(small, "f.jsonl", lines);
    assertThat(sink.articles).extracting(Article::text).containsExactly("klein");
    assertThat(sink.rejections).singleElement().satisfies(r -> {
      assertThat(r.line()).isEqualTo(1);
      assertThat(r.reason()).isEqualTo("line too long: over 100 bytes (the limit per record)");
    });
  }

  @Test
  void emptyOrBlankInputIsRejected() throws Exception {
    assertThat(CollectingSink.read(reader, "f.jsonl", "").onlyRejection().reason()).isEqualTo("empty input");
    assertThat(CollectingSink.read(reader, "f.jsonl", "\n  \n\n").onlyRejection().reason()).isEqualTo("empty input");
  }
}
