package nl.kroniek.cli.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fixed query mix (documented in docs/performance.md). Chosen for the DPG Media 2019 news (February to
 * April 2019), but every query is valid on any corpus: it covers each construct of the query language, with
 * queries that match many articles and queries that match few. Changing it changes the numbers: keep the
 * documentation in step.
 */
final class QueryMix {

  static final List<BenchQuery> DEFAULT = List.of(
      new BenchQuery("term", "brexit", "brexit"),
      new BenchQuery("term", "minister", "minister"),
      new BenchQuery("term", "Tusk", "Tusk"),
      new BenchQuery("term", "verkiezingen", "verkiezingen"),
      new BenchQuery("compound-part", "dienst", "dienst"),
      new BenchQuery("compound-part", "zorg", "zorg"),
      new BenchQuery("phrase", "\"Tweede Kamer\"", "\"Tweede Kamer\""),
      new BenchQuery("phrase", "\"vorige week\"", "\"vorige week\""),
      new BenchQuery("phrase", "exact:\"Tweede Kamer\"", "\"Tweede Kamer\""),
      new BenchQuery("proximity", "\"Brexit deal\"~5", "\"Brexit deal\"~5"),
      new BenchQuery("wildcard", "famili*", "famili*"),
      new BenchQuery("wildcard", "veiligheid?diensten", "veiligheid?diensten"),
      new BenchQuery("fuzzy", "Farrage~", "Farrage~"),
      new BenchQuery("boolean", "Brexit AND (May OR Corbyn)", "Brexit AND (May OR Corbyn)"),
      new BenchQuery("boolean", "politie NOT Amsterdam", "politie NOT Amsterdam"),
      new BenchQuery("boolean", "Rutte OR Baudet", "Rutte OR Baudet"),
      new BenchQuery("field", "title:Brexit", "title:Brexit"),
      new BenchQuery("field", "source:volkskrant", "source:volkskrant"),
      new BenchQuery("date", "date:2019-03", "date:[2019-03-01 TO 2019-03-31]"),
      new BenchQuery("date", "klimaat AND date:[2019-03-01 TO 2019-03-15]",
          "klimaat AND date:[2019-03-01 TO 2019-03-15]"));

  private QueryMix() {}

  /** The query types in the order they first appear. */
  static List<String> types(List<BenchQuery> mix) {
    Set<String> types = new LinkedHashSet<>();
    mix.forEach(q -> types.add(q.type()));
    return List.copyOf(types);
  }
}
