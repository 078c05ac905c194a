package nl.kroniek.store.lucene;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kroniek.model.PubDate;
import nl.kroniek.store.QuerySyntaxException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The Kroniek query language (docs/query-language.md) on top of Lucene's classic query parser: same syntax
 * for terms, phrases, proximity, wildcards, boolean operators and fields; Kroniek adds field names of its
 * own, date ranges at any precision, and errors that point at a position.
 *
 * <p>Not thread-safe (the classic parser is not); create one per query.
 */
final class KroniekQueryParser extends MultiFieldQueryParser {

  /** User-facing field name to the Lucene fields it searches. */
  private static final Map<String, String> TEXT_FIELDS = Map.of(
      "title", Fields.TITLE,
      "text", Fields.TEXT,
      "source", Fields.SOURCE,
      "exact", Fields.TEXT_EXACT);

  private static final Set<String> SPECIAL_FIELDS = Set.of("date", "id", "lang", "language");

  /** Wildcards and fuzzy terms match written words, not stems. */
  private static final Map<String, String> SURFACE_FIELD = Map.of(
      Fields.TITLE, Fields.TITLE_EXACT,
      Fields.TEXT, Fields.TEXT_EXACT);

  private static final Pattern LEXICAL_COLUMN = Pattern.compile("line \\d+, column (\\d+)");

  private final FactQueries facts;

  private String current = "";

  KroniekQueryParser(Analyzer queryAnalyzer) {
    super(new String[] {Fields.TITLE, Fields.TEXT}, queryAnalyzer, Map.of(Fields.TITLE, 2f));
    this.facts = new FactQueries(queryAnalyzer);
    setDefaultOperator(QueryParser.AND_OPERATOR);
    setAllowLeadingWildcard(false);
    setAutoGeneratePhraseQueries(false);
    setSplitOnWhitespace(true);
    setLocale(Locale.ROOT);
  }

  /** All field names a user may write before a colon. */
  static Set<String> knownFields() {
    Set<String> all = new TreeSet<>(TEXT_FIELDS.keySet());
    all.addAll(SPECIAL_FIELDS);
    all.addAll(FactQueries.FIELDS);
    return all;
  }

