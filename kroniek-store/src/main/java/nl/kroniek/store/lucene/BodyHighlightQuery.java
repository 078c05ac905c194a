package nl.kroniek.store.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.QueryBuilder;

/**
 * The query the highlighter looks for in the body. A fact filter ({@code speaker:"Ryan Dillon"},
 * {@code quote:wilden}) matches a fact field, whose terms the body does not have, so its snippet would be
 * the article's first lines; here the names and words of such filters are added as body queries, so the
 * snippet is the passage that mentions them. Used for highlighting only, never for matching or scoring.
 */
final class BodyHighlightQuery {

  private BodyHighlightQuery() {}

  static Query of(Query query, Analyzer bodyQueryAnalyzer) {
    QueryBuilder builder = new QueryBuilder(bodyQueryAnalyzer);
    List<Query> extra = new ArrayList<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        if (terms.length == 0) {
          return;
        }
        String field = terms[0].field();
        boolean name = FactQueries.NAME_FIELDS.contains(field);
        if (!name && !FactQueries.TEXT_FIELDS.contains(field)) {
          return;
        }
        StringBuilder words = new StringBuilder();
        for (Term t : terms) {
          words.append(t.text()).append(' ');
        }
        // a name is a phrase in the body; quoted words and counted things are words anywhere in it
        Query body = name ? builder.createPhraseQuery(Fields.TEXT, words.toString())
            : builder.createBooleanQuery(Fields.TEXT, words.toString());
        if (body != null) {
          extra.add(body);
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    if (extra.isEmpty()) {
      return query;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
    for (Query q : extra) {
      all.add(q, BooleanClause.Occur.SHOULD);
    }
    return all.build();
  }
}
