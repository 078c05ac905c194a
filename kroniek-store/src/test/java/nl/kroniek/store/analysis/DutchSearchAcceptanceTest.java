package nl.kroniek.store.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The product requirements, end to end through a real in-memory index: {@code text} is indexed with
 * {@link DutchIndexAnalyzer} and searched with {@link DutchQueryAnalyzer} via the classic query parser;
 * {@code text.exact} uses {@link DutchExactAnalyzer} on both sides.
 */
class DutchSearchAcceptanceTest {

  private static final Map<String, String> DOCS = Map.of(
      "raqqa", "Zo'n 250 IS-strijders en 3.500 familieleden mochten Raqqa verlaten. De BBC sprak met getuigen in Syrië.",
      "exodus", "De exodus is in volle gang waardoor veiligheidsdiensten op scherp staan.",
      "smokkel", "Smokkelaars vragen duizenden dollars voor de tocht naar Turkije.",
      "losse", "De veiligheid van de diensten op het station werd besproken.",
      "irak", "Iraks olie-export groeit.");

  private static Directory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    Analyzer exact = new DutchExactAnalyzer();
    Analyzer indexAnalyzer = new PerFieldAnalyzerWrapper(new DutchIndexAnalyzer(), Map.of("text.exact", exact));
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
      for (Map.Entry<String, String> doc : DOCS.entrySet()) {
        Document d = new Document();
        d.add(new StringField("id", doc.getKey(), Field.Store.YES));
        d.add(new TextField("text", doc.getValue(), Field.Store.NO));
        d.add(new TextField("text.exact", doc.getValue(), Field.Store.NO));
        writer.addDocument(d);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  private static List<String> search(String query) throws ParseException, IOException {
    Analyzer queryAnalyzer = new PerFieldAnalyzerWrapper(new DutchQueryAnalyzer(),
        Map.of("text.exact", new DutchExactAnalyzer()));
    QueryParser parser = new QueryParser("text", queryAnalyzer);
    parser.setSplitOnWhitespace(true); // required by the next line
    parser.setAutoGeneratePhraseQueries(true); // IS-strijders unquoted is a phrase, not "is OR strijders"
    Query q = parser.parse(query);
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(q, 10).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    return ids;
  }

  @ParameterizedTest(name = "{0} finds {1} and nothing else")
  @CsvSource(delimiter = ';', value = {
    "strijders; raqqa",
    "strijder; raqqa",
    "dienst; exodus|losse",
    "familie; raqqa",
    "Syrie; raqqa",
    "SYRIË; raqqa",
    "Irak; irak",
    "'\"IS-strijders\"'; raqqa",
    "IS-strijders; raqqa",
    "'\"veiligheidsdiensten op scherp\"'; exodus",
    "'\"zo''n 250\"'; raqqa",
    "'\"3.500 familieleden\"'; raqqa",
    "smokkelaar; smokkel",
    "text.exact:Syrie; raqqa",
    "text.exact:strijders; raqqa",
  })
  void findsTheArticles(String query, String ids) throws Exception {
    assertThat(search(query)).containsExactlyInAnyOrder(ids.split("\\|"));
  }

  @Test
  void partsSitAtTheCompoundsPositionSoAPhraseWithTheHeadMatchesToo() throws Exception {
    // Decision (docs/analysis.md): "diensten op scherp" is a phrase inside "veiligheidsdiensten op scherp".
    assertThat(search("\"diensten op scherp\"")).containsExactly("exodus");
  }

  @Test
  void aQueryForTheCompoundDoesNotWidenIntoItsParts() throws Exception {
    // "losse" has veiligheid and diensten as separate words; only the real compound matches
    assertThat(search("veiligheidsdiensten")).containsExactly("exodus");
    assertThat(search("veiligheid")).containsExactlyInAnyOrder("exodus", "losse");
  }

  @Test
  void derivedWordsAndTheExactFieldDoNotMatchLooseForms() throws Exception {
    assertThat(search("smokkel")).isEmpty(); // smokkelaars is a derivation, not smokkel + aars
    assertThat(search("text.exact:strijder")).isEmpty(); // no stemming in the exact field
    assertThat(search("text.exact:dienst")).isEmpty(); // no compound parts in the exact field
    assertThat(search("text.exact:veiligheidsdiensten")).containsExactly("exodus");
  }

  @Test
  void wildcardsAreFoldedButNotStemmed() throws Exception {
    assertThat(search("SYRI*")).containsExactly("raqqa");
    assertThat(search("text.exact:familiel*")).containsExactly("raqqa");
  }
}
