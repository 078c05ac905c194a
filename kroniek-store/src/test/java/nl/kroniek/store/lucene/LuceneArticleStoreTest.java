package nl.kroniek.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.kroniek.model.Article;
import nl.kroniek.model.Provenance;
import nl.kroniek.model.PubDate;
import nl.kroniek.model.fact.Entity;
import nl.kroniek.model.fact.EntityType;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.model.fact.Quote;
import nl.kroniek.store.QuerySyntaxException;
import nl.kroniek.store.SearchRequest;
import nl.kroniek.store.SearchResult;
import nl.kroniek.store.StoreStats;
import nl.kroniek.store.StoredArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneArticleStoreTest {

  @TempDir Path dir;

  private static final Article RAQQA = article("raqqa", "2017-11", "BBC-onderzoek",
      "Geconfronteerd met deze bewijzen erkenden de autoriteiten dat zo'n 250 IS-strijders en 3.500 "
          + "familieleden Raqqa hadden mogen verlaten.\n\nDe BBC sprak met getuigen in Syrië.",
      "Het Nieuws");
  private static final Article TURKIJE = article("turkije", "2017-09", "",
      "Naarmate IS steeds meer terrein verliest, proberen honderden strijders het oorlogsgebied te ontvluchten. "
          + "De exodus is in volle gang waardoor veiligheidsdiensten op scherp staan.",
      "De Krant");
  private static final Article UNDATED = article("undated", null, "Zonder datum",
      "Een bericht over de gemeenteraad zonder datum.", null);

  private static Article article(String id, String date, String title, String text, String source) {
    return Article.builder().id(id).title(title).text(text).date(PubDate.parse(date)).source(source)
        .provenance(new Provenance("test.jsonl", 1, 1, "jsonl")).build();
  }

  @BeforeEach
  void fill() throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.openForWriting(dir)) {
      for (Article a : List.of(RAQQA, TURKIJE, UNDATED)) {
        store.add(new StoredArticle(a, null));
      }
      store.commit();
    }
  }

  private List<String> ids(String query) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(dir)) {
      return store.search(SearchRequest.of(query).withLimit(50)).hits().stream()
          .map(SearchResult.Hit::id).sorted().toList();
    }
  }

  @Test
  void findsWordsInsideHyphenatedCompounds() throws Exception {
    assertThat(ids("strijders")).containsExactly("raqqa", "turkije");
    assertThat(ids("IS-strijders")).containsExactly("raqqa", "turkije");
    assertThat(ids("\"IS-strijders\"")).containsExactly("raqqa");
  }

  @Test
  void findsPartsOfCompounds() throws Exception {
    assertThat(ids("dienst")).containsExactly("turkije");
    assertThat(ids("familie")).containsExactly("raqqa");
    assertThat(ids("veiligheidsdiensten")).containsExactly("turkije");
    assertThat(ids("exact:dienst")).as("the exact field has no compound parts").isEmpty();
  }

  @Test
  void foldsDiacriticsAndCase() throws Exception {
    assertThat(ids("syrie")).containsExactly("raqqa");
    assertThat(ids("SYRIË")).containsExactly("raqqa");
  }

  @Test
  void dateRangesAtMonthPrecisionIntersectArticleDates() throws Exception {
    assertThat(ids("date:[2017-10 TO 2017-12]")).containsExactly("raqqa");
    assertThat(ids("date:[2017-09 TO 2017-11]")).containsExactly("raqqa", "turkije");
    assertThat(ids("date:2017-09")).containsExactly("turkije");
    assertThat(ids("date:[2017-11-15 TO *]")).containsExactly("raqqa");
    assertThat(ids("date:{2017-09 TO 2017-11}")).isEmpty();
  }

  @Test
  void booleanFieldAndProximityQueries() throws Exception {
    assertThat(ids("strijders AND NOT Raqqa")).containsExactly("turkije");
    assertThat(ids("(raqqa OR exodus) AND strijders")).containsExactly("raqqa", "turkije");
    assertThat(ids("source:\"het nieuws\"")).containsExactly("raqqa");
    assertThat(ids("title:datum")).containsExactly("undated");
    assertThat(ids("\"erkenden familieleden\"~12")).containsExactly("raqqa");
    assertThat(ids("\"erkenden familieleden\"")).isEmpty();
  }

  @Test
  void wildcardsMatchWrittenWords() throws Exception {
    assertThat(ids("famili*")).containsExactly("raqqa");
    assertThat(ids("veiligheid?diensten")).containsExactly("turkije");
  }

  @Test
  void syntaxErrorsPointAtTheirPosition() {
    assertThatThrownBy(() -> ids("(strijders AND"))
        .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
          assertThat(e.position()).isBetween(10, 14);
          assertThat(e.describe()).contains("^").doesNotContain("Exception");
        });
    assertThatThrownBy(() -> ids("\"IS strijders"))
        .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.getMessage()).contains("\""));
    assertThatThrownBy(() -> ids("foo:bar"))
        .isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
          assertThat(e.position()).isZero();
          assertThat(e.getMessage()).contains("unknown field 'foo'");
        });
    assertThatThrownBy(() -> ids("date:[2017-13 TO 2018]"))
        .isInstanceOfSatisfying(QuerySyntaxException.class, e -> assertThat(e.getMessage()).contains("2017-13"));
    assertThatThrownBy(() -> ids("*strijders"))
        .isInstanceOf(QuerySyntaxException.class);
  }

  @Test
  void snippetsMarkTheMatchedWords() throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(dir)) {
      SearchResult r = store.search(SearchRequest.of("familieleden"));
      assertThat(r.total()).isEqualTo(1);
      var snippet = r.hits().get(0).snippet();
      assertThat(snippet.highlights()).isNotEmpty();
      var first = snippet.highlights().get(0);
      assertThat(snippet.text().substring(first.start(), first.end())).isEqualTo("familieleden");
      assertThat(snippet.toHtml()).contains("<b>familieleden</b>");
    }
  }

  @Test
  void snippetsOfFactFiltersShowWhereTheFactIs() throws Exception {
    String text = "Het weer was grijs en de markt was stil. ".repeat(20)
        + "Kolonel Ryan Dillon zei dat niemand de stad mocht verlaten.";
    int at = text.indexOf("Ryan Dillon");
    var facts = new Facts(
        List.of(new Entity("Ryan Dillon", EntityType.PER, "Ryan Dillon",
            at, at + 11)),
        List.of(new Quote("niemand de stad mocht verlaten", "Ryan Dillon", "kolonel", false,
            text.indexOf("niemand"), text.length() - 1, at, at + 11)),
        List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());
    try (LuceneArticleStore writer = LuceneArticleStore.openForWriting(dir)) {
      writer.add(new StoredArticle(article("dillon", "2017-11", "", text, null), facts));
      writer.commit();
    }
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(dir)) {
      for (String query : List.of("speaker:\"Ryan Dillon\"", "person:Dillon", "quote:verlaten")) {
        var snippet = store.search(SearchRequest.of(query)).hits().get(0).snippet();
        assertThat(snippet.text()).as(query).contains("Ryan Dillon");
        assertThat(snippet.highlights()).as(query).isNotEmpty();
      }
      var marked = store.search(SearchRequest.of("speaker:\"Ryan Dillon\"")).hits().get(0).snippet();
      assertThat(marked.toHtml()).contains("<b>Ryan Dillon</b>");
      // a NOT clause adds nothing to look for
      var lead = store.search(SearchRequest.of("weer NOT speaker:Pietersen")).hits().get(0).snippet();
      assertThat(lead.text()).doesNotContain("Dillon");
    }
  }

  @Test
  void readersSeeOnlyCommittedWritesWhileAWriterIsOpen() throws Exception {
    try (LuceneArticleStore writer = LuceneArticleStore.openForWriting(dir)) {
      writer.add(new StoredArticle(article("new", "2018-01", "", "Nieuwe tekst over strijders.", null), null));
      try (LuceneArticleStore reader = LuceneArticleStore.openReadOnly(dir)) {
        assertThat(reader.count()).isEqualTo(3);
      }
      writer.commit();
      try (LuceneArticleStore reader = LuceneArticleStore.openReadOnly(dir)) {
        assertThat(reader.count()).isEqualTo(4);
      }
      assertThatThrownBy(() -> LuceneArticleStore.openForWriting(dir))
          .hasMessageContaining("another process");
    }
  }

  @Test
  void uncommittedAddsAreDroppedOnClose() throws Exception {
    try (LuceneArticleStore writer = LuceneArticleStore.openForWriting(dir)) {
      writer.add(new StoredArticle(article("lost", "2018-01", "", "Niet bewaard.", null), null));
    }
    try (LuceneArticleStore reader = LuceneArticleStore.openReadOnly(dir)) {
      assertThat(reader.count()).isEqualTo(3);
      assertThat(reader.get("lost")).isEmpty();
    }
  }

  @Test
  void storedArticlesRoundTrip() throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(dir)) {
      Article back = store.get("raqqa").orElseThrow().article();
      assertThat(back).isEqualTo(RAQQA);
      assertThat(back.date().precision()).isEqualTo(PubDate.Precision.MONTH);
      assertThat(store.containsFingerprint(RAQQA.fingerprint())).isTrue();
      assertThat(store.containsId("turkije")).isTrue();
      assertThat(store.containsId("nope")).isFalse();
    }
  }

  @Test
  void statsCountPerMonthAndSource() throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(dir)) {
      StoreStats all = store.stats(null);
      assertThat(all.articles()).isEqualTo(3);
      assertThat(all.perMonth()).containsEntry("2017-11", 1L).containsEntry("2017-09", 1L).containsEntry("unknown", 1L);
      assertThat(all.perSource()).containsEntry("Het Nieuws", 1L).containsEntry("unknown", 1L);
      StoreStats some = store.stats(SearchRequest.of("strijders"));
      assertThat(some.articles()).isEqualTo(2);
      assertThat(some.perMonth()).doesNotContainKey("unknown");
    }
  }

  @Test
  void dateWindowAndSortingAndPaging() throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.openReadOnly(dir)) {
      SearchResult r = store.search(SearchRequest.of("").withLimit(10).withSort(SearchRequest.Sort.DATE_DESC));
      assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactly("raqqa", "turkije", "undated");
      SearchResult window = store.search(SearchRequest.of("").withDates(PubDate.parse("2017-10"), null));
      assertThat(window.hits()).extracting(SearchResult.Hit::id).containsExactly("raqqa");
      SearchResult page2 = store.search(SearchRequest.of("").withLimit(1).withOffset(1).withSort(SearchRequest.Sort.DATE));
      assertThat(page2.total()).isEqualTo(3);
      assertThat(page2.hits()).extracting(SearchResult.Hit::id).containsExactly("turkije");
    }
  }
}
