package nl.kroniek.store.lucene;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/** Query-language fields over extracted facts (entity:, person:, quantity:[..], when:[..], ...). */
final class FactQueries {

  static final Set<String> FIELDS = Set.of();

  private final Analyzer analyzer;

  FactQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Query fieldQuery(String field, String text, boolean quoted, KroniekQueryParser parser) throws ParseException {
    throw parser.unknownField(field);
  }

  Query rangeQuery(String field, String from, String to, boolean startInclusive, boolean endInclusive,
      KroniekQueryParser parser) throws ParseException {
    throw parser.unknownField(field);
  }

  String surfaceField(String field) {
    return field;
  }

  Analyzer analyzer() {
    return analyzer;
  }
}
