package nl.kroniek.store.lucene;

import java.util.HashMap;
import java.util.Map;
import nl.kroniek.store.analysis.DutchExactAnalyzer;
import nl.kroniek.store.analysis.DutchIndexAnalyzer;
import nl.kroniek.store.analysis.DutchQueryAnalyzer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * Which analyzer each field uses at index time and at query time (docs/analysis.md). Index and query differ
 * on purpose for text: the index side adds compound parts (so {@code dienst} finds
 * {@code veiligheidsdiensten}); the query side does not (so a query for {@code veiligheidsdiensten} does not
 * widen into its parts). Names (entities, speakers, sources) are matched as written, lower-cased and folded.
 */
final class FieldAnalyzers {

  private final Analyzer index;
  private final Analyzer query;

  FieldAnalyzers() {
    Analyzer exact = new DutchExactAnalyzer();
    // Many names per article go into one field: a gap keeps a phrase from running across two names.
    Analyzer names = new PositionGap(exact, 100);
    Map<String, Analyzer> shared = new HashMap<>();
    shared.put(Fields.TITLE_EXACT, exact);
    shared.put(Fields.TEXT_EXACT, exact);
    shared.put(Fields.SOURCE, exact);
    shared.put(Fields.ID, new KeywordAnalyzer());
    for (String f : FactQueries.NAME_FIELDS) {
      shared.put(f, names);
    }
    Map<String, Analyzer> indexSide = new HashMap<>(shared);
    Map<String, Analyzer> querySide = new HashMap<>(shared);
    Analyzer dutchIndex = new DutchIndexAnalyzer();
    Analyzer dutchQuery = new DutchQueryAnalyzer();
    // Quoted words and counted things are searched by their own words: no compound parts (which would
    // make indexing a quote cost as much as indexing its article again).
    for (String f : FactQueries.TEXT_FIELDS) {
      indexSide.put(f, new PositionGap(dutchQuery, 100));
      querySide.put(f, dutchQuery);
    }
    this.index = new PerFieldAnalyzerWrapper(dutchIndex, indexSide);
    this.query = new PerFieldAnalyzerWrapper(dutchQuery, querySide);
  }

  Analyzer index() {
    return index;
  }

  Analyzer query() {
    return query;
  }

  /** An analyzer with a position gap between the values of a multi-valued field. */
  private static final class PositionGap extends DelegatingAnalyzerWrapper {
    private final Analyzer delegate;
    private final int gap;

    PositionGap(Analyzer delegate, int gap) {
      super(PER_FIELD_REUSE_STRATEGY);
      this.delegate = delegate;
      this.gap = gap;
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
      return delegate;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return gap;
    }
  }
}
