package nl.kroniek.store.lucene;

import java.util.Map;
import nl.kroniek.store.analysis.DutchExactAnalyzer;
import nl.kroniek.store.analysis.DutchIndexAnalyzer;
import nl.kroniek.store.analysis.DutchQueryAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Which analyzer each field uses at index time and at query time (docs/analysis.md). Index and query differ
 * on purpose: the index side adds compound parts (so {@code dienst} finds {@code veiligheidsdiensten}); the
 * query side does not (so a query for {@code veiligheidsdiensten} does not widen into its parts).
 */
final class FieldAnalyzers {

  private final Analyzer index;
  private final Analyzer query;

  FieldAnalyzers() {
    Analyzer exact = new DutchExactAnalyzer();
    Map<String, Analyzer> shared = Map.of(
        Fields.TITLE_EXACT, exact,
        Fields.TEXT_EXACT, exact,
        Fields.SOURCE, exact,
        Fields.ID, new KeywordAnalyzer());
    this.index = new PerFieldAnalyzerWrapper(new DutchIndexAnalyzer(), shared);
    this.query = new PerFieldAnalyzerWrapper(new DutchQueryAnalyzer(), shared);
  }

  Analyzer index() {
    return index;
  }

  Analyzer query() {
    return query;
  }
}