  /** Parses a query; blank text is not accepted here (the store treats it as "everything"). */
  Query parseQuery(String query) throws QuerySyntaxException {
    current = query;
    try {
      return parse(query);
    } catch (UserQueryException e) {
      throw new QuerySyntaxException(e.getMessage(), query, e.position);
    } catch (ParseException e) {
      throw translate(query, e);
    } catch (IllegalArgumentException e) {
      // e.g. a wildcard automaton that is too complex
      throw new QuerySyntaxException(e.getMessage(), query, -1);
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (field == null) {
      return super.getFieldQuery(null, queryText, quoted);
    }
    String f = field.toLowerCase(Locale.ROOT);
    if (TEXT_FIELDS.containsKey(f)) {
      return super.getFieldQuery(TEXT_FIELDS.get(f), queryText, quoted);
    }
    switch (f) {
      case "date":
        return dateRange(queryText, queryText, true, true);
      case "id":
        return new TermQuery(new Term(Fields.ID, queryText));
      case "lang", "language":
        return new TermQuery(new Term(Fields.LANGUAGE, queryText.toLowerCase(Locale.ROOT)));
      default:
        if (FactQueries.isFactField(f)) {
          return facts.fieldQuery(f, queryText, quoted, this);
        }
        throw unknownField(field);
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    if (field == null) {
      return super.getFieldQuery(null, queryText, slop);
    }
    String f = field.toLowerCase(Locale.ROOT);
    if (TEXT_FIELDS.containsKey(f)) {
      return super.getFieldQuery(TEXT_FIELDS.get(f), queryText, slop);
    }
    if (FactQueries.isFactField(f) || SPECIAL_FIELDS.contains(f)) {
      return getFieldQuery(field, queryText, true);
    }
    throw unknownField(field);
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    if (field == null) {
      throw new UserQueryException("a range needs a field, e.g. date:[2017-09 TO 2017-11]", -1);
    }
    String f = field.toLowerCase(Locale.ROOT);
    if (f.equals("date")) {
      return dateRange(part1, part2, startInclusive, endInclusive);
    }
    if (FactQueries.isFactField(f)) {
      return facts.rangeQuery(f, part1, part2, startInclusive, endInclusive, this);
    }
    if (TEXT_FIELDS.containsKey(f)) {
      return super.getRangeQuery(TEXT_FIELDS.get(f), part1, part2, startInclusive, endInclusive);
    }
    throw unknownField(field);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    return field == null ? super.getWildcardQuery(null, termStr)
        : super.getWildcardQuery(surfaceField(field), termStr);
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return field == null ? super.getPrefixQuery(null, termStr) : super.getPrefixQuery(surfaceField(field), termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    return field == null ? super.getFuzzyQuery(null, termStr, minSimilarity)
        : super.getFuzzyQuery(surfaceField(field), termStr, minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new UserQueryException("regular expressions (/.../) are not supported; use * and ? wildcards",
        current.indexOf('/'));
  }

  private String surfaceField(String field) throws ParseException {
    String f = field.toLowerCase(Locale.ROOT);
    String mapped = TEXT_FIELDS.getOrDefault(f, f);
    if (!TEXT_FIELDS.containsKey(f) && !field.startsWith(Fields.TITLE) && !field.startsWith(Fields.TEXT)) {
      if (FactQueries.isFactField(f)) {
        return facts.surfaceField(f);
      }
      throw unknownField(field);
    }
    return SURFACE_FIELD.getOrDefault(mapped, mapped);
  }

  /** A publication-date range; either end may be open ({@code *}); each end at any precision. */
  Query dateRange(String from, String to, boolean startInclusive, boolean endInclusive) throws ParseException {
    long[] range = dayRange(from, to, startInclusive, endInclusive, "date");
    if (range == null) {
      return new MatchNoDocsQuery("empty date range");
    }
    return LongRange.newIntersectsQuery(Fields.DATE, new long[] {range[0]}, new long[] {range[1]});
  }

  /**
   * Epoch-day bounds [min, max] for a range of partial dates, or null when empty. {@code [2017-10 TO 2017-12]}
   * covers 2017-10-01 .. 2017-12-31; an exclusive end excludes that whole period.
   */
  long[] dayRange(String from, String to, boolean startInclusive, boolean endInclusive, String field)
      throws ParseException {
    long min = Long.MIN_VALUE;
    long max = Long.MAX_VALUE;
    if (from != null && !from.equals("*")) {
      PubDate d = parseDate(from, field);
      min = startInclusive ? d.firstDay().toEpochDay() : d.lastDay().toEpochDay() + 1;
    }
    if (to != null && !to.equals("*")) {
      PubDate d = parseDate(to, field);
      max = endInclusive ? d.lastDay().toEpochDay() : d.firstDay().toEpochDay() - 1;
    }
    return min > max ? null : new long[] {min, max};
  }

  private PubDate parseDate(String text, String field) throws ParseException {
    try {
      PubDate d = PubDate.parse(text);
      if (!d.isKnown()) {
        throw new IllegalArgumentException("empty date");
      }
      return d;
    } catch (IllegalArgumentException e) {
      throw new UserQueryException("'" + text + "' is not a date; " + field
          + ": takes YYYY, YYYY-MM or YYYY-MM-DD, e.g. " + field + ":[2017-09 TO 2017-11]", current.indexOf(text));
    }
  }

  UserQueryException unknownField(String field) {
    int at = current.indexOf(field + ":");
    return new UserQueryException("unknown field '" + field + "'; known fields: "
        + String.join(", ", knownFields()), at);
  }

  /** An error in what the user wrote, with a position when we can find one. */
  static final class UserQueryException extends ParseException {
    final int position;

    UserQueryException(String message, int position) {
      super(message);
      this.position = position;
    }
  }

  private static QuerySyntaxException translate(String query, ParseException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    if (cause instanceof UserQueryException u) {
      return new QuerySyntaxException(u.getMessage(), query, u.position);
    }
    if (cause instanceof ParseException pe && pe.currentToken != null) {
      org.apache.lucene.queryparser.classic.Token next = pe.currentToken.next;
      int column = next != null ? next.beginColumn : pe.currentToken.endColumn;
      int position = Math.max(0, Math.min(query.length(), column - 1));
      String found = next == null || next.kind == 0 ? "end of query" : "'" + next.image + "'";
      return new QuerySyntaxException("unexpected " + found + explain(query, position), query, position);
    }
    if (cause instanceof TokenMgrError tme) {
      Matcher m = LEXICAL_COLUMN.matcher(String.valueOf(tme.getMessage()));
      int position = m.find() ? Math.max(0, Integer.parseInt(m.group(1)) - 1) : -1;
      return new QuerySyntaxException("cannot read the query here" + explain(query, position), query, position);
    }
    return new QuerySyntaxException(String.valueOf(cause.getMessage()), query, -1);
  }

  /** A hint for the common mistakes: unbalanced quotes, parentheses and brackets. */
  private static String explain(String query, int position) {
    long quotes = query.chars().filter(c -> c == '"').count();
    if (quotes % 2 == 1) {
      return " (a closing \" is missing)";
    }
    int depth = 0;
    for (char c : query.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
    }
    if (depth > 0) {
      return " (a closing ) is missing)";
    }
    if (depth < 0) {
      return " (there is a ) without a matching ()";
    }
    if (query.contains("[") && !query.contains("]") || query.contains("{") && !query.contains("}")) {
      return " (a range needs [FROM TO UNTIL], e.g. date:[2017-09 TO 2017-11])";
    }
    String trimmed = query.strip();
    if (trimmed.endsWith("AND") || trimmed.endsWith("OR") || trimmed.endsWith("NOT")) {
      return " (an operator needs a term after it)";
    }
    return "";
  }
}
