package nl.kroniek.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.store.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {

  @TempDir Path tmp;

  private IngestReport ingest(DataDir data, Enricher enricher, Path... paths) throws Exception {
    try (Kroniek k = Kroniek.openForWriting(data)) {
      return IngestJob.run(k, List.of(paths), IngestJob.Options.defaults(enricher).withCommitEvery(3),
          IngestJob.Listener.NONE);
    }
  }

  private Path write(String name, String content) throws Exception {
    Path p = tmp.resolve("in").resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void secondRunOfTheSameFolderAddsNothing() throws Exception {
    write("a.jsonl", """
        {"id":"1","title":"Een","text":"Eerste bericht over strijders.","published_at":"2017-11-02"}
        {"id":"2","title":"Twee","text":"Tweede bericht.","published_at":"2017-11"}
        """);
    write("b.txt", " date 2017-09 Derde bericht, uit een seed-bestand.\n");
    DataDir data = new DataDir(tmp.resolve("data"));
    IngestReport first = ingest(data, Enricher.NONE, tmp.resolve("in"));
    assertThat(first.read()).isEqualTo(3);
    assertThat(first.added()).isEqualTo(3);
    assertThat(first.duplicates()).isZero();
    assertThat(first.quarantine()).isNull();

    IngestReport second = ingest(data, Enricher.NONE, tmp.resolve("in"));
    assertThat(second.added()).isZero();
    assertThat(second.duplicates()).isEqualTo(3);
    try (Kroniek k = Kroniek.openReadOnly(data)) {
      assertThat(k.count()).isEqualTo(3);
    }
  }

  @Test
  void sameTextUnderAnotherIdOrTwiceInOneRunIsADuplicate() throws Exception {
    write("a.jsonl", """
        {"id":"1","text":"Het  zelfde bericht."}
        {"id":"2","text":"het zelfde\\n\\nbericht."}
        {"id":"1","text":"Ander bericht, zelfde id."}
        {"id":"3","text":"Nieuw bericht."}
        """);
    DataDir data = new DataDir(tmp.resolve("data"));
    IngestReport r = ingest(data, Enricher.NONE, tmp.resolve("in"));
    assertThat(r.read()).isEqualTo(4);
    assertThat(r.added()).isEqualTo(2);
    assertThat(r.duplicates()).isEqualTo(2);
    try (Kroniek k = Kroniek.openReadOnly(data)) {
      assertThat(k.get("1").orElseThrow().article().text()).isEqualTo("Het zelfde bericht.");
      assertThat(k.get("2")).isEmpty();
    }
  }

  @Test
  void badRecordsGoToTheQuarantineAndTheRestIsStored() throws Exception {
    write("a.jsonl", """
        {"id":"1","text":"Goed bericht."}
        {"id":"2","text":"kapot
        {"id":"3","text":"Nog een goed bericht."}
        """);
    write("empty.txt", "");
    DataDir data = new DataDir(tmp.resolve("data"));
    IngestReport r = ingest(data, Enricher.NONE, tmp.resolve("in"));
    assertThat(r.added()).isEqualTo(2);
    assertThat(r.rejected()).isEqualTo(2);
    assertThat(r.quarantine()).isNotNull().startsWith(data.quarantine());
    List<String> lines = Files.readAllLines(r.quarantine());
    assertThat(lines).hasSize(2);
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"file\"").contains("a.jsonl").contains("\"line\":2"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("empty.txt"));
  }

  @Test
  void anExtractorFailureStoresTheArticleWithoutFacts() throws Exception {
    write("a.jsonl", """
        {"id":"ok","text":"Gewoon bericht."}
        {"id":"boom","text":"Dit bericht laat de extractor vallen."}
        """);
    Enricher flaky = a -> {
      if (a.id().equals("boom")) {
        throw new IllegalStateException("extractor bug");
      }
      return Facts.EMPTY;
    };
    DataDir data = new DataDir(tmp.resolve("data"));
    IngestReport r = ingest(data, flaky, tmp.resolve("in"));
    assertThat(r.added()).isEqualTo(2);
    assertThat(r.withoutFacts()).isEqualTo(1);
    assertThat(r.rejected()).isZero();
    assertThat(Files.readString(r.quarantine())).contains("stored without facts").contains("extractor bug");
    try (Kroniek k = Kroniek.openReadOnly(data)) {
      assertThat(k.search(SearchRequest.of("extractor")).total()).isEqualTo(1);
    }
  }

  @Test
  void readOnlyOpenOfAnEmptyDirectorySaysWhatToDo() {
    DataDir data = new DataDir(tmp.resolve("nothing"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Kroniek.openReadOnly(data))
        .isInstanceOf(Kroniek.NoIndexException.class)
        .hasMessageContaining("ingest");
  }
}
