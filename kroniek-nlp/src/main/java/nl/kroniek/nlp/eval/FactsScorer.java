package nl.kroniek.nlp.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import nl.kroniek.model.fact.Facts;
import nl.kroniek.model.fact.Span;

/**
 * Compares predicted facts with gold facts, article by article, and counts true positives, false positives
 * and false negatives per {@link Extractor} and {@link Criterion}.
 *
 * <p>Per article and extractor, gold and predicted facts are matched one-to-one: a maximum matching over
 * the pairs whose spans overlap (see {@link MatchRules#overlap}) and that pass the criterion, so a gold fact
 * is never matched twice and a prediction covering two gold facts counts once. Unmatched predictions are
 * false positives, except the second half of a range (a prediction with exactly the same span as a matched
 * prediction whose gold fact is a range, and whose value is an end of that range; see
 * {@link MatchRules#isRangeHalf}), which is not counted at all. Unmatched gold facts are false negatives.
 *
 * <p>Not thread-safe: feed it from one thread, then call {@link #result()}.
 */
public final class FactsScorer {

  private final Map<Extractor, Map<Criterion, Counts>> counts = new EnumMap<>(Extractor.class);
  private final List<Miss> misses = new ArrayList<>();
  private int articles;

  /** An empty scorer. */
  public FactsScorer() {
    for (Extractor e : Extractor.values()) {
      Map<Criterion, Counts> byCriterion = new EnumMap<>(Criterion.class);
      for (Criterion c : Criterion.values()) {
        if (c.appliesTo(e)) {
          byCriterion.put(c, Counts.ZERO);
        }
      }
      counts.put(e, byCriterion);
    }
  }

  /**
   * Scores every gold article against its prediction; a gold article without a prediction is scored against
   * {@link Facts#EMPTY} (everything missed). Predicted articles that are not in the gold are ignored.
   */
  public static FactsScore score(Map<String, Facts> gold, Map<String, Facts> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    FactsScorer scorer = new FactsScorer();
    gold.forEach((id, facts) -> scorer.add(id, facts, predicted.getOrDefault(id, Facts.EMPTY)));
    return scorer.result();
  }

  /**
   * Adds one article.
   *
   * @param articleId used in {@link Miss} reports
   * @return this scorer
   */
  public FactsScorer add(String articleId, Facts gold, Facts predicted) {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    for (FactType<?> type : FactType.ALL) {
      addType(articleId, type, gold, predicted);
    }
    articles++;
    return this;
  }

  /** The scores so far. */
  public FactsScore result() {
    return new FactsScore(articles, counts, misses);
  }

  private <T extends Span> void addType(String articleId, FactType<T> type, Facts gold, Facts predicted) {
    List<T> g = type.list().apply(gold);
    List<T> p = type.list().apply(predicted);
    int[] spanMatch = null;
    for (Criterion criterion : Criterion.values()) {
      if (!criterion.appliesTo(type.extractor())) {
        continue;
      }
      BiPredicate<T, T> condition = type.condition(criterion);
      int[] goldOf = OneToOneMatcher.match(g, p, condition);
      Counts c = count(type, g, p, goldOf);
      counts.get(type.extractor()).merge(criterion, c, Counts::plus);
      if (criterion == Criterion.SPAN) {
        spanMatch = goldOf;
      } else if (criterion == Criterion.KEY) {
        recordMisses(articleId, type, g, p, goldOf, spanMatch);
      }
    }
  }

  private static <T extends Span> Counts count(FactType<T> type, List<T> gold, List<T> predicted, int[] goldOf) {
    boolean[] goldMatched = new boolean[gold.size()];
    int tp = 0;
    int fp = 0;
    for (int j = 0; j < predicted.size(); j++) {
      if (goldOf[j] >= 0) {
        goldMatched[goldOf[j]] = true;
        tp++;
      } else if (!isRangeHalf(type, gold, predicted, goldOf, j)) {
        fp++;
      }
    }
    int fn = 0;
    for (boolean m : goldMatched) {
      fn += m ? 0 : 1;
    }
    return new Counts(tp, fp, fn);
  }

  /** An unmatched prediction with the same span as a matched one whose gold range it is the other end of. */
  private static <T extends Span> boolean isRangeHalf(FactType<T> type, List<T> gold, List<T> predicted,
      int[] goldOf, int j) {
    if (type.rangeHalf() == null) {
      return false;
    }
    T p = predicted.get(j);
    for (int k = 0; k < predicted.size(); k++) {
      T q = predicted.get(k);
      if (k != j && goldOf[k] >= 0 && q.start() == p.start() && q.end() == p.end()
          && type.rangeHalf().test(gold.get(goldOf[k]), p)) {
        return true;
      }
    }
    return false;
  }

  private <T extends Span> void recordMisses(String articleId, FactType<T> type, List<T> gold, List<T> predicted,
      int[] keyMatch, int[] spanMatch) {
    boolean[] goldByKey = new boolean[gold.size()];
    for (int j = 0; j < predicted.size(); j++) {
      if (keyMatch[j] >= 0) {
        goldByKey[keyMatch[j]] = true;
      }
    }
    int[] spanPredOf = new int[gold.size()];
    Arrays.fill(spanPredOf, -1);
    for (int j = 0; j < predicted.size(); j++) {
      if (spanMatch[j] >= 0) {
        spanPredOf[spanMatch[j]] = j;
      }
    }
    for (int i = 0; i < gold.size(); i++) {
      if (goldByKey[i]) {
        continue;
      }
      T g = gold.get(i);
      int j = spanPredOf[i];
      if (j >= 0) {
        misses.add(new Miss(articleId, type.extractor(), Miss.Kind.WRONG_VALUE, g.start(), g.end(),
            "gold " + type.describe().apply(g) + "; predicted " + type.describe().apply(predicted.get(j))));
      } else {
        misses.add(new Miss(articleId, type.extractor(), Miss.Kind.MISSED, g.start(), g.end(),
            "gold " + type.describe().apply(g)));
      }
    }
    for (int j = 0; j < predicted.size(); j++) {
      T p = predicted.get(j);
      boolean reportedAsWrongValue = spanMatch[j] >= 0 && !goldByKey[spanMatch[j]];
      if (keyMatch[j] < 0 && !reportedAsWrongValue && !isRangeHalf(type, gold, predicted, spanMatch, j)) {
        misses.add(new Miss(articleId, type.extractor(), Miss.Kind.SPURIOUS, p.start(), p.end(),
            "predicted " + type.describe().apply(p)));
      }
    }
  }
}
