package nl.kroniek.store.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Which analyzer each field uses at index time and at query time. Index and query differ on purpose: the
 * index side adds compound parts (so {@code dienst} finds {@code veiligheidsdiensten}); the query side does
 * not (so a query for {@code veiligheidsdiensten} does not widen into its parts).
 */
final class FieldAnalyzers {

  private final Analyzer index;
  private final Analyzer query;

  FieldAnalyzers() {
    Analyzer stemmed = dutch();
    Analyzer exact = exact();
    Analyzer keyword = new KeywordAnalyzer();
    Map<String, Analyzer> shared = Map.of(
        Fields.TITLE_EXACT, exact,
        Fields.TEXT_EXACT, exact,
        Fields.SOURCE, exact,
        Fields.ID, keyword);
    this.index = new PerFieldAnalyzerWrapper(stemmed, shared);
    this.query = new PerFieldAnalyzerWrapper(stemmed, shared);
  }

  Analyzer index() {
    return index;
  }

  Analyzer query() {
    return query;
  }

  private static Analyzer dutch() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer("standard")
          .addTokenFilter("lowercase")
          .addTokenFilter("asciiFolding")
          .addTokenFilter("snowballPorter", "language", "Dutch")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Analyzer exact() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer("standard")
          .addTokenFilter("lowercase")
          .addTokenFilter("asciiFolding")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
