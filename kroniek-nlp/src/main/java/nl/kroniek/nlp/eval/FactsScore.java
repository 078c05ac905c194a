package nl.kroniek.nlp.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores per extractor and criterion, produced by {@link FactsScorer}. Immutable.
 */
public final class FactsScore {

  private final int articles;
  private final Map<Extractor, Map<Criterion, Counts>> counts;
  private final List<Miss> misses;

  FactsScore(int articles, Map<Extractor, Map<Criterion, Counts>> counts, List<Miss> misses) {
    this.articles = articles;
    Map<Extractor, Map<Criterion, Counts>> copy = new EnumMap<>(Extractor.class);
    counts.forEach((e, byCriterion) -> copy.put(e, new EnumMap<>(byCriterion)));
    this.counts = copy;
    this.misses = List.copyOf(misses);
  }

  /** Number of articles scored. */
  public int articles() {
    return articles;
  }

  /**
   * The counts for an extractor under a criterion.
   *
   * @throws IllegalArgumentException when the criterion does not apply ({@link Criterion#NAME} is for places)
   */
  public Counts counts(Extractor extractor, Criterion criterion) {
    if (!criterion.appliesTo(extractor)) {
      throw new IllegalArgumentException(criterion + " is not scored for " + extractor);
    }
    return counts.get(extractor).get(criterion);
  }

  /** The errors under {@link Criterion#KEY}, in the order the articles were added. */
  public List<Miss> misses() {
    return misses;
  }

  /**
   * A plain-text table, one row per extractor and criterion: gold and predicted counts, true positives,
   * precision, recall and F1 ({@code n/a} where undefined).
   */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "Facts scored on %d article%s%n", articles, articles == 1 ? "" : "s"));
    sb.append(String.format(Locale.ROOT, "%-11s %-14s %6s %6s %6s %7s %7s %7s%n",
        "extractor", "criterion", "gold", "pred", "tp", "P", "R", "F1"));
    for (Extractor e : Extractor.values()) {
      for (Criterion c : Criterion.values()) {
        if (!c.appliesTo(e)) {
          continue;
        }
        Counts n = counts(e, c);
        sb.append(String.format(Locale.ROOT, "%-11s %-14s %6d %6d %6d %7s %7s %7s%n", e.label(), c.label(),
            n.gold(), n.predicted(), n.truePositives(), format(n.precision()), format(n.recall()),
            format(n.f1())));
      }
    }
    return sb.toString();
  }

  private static String format(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  @Override
  public String toString() {
    return report();
  }
}
