package nl.kroniek.store.lucene;

import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoubleRange;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Query-language fields over extracted facts: names ({@code entity:"Ryan Dillon"}, {@code person:},
 * {@code org:}, {@code place:}, {@code misc:}, {@code speaker:}, {@code cites:BBC}), words in quotes and
 * counted things ({@code quote:}, {@code about:}), numbers ({@code quantity:[200 TO 300]},
 * {@code money:[1000 TO *]}, {@code money.usd:[1000 TO 3000]}), codes ({@code country:SY},
 * {@code currency:EUR}) and event time ({@code when:[2017-10 TO 2017-10]}).
 */
final class FactQueries {

  static final Set<String> NAME_FIELDS = Set.of(FactFields.ENTITY, FactFields.PERSON, FactFields.ORG,
      FactFields.PLACE, FactFields.MISC, FactFields.SPEAKER, FactFields.CITES);
  static final Set<String> TEXT_FIELDS = Set.of(FactFields.QUOTE, FactFields.ABOUT);
  static final Set<String> KEYWORD_FIELDS = Set.of(FactFields.COUNTRY, FactFields.CURRENCY);
  static final Set<String> RANGE_FIELDS = Set.of(FactFields.QUANTITY, FactFields.MONEY, FactFields.WHEN);

  /** Every fact field name a user may write (money.<currency> is matched by prefix). */
  static final Set<String> FIELDS = union();

  private final Analyzer analyzer;

  FactQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  private static Set<String> union() {
    java.util.TreeSet<String> all = new java.util.TreeSet<>();
    all.addAll(NAME_FIELDS);
    all.addAll(TEXT_FIELDS);
    all.addAll(KEYWORD_FIELDS);
    all.addAll(RANGE_FIELDS);
    all.add("money.<currency>");
    return java.util.Collections.unmodifiableSet(all);
  }

  static boolean isFactField(String field) {
    return FIELDS.contains(field) || isMoneyCurrency(field);
  }

  private static boolean isMoneyCurrency(String field) {
    return field.startsWith(FactFields.MONEY_PREFIX) && field.length() == FactFields.MONEY_PREFIX.length() + 3;
  }

  Query fieldQuery(String field, String text, boolean quoted, KroniekQueryParser parser) throws ParseException {
    if (NAME_FIELDS.contains(field) || TEXT_FIELDS.contains(field)) {
      Query q = new QueryBuilder(analyzer).createPhraseQuery(field, text);
      if (q == null) {
        return new MatchNoDocsQuery("no terms");
      }
      return q;
    }
    if (KEYWORD_FIELDS.contains(field)) {
      return new TermQuery(new Term(field, text.toLowerCase(Locale.ROOT)));
    }
    if (RANGE_FIELDS.contains(field) || isMoneyCurrency(field)) {
      // quantity:250, when:2017-10 — a single value is a range from it to itself
      return rangeQuery(field, text, text, true, true, parser);
    }
    throw parser.unknownField(field);
  }

  Query rangeQuery(String field, String from, String to, boolean startInclusive, boolean endInclusive,
      KroniekQueryParser parser) throws ParseException {
    if (field.equals(FactFields.WHEN)) {
      long[] days = parser.dayRange(from, to, startInclusive, endInclusive, field);
      return days == null ? new MatchNoDocsQuery("empty range")
          : LongRange.newIntersectsQuery(FactFields.WHEN, new long[] {days[0]}, new long[] {days[1]});
    }
    if (field.equals(FactFields.QUANTITY) || field.equals(FactFields.MONEY) || isMoneyCurrency(field)) {
      double min = bound(from, Double.NEGATIVE_INFINITY, field, parser);
      double max = bound(to, Double.POSITIVE_INFINITY, field, parser);
      if (!startInclusive) {
        min = Math.nextUp(min);
      }
      if (!endInclusive) {
        max = Math.nextDown(max);
      }
      if (min > max) {
        return new MatchNoDocsQuery("empty range");
      }
      String luceneField = field.toLowerCase(Locale.ROOT);
      return DoubleRange.newIntersectsQuery(luceneField, new double[] {min}, new double[] {max});
    }
    throw new KroniekQueryParser.UserQueryException("field '" + field + "' takes no range", -1);
  }

  /** A number as a user writes it: 3500, 3.500 (Dutch thousands), 2,5 (Dutch decimals), 2.5. */
  private static double bound(String text, double open, String field, KroniekQueryParser parser)
      throws ParseException {
    if (text == null || text.equals("*")) {
      return open;
    }
    String t = text.strip();
    if (t.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
      t = t.replace(".", "").replace(',', '.');
    } else {
      t = t.replace(',', '.');
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      throw new KroniekQueryParser.UserQueryException("'" + text + "' is not a number; " + field
          + ": takes numbers, e.g. " + field + ":[200 TO 300]", -1);
    }
  }

  /** Wildcards on name fields match the names as indexed (lower case, folded). */
  String surfaceField(String field) {
    return field;
  }

  Analyzer analyzer() {
    return analyzer;
  }
}
